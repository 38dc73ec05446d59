using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// The readers' fast path (one forward pass that proves a document fine, then binding straight
/// from its bytes) must give exactly what the explaining passes give: the same value, or the same
/// errors with the same codes, messages, pointers, lines and columns. Every bundled document must
/// take it, or it saves nothing.
/// </summary>
public class OnePassReadingTests
{
    private static readonly ReaderOptions Limits = new();

    public static TheoryData<string> BundledDocuments =>
    [
        .. Files("samples", "attestations"), .. Files("samples", "assessments"), .. Files("samples", "rounds"),
        .. Files("samples", "waivers"), .. Files("samples", "profiles"), .. Files("samples", "engagement", "round-1"),
        .. Files("samples", "engagement", "round-2"), RepositoryPaths.Combine("samples", "engagement", "engagement.json"),
        .. Files("src", "PrivacyPrinciples", "Rules", "BuiltIn"),
    ];

    [Theory]
    [MemberData(nameof(BundledDocuments))]
    public void BundledDocument_TakesTheFastPath_AndReadsAsTheExplainingPassesRead(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = ReaderFor(path);

        reader.Accepts(bytes).Should().BeTrue("a valid document must not pay for the explaining passes");
        reader.Compare(bytes);
    }

    [Fact]
    public void EveryFixture_ReadsTheSameBothWays_WithEveryReader()
    {
        var fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains("json-schema-test-suite", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("samples"), "*.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var fast = 0;

        foreach (var path in fixtures)
        {
            var bytes = File.ReadAllBytes(path);
            foreach (var reader in Readers)
            {
                fast += reader.Accepts(bytes) ? 1 : 0;
                reader.Compare(bytes, path);
            }
        }

        fixtures.Should().HaveCountGreaterThan(150);
        fast.Should().BeGreaterThan(60, "the valid fixtures take the fast path with their own reader");
    }

    [Fact]
    public void ByteMutatedAttestations_ReadTheSameBothWays()
    {
        var attestations = Readers[0];
        MutationPropertyTests.Mutated.Sample(
            input => attestations.Compare(MutationPropertyTests.Mutate(MutationPropertyTests.Samples[input.Sample], input.Mutations)),
            iter: 2000,
            seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void StructurallyMutatedAttestations_ReadTheSameBothWays()
    {
        var attestations = Readers[0];
        var accepted = 0;
        var mutations = Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 3];
        Gen.Select(Gen.Int[0, MutationPropertyTests.Samples.Length - 1], mutations).Sample(
            input =>
            {
                var bytes = MutateStructure(MutationPropertyTests.Samples[input.Item1], input.Item2);
                accepted += attestations.Accepts(bytes) ? 1 : 0;
                attestations.Compare(bytes);
            },
            iter: 3000,
            seed: "3Yc5QbGbhxbF");

        // Some mutations keep the document valid (a longer text, a fact removed): those must still take the fast path.
        accepted.Should().BeGreaterThan(100);
    }

    [Fact]
    public void EscapedNamesAndDuplicates_AreJudgedAsTheExplainingPassesJudgeThem()
    {
        var sample = Encoding.UTF8.GetString(File.ReadAllBytes(RepositoryPaths.Combine("samples", "attestations", "driftwood-rooms.json")));
        string[] variants =
        [
            sample.Replace("\"schemaVersion\"", "\"\\u0073chemaVersion\"", StringComparison.Ordinal),
            sample.Replace("\"vendor\": {", "\"vendor\": {\"id\": \"x\", ", StringComparison.Ordinal),
            sample.Replace("\"schemaVersion\"", "\"schemaVersion\": \"2.0\", \"\\u0073chemaVersion\"", StringComparison.Ordinal),
            sample.Replace("\"schemaVersion\": \"2.0\"", "\"schemaVersion\": \"3.0\"", StringComparison.Ordinal),
            sample.Replace("\"schemaVersion\": \"2.0\"", "\"schemaVersion\": \"1.4\"", StringComparison.Ordinal),
            "\uFEFF" + sample,
            sample + " ",
            sample + " {}",
            sample.Replace("\"answers\": {", "\"answers\": {\"SEC-01\": {\"status\": \"planned\"},", StringComparison.Ordinal),
            sample.Replace("\"health\": false", "\"health\": 0", StringComparison.Ordinal),
        ];

        variants.Should().OnlyContain(v => v != sample, "every variant changes the sample").And.OnlyHaveUniqueItems();
        foreach (var variant in variants)
        {
            Readers[0].Compare(Encoding.UTF8.GetBytes(variant), variant.Substring(0, 40));
        }

        Readers[0].Accepts(Encoding.UTF8.GetBytes(variants[0])).Should().BeTrue("an escaped name is still the name");
        Readers[0].Accepts(Encoding.UTF8.GetBytes(variants[2])).Should().BeFalse("a name given twice, once escaped, is a duplicate");
    }

    [Fact]
    public void TighterLimits_SendTheDocumentToTheExplainingPasses()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Combine("samples", "attestations", "copperfield-video.json"));
        ReaderOptions[] limits = [new() { MaxDepth = 2 }, new() { MaxItems = 5 }, new() { MaxStringLength = 20 }];

        foreach (var limit in limits)
        {
            AttestationReader.Loader.AcceptsInOnePass(bytes, limit).Should().BeFalse();
            var read = new AttestationReader(limit).Read(bytes, "limited.json");
            read.Errors.Should().NotBeEmpty();
            read.Errors.Should().BeEquivalentTo(AttestationReader.Loader.Load(bytes, "limited.json", limit, tryFastPath: false).Errors, o => o.WithStrictOrdering());
        }
    }

