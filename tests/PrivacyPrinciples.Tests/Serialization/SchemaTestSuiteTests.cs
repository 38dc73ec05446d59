using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Serialization.Schema;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// The official JSON Schema Test Suite (draft 2020-12, the keywords the package's validator
/// implements, in Fixtures/json-schema-test-suite): both the explaining validator and the reader's
/// one-pass check must give every applicable case's verdict.
/// </summary>
public class SchemaTestSuiteTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "json-schema-test-suite", "draft2020-12");

    private static readonly Lazy<IReadOnlyList<SuiteGroup>> Groups = new(LoadGroups);

    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void ExplainingValidator_GivesEveryApplicableVerdict(string file)
    {
        var wrong = ApplicableCases(file)
            .Where(c => Explain(c.Validator, c.Data).Count == 0 != c.Valid)
            .Select(c => c.Name)
            .ToList();

        wrong.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void OnePassCheck_GivesEveryApplicableVerdict(string file)
    {
        var wrong = ApplicableCases(file)
            .Where(c => c.Validator.Accepts(Encoding.UTF8.GetBytes(c.Data), new ReaderOptions(), out _) != c.Valid)
            .Select(c => c.Name)
            .ToList();

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void OnlyGroupsNeedingUnimplementedKeywords_AreLeftOut()
    {
        var left = Groups.Value.Where(g => g.Validator is null).Select(g => $"{g.File}: {g.Description}: {g.WhyNotApplicable}").ToList();

        // A group is left out only when the validator refuses to load its schema, never when it would ignore a rule: a
        // keyword, format or embedded $id the package's schemas do not use, or a reference to a remote document
        // (the draft 2020-12 meta-schema), which the package's readers never fetch.
        left.Should().OnlyContain(
            g => g.Contains("does not implement", StringComparison.Ordinal) || g.Contains("https://json-schema.org/draft/2020-12/schema#', whose document it cannot load", StringComparison.Ordinal),
            "a group is only left out for a keyword we do not implement or a remote document");
        Groups.Value.Where(g => g.Validator is not null).Sum(g => g.Cases.Count).Should().BeGreaterThan(300, "the suite's cases for our keywords are run, not left out");
    }

    private static IEnumerable<SuiteCase> ApplicableCases(string file) =>
        Groups.Value.Where(g => g.File == file && g.Validator is not null).SelectMany(g => g.Cases.Select(c => c with { Validator = g.Validator! }));

    private static List<InputError> Explain(SchemaValidator validator, string data)
    {
        using var document = JsonDocument.Parse(data);
        var bytes = Encoding.UTF8.GetBytes(data);
        var errors = new ErrorSink(100);
        validator.Validate(document.RootElement, "case.json", new JsonSourceMap(bytes, new ReaderOptions()), errors);
        return [.. errors.Result("case.json")];
    }

    private static List<SuiteGroup> LoadGroups()
    {
        var groups = new List<SuiteGroup>();
        foreach (var path in Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(Folder, path).Replace('\\', '/');
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var group in document.RootElement.EnumerateArray())
            {
                var description = group.GetProperty("description").GetString()!;
                SchemaValidator? validator = null;
                string? why = null;
                try
                {
                    validator = SchemaValidator.Load(group.GetProperty("schema").GetRawText());
                }
                catch (InvalidOperationException exception)
                {
                    why = exception.Message;
                }

                var cases = group.GetProperty("tests").EnumerateArray()
                    .Select(t => new SuiteCase($"{file}: {description}: {t.GetProperty("description").GetString()}", t.GetProperty("data").GetRawText(), t.GetProperty("valid").GetBoolean(), null!))
                    .ToList();
                groups.Add(new SuiteGroup(file, description, validator, why, cases));
            }
        }

        return groups;
    }

    private sealed record SuiteGroup(string File, string Description, SchemaValidator? Validator, string? WhyNotApplicable, IReadOnlyList<SuiteCase> Cases);

    private sealed record SuiteCase(string Name, string Data, bool Valid, SchemaValidator Validator);
}
