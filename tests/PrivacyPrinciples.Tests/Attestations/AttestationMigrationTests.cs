using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Tests.Attestations;

/// <summary>How an upgrade from format 1.x names the evidence it declares once.</summary>
public class AttestationMigrationTests
{
    [Fact]
    public void InlineEvidenceWithOneTitle_IsDeclaredUnderTheFirstFreeNumberedIds_InCitationOrder()
    {
        // Three items titled "Policy", one whose own title makes "policy-2" (taken by then), then
        // another "Policy": the numbers go on from where they were.
        var items = new[]
        {
            Item("Policy", "https://example.example/a"),
            Item("Policy", "https://example.example/b"),
            Item("Policy", "https://example.example/c"),
            Item("Policy 2", "https://example.example/d"),
            Item("Policy", "https://example.example/e"),
        };

        var result = Migrate(items);

        result.Errors.Should().BeEmpty(string.Join("; ", result.Errors));
        result.Attestation!.Evidence.Select(e => (e.Id, e.Reference)).Should().Equal(
            ("policy", "https://example.example/a"),
            ("policy-2", "https://example.example/b"),
            ("policy-3", "https://example.example/c"),
            ("policy-2-2", "https://example.example/d"),
            ("policy-4", "https://example.example/e"));
        result.Attestation.Answers["SEC-01"].Evidence.Select(c => c.Ref).Should().Equal("policy", "policy-2", "policy-3", "policy-2-2", "policy-4");
    }

    [Fact]
    public void AThousandItemsWithOneTitle_EachGetTheirOwnNumber()
    {
        // The most one answer may hold: each id is found from the last number given, not by
        // trying every number from 2 again.
        var items = Enumerable.Range(0, 1000).Select(i => Item("Policy", "https://example.example/" + i)).ToArray();

        var result = Migrate(items);

        result.Errors.Should().BeEmpty(string.Join("; ", result.Errors));
        result.EvidenceDeclared.Should().Be(1000);
        result.Attestation!.Evidence.Select(e => e.Id).Should().Equal(Enumerable.Range(1, 1000).Select(n => n == 1 ? "policy" : "policy-" + n));
    }

    [Fact]
    public void MoreDistinctEvidenceThanOneListHolds_IsRefusedAsTheReadersLimit_AtTheItemInTheOriginalFile()
    {
        // Two answers of 600 distinct items each are within 1.x's limits; declared once each in
        // format 2, they make 1,200 pieces of evidence in one list, over the limit of 1,000 that
        // the 2.0 reader applies too. This was refused at /evidence of the upgraded text, which the
        // user never sees, with no line or column; it is now the item of the file that is piece 1,001.
        var first = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/a" + i)).ToArray();
        var second = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/b" + i)).ToArray();

        var result = Migrate(first, second, out var text);

        result.Succeeded.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(PrivacyPrinciples.Serialization.InputErrorCodes.TooManyItems);
        error.Source.Should().Be("legacy.json");
        error.Pointer.Should().Be("/answers/SEC-02/evidence/400");
        error.Message.Should().Be("the answers hold 1,200 distinct pieces of evidence, and format 2.0 declares each once, in one list (/evidence); expected at most 1,000 (ReaderOptions.MaxItems, the limit on the items of any array in either format); this is piece 1,001 (identical copies count once)");
        var start = text.IndexOf("{\"kind\":\"policy\",\"shows\":\"achieve\",\"reference\":\"https://example.example/b400\"", System.StringComparison.Ordinal);
        (error.Line, error.Column).Should().Be((1, start + 1));
    }

    [Fact]
    public void AThousandDistinctPiecesAcrossAnswers_AndCopiesBeyond_Upgrade()
    {
        // The limit counts distinct pieces, as the upgraded list holds them: 500 + 500 is the most,
        // and the same 600 items cited by two answers are 600 pieces, however many citations.
        var exactly = Migrate(
            [.. Enumerable.Range(0, 500).Select(i => Item("Policy", "https://example.example/a" + i))],
            [.. Enumerable.Range(0, 500).Select(i => Item("Policy", "https://example.example/b" + i))],
            out _);
        var copies = Migrate(
            [.. Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/a" + i))],
            [.. Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/a" + i))],
            out _);

        exactly.Errors.Should().BeEmpty(string.Join("; ", exactly.Errors));
        exactly.EvidenceDeclared.Should().Be(1000);
        copies.Errors.Should().BeEmpty(string.Join("; ", copies.Errors));
        copies.EvidenceDeclared.Should().Be(600);
        copies.Attestation!.Answers["SEC-02"].Evidence.Should().HaveCount(600);
    }

    [Fact]
    public void MoreDistinctEvidenceWithRaisedLimits_Upgrades()
    {
        // The limit is the reader's, so a caller who raises it for the 2.0 reader can upgrade such a file too.
        var first = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/a" + i)).ToArray();
        var second = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/b" + i)).ToArray();

        var result = Migrate(first, second, out _, new PrivacyPrinciples.Serialization.ReaderOptions { MaxItems = 2000 });

        result.Errors.Should().BeEmpty(string.Join("; ", result.Errors));
        result.EvidenceDeclared.Should().Be(1200);
    }

    private static JsonObject Item(string title, string reference) => new()
    {
        ["kind"] = "policy",
        ["shows"] = "achieve",
        ["reference"] = reference,
        ["title"] = title,
        ["issued"] = "2026-01-01",
    };

    private static MigrationResult Migrate(JsonObject[] items, JsonObject[]? secondAnswersItems = null) => Migrate(items, secondAnswersItems, out _);

    private static MigrationResult Migrate(JsonObject[] items, JsonObject[]? secondAnswersItems, out string text, PrivacyPrinciples.Serialization.ReaderOptions? limits = null)
    {

        var document = new JsonObject
        {
            ["schemaVersion"] = "1.0",
            ["vendor"] = new JsonObject { ["id"] = "fictional-vendor", ["name"] = "Fictional Vendor" },
            ["service"] = new JsonObject { ["name"] = "Fictional Meetings" },
            ["attestedOn"] = "2026-10-01",
            ["answers"] = new JsonObject
            {
                ["SEC-01"] = new JsonObject
                {
                    ["status"] = "implemented",
                    ["statement"] = "Every call is encrypted in transit with current ciphers, and keys rotate each quarter.",
                    ["evidence"] = new JsonArray([.. items]),
                },
            },
        };
        if (secondAnswersItems is not null)
        {
            document["answers"]!["SEC-02"] = new JsonObject
            {
                ["status"] = "implemented",
                ["statement"] = "Recordings are stored encrypted at rest, and only the meeting host can share them.",
                ["evidence"] = new JsonArray([.. secondAnswersItems]),
            };
        }

        text = document.ToJsonString();
        return AttestationMigration.Migrate(Encoding.UTF8.GetBytes(text), "legacy.json", limits ?? new PrivacyPrinciples.Serialization.ReaderOptions());
    }
}