    private static readonly IReader[] Readers =
    [
        new Reader<Attestation>(AttestationReader.Loader),
        new Reader<RuleSet>(RuleSetReader.Loader),
        new Reader<WaiverSet>(WaiverReader.Loader),
        new Reader<TailoringProfile>(ProfileReader.Loader),
        new Reader<Engagement>(EngagementReader.Loader),
        new Reader<EvaluationReport>(ReportReader.SingleLoader),
    ];

    private static IReader ReaderFor(string path)
    {
        var name = Path.GetFileName(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path)!);
        return folder switch
        {
            "BuiltIn" => Readers[1],
            "waivers" => Readers[2],
            "profiles" => Readers[3],
            _ when name == "engagement.json" => Readers[4],
            _ => Readers[0],
        };
    }

    private static string[] Files(params string[] folder) =>
        [.. Directory.GetFiles(RepositoryPaths.Combine(folder), "*.json").Order(StringComparer.Ordinal)];

    // Edits that keep the document well-formed JSON, so the schema and the semantic checks are what is tested.
    private static byte[] MutateStructure(byte[] original, (int Kind, int Pick, int Variant)[] mutations)
    {
        JsonNode?[] replacements =
        [
            JsonValue.Create("x"), JsonValue.Create(string.Empty), JsonValue.Create(1.5), JsonValue.Create(7), JsonValue.Create(-1),
            JsonValue.Create(true), null, new JsonObject(), new JsonArray(), JsonValue.Create(new string('w', 4001)),
            JsonValue.Create("2026-02-30"), JsonValue.Create("9999-12-31"), JsonValue.Create("0000-01-01"), JsonValue.Create("héllo wörld 🐲"),
            JsonValue.Create("implemented"), JsonValue.Create("notApplicable"), JsonValue.Create("SEC-01"), JsonValue.Create("a b"),
            JsonValue.Create("achieve"), JsonValue.Create("validate"), JsonValue.Create(1e300), JsonValue.Create(12345678901234L),
        ];
        string[] names = ["zz", "status", "schemaVersion", "SEC-99", "id", "evidence", "statement", "justification", "sec-01", "expires"];

        var root = JsonNode.Parse(original)!;
        foreach (var (kind, pick, variant) in mutations)
        {
            var all = Descendants(root).ToList();
            var target = all[pick % all.Count];
            var parent = target.Parent;
            switch (kind)
            {
                case 0 when parent is not null:
                    Replace(target, replacements[variant % replacements.Length]?.DeepClone());
                    break;
                case 1 when parent is JsonObject map:
                    map.Remove(target.GetPropertyName());
                    break;
                case 1 when parent is JsonArray list:
                    list.Remove(target);
                    break;
                case 2:
                    var into = target as JsonObject ?? parent as JsonObject;
                    if (into is not null && !into.ContainsKey(names[variant % names.Length]))
                    {
                        into[names[variant % names.Length]] = replacements[(variant / names.Length) % replacements.Length]?.DeepClone();
                    }

                    break;
                case 3 when parent is JsonArray items:
                    items.Add(target.DeepClone());
                    break;
                case 4 when target is JsonValue value && value.TryGetValue<string>(out var text):
                    // A longer or shorter text of the same kind: most of these stay valid.
                    Replace(target, JsonValue.Create(variant % 2 == 0 ? text + " " + text : text.Substring(0, text.Length / 2)));
                    break;
                default:
                    if (parent is JsonObject owner && target is JsonObject or JsonArray)
                    {
                        owner.Remove(target.GetPropertyName());
                    }

                    break;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Replace(JsonNode target, JsonNode? with)
    {
        switch (target.Parent)
        {
            case JsonObject map:
                map[target.GetPropertyName()] = with;
                break;
            case JsonArray list:
                list[target.GetElementIndex()] = with;
                break;
        }
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject map => map.Select(p => p.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private interface IReader
    {
        bool Accepts(byte[] bytes);

        void Compare(byte[] bytes, string? because = null);
    }

    private sealed class Reader<T>(DocumentLoader<T> loader) : IReader
        where T : class
    {
        public bool Accepts(byte[] bytes) => loader.AcceptsInOnePass(bytes, Limits);

        public void Compare(byte[] bytes, string? because = null)
        {
            var fast = loader.Load(bytes, "doc.json", Limits, tryFastPath: true);
            var slow = loader.Load(bytes, "doc.json", Limits, tryFastPath: false);

            fast.Succeeded.Should().Be(slow.Succeeded, because ?? Encoding.UTF8.GetString(bytes));
            fast.Errors.Should().BeEquivalentTo(slow.Errors, o => o.WithStrictOrdering(), because);
            if (fast.Succeeded)
            {
                JsonSerializer.Serialize(fast.Value!, loader.TypeInfo).Should().Be(JsonSerializer.Serialize(slow.Value!, loader.TypeInfo), because);
            }
        }
    }
}
