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
    public void AnUpgradeOverALimit_IsRefusedAsTheUpgrade_WithNoLineOrColumnOfATextNeverShown()
    {
        // Two answers of 600 distinct items each are within 1.x's limits; declared once each in
        // format 2, they make 1,200 pieces of evidence in one list, over the limit of 1,000.
        var first = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/a" + i)).ToArray();
        var second = Enumerable.Range(0, 600).Select(i => Item("Policy", "https://example.example/b" + i)).ToArray();

        var result = Migrate(first, second);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<PrivacyPrinciples.Serialization.InputError>(e =>
            e.Source == "legacy.json" && e.Pointer == "/evidence" && e.Line == null && e.Column == null
            && e.Message.StartsWith("once upgraded to format 2.0: ", System.StringComparison.Ordinal));
    }

    private static JsonObject Item(string title, string reference) => new()
    {
        ["kind"] = "policy",
        ["shows"] = "achieve",
        ["reference"] = reference,
        ["title"] = title,
        ["issued"] = "2026-01-01",
    };

    private static MigrationResult Migrate(JsonObject[] items, JsonObject[]? secondAnswersItems = null)
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

        return AttestationMigration.Migrate(Encoding.UTF8.GetBytes(document.ToJsonString()), "legacy.json");
    }
}
