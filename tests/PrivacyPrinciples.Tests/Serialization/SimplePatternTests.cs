using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using PrivacyPrinciples.Serialization.Schema;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// Simple patterns are matched without a regular-expression engine: they must give the engine's
/// answer on every text, from UTF-16 and from UTF-8 alike, and a pattern where greedy matching
/// could be wrong must not count as simple.
/// </summary>
public class SimplePatternTests
{
    private static readonly string[] SchemaPatterns =
    [
        .. Directory.GetFiles(RepositoryPaths.Combine("schemas"), "*.json")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"pattern\": *(\"(?:[^\"\\\\]|\\\\.)*\")").Select(m => System.Text.Json.JsonSerializer.Deserialize<string>(m.Groups[1].Value)!))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static readonly Gen<string> Texts =
        Gen.OneOf(Gen.Char["aAbz09-.Z_:\n é"], Gen.Char['0', 'z'], Gen.Const('\uD83D'), Gen.Const('\uDC32')).Array[0, 70].Select(c => new string(c));

    [Fact]
    public void TheSchemasIdentifierAndVersionPatterns_AreSimple()
    {
        SchemaPatterns.Should().Contain(["^[a-z0-9][a-z0-9-]{0,63}$", "^[A-Z][A-Z0-9]{1,9}-[0-9]{2,3}$", "^(?!0000)", "^2\\.[0-9]+$"]);
        foreach (var pattern in new[] { "^[a-z0-9][a-z0-9-]{0,63}$", "^[A-Z][A-Z0-9]{1,9}-[0-9]{2,3}$", "^(?!0000)", "^2\\.[0-9]+$", "^[a-z][A-Za-z]*\\.[a-z][A-Za-z]*$", "^[0-9a-f]{64}$" })
        {
            SimplePattern.TryParse(pattern).Should().NotBeNull(pattern);
        }
    }

    [Theory]
    [InlineData("^[a-z]*a$")]
    [InlineData("^[a-z]{1,3}[a-c]$")]
    [InlineData("^a*b?a$")]
    [InlineData("^(a|b)$")]
    [InlineData("[a-z]+")]
    [InlineData("^.$")]
    [InlineData("^[^a]$")]
    [InlineData("^a*?$")]
    [InlineData("^\\w+$")]
    [InlineData("^é$")]
    [InlineData("^a{2,1}$")]
    [InlineData("^[z-a]$")]
    [InlineData("^a$b")]
    [InlineData("^[0-9]+(-[a-z]+)?$")]
    public void PatternsWhereGreedyMatchingCouldBeWrong_OrBeyondTheSubset_AreNotSimple(string pattern) =>
        SimplePattern.TryParse(pattern).Should().BeNull();

    [Fact]
    public void EverySimpleSchemaPattern_AgreesWithTheRegularExpressionEngine()
    {
        var simple = SchemaPatterns.Where(p => SimplePattern.TryParse(p) is not null).ToArray();
        simple.Length.Should().BeGreaterThan(6);

        Gen.Select(Gen.Int[0, simple.Length - 1], Texts, Gen.Int[0, 3]).Sample(
            input =>
            {
                var pattern = simple[input.Item1];
                Agrees(pattern, Near(pattern, input.Item2, input.Item3));
            },
            iter: 20_000);
    }

    [Fact]
    public void GeneratedPatterns_AreSimpleOnlyWhereTheyAgreeWithTheEngine()
    {
        string[] atoms = ["a", "b", "-", "\\.", "0", "[a-c]", "[0-9]", "[ab-]", "\\d", "[.a]"];
        string[] quantifiers = [string.Empty, "*", "+", "?", "{1,3}", "{2}", "{0,}", "{0,2}"];
        var element = Gen.Select(Gen.Int[0, atoms.Length - 1], Gen.Int[0, quantifiers.Length - 1]).Select(e => atoms[e.Item1] + quantifiers[e.Item2]);
        var patterns = Gen.Select(element.Array[0, 4], Gen.Bool, Gen.Bool).Select(p => "^" + (p.Item2 ? "(?!ab)" : string.Empty) + string.Concat(p.Item1) + (p.Item3 ? "$" : string.Empty));
        var texts = Gen.Char["abc-.059Zé"].Array[0, 9].Select(c => new string(c));
        var simpleCount = 0;

        Gen.Select(patterns, texts.Array[40]).Sample(
            input =>
            {
                if (SimplePattern.TryParse(input.Item1) is not null)
                {
                    simpleCount++;
                    foreach (var text in input.Item2)
                    {
                        Agrees(input.Item1, text);
                    }
                }
            },
            iter: 5_000);

        simpleCount.Should().BeGreaterThan(500, "most generated patterns are simple");
    }

    private static void Agrees(string pattern, string text)
    {
        var expected = new Regex(EcmaPattern.ToDotNet(pattern), RegexOptions.ECMAScript | RegexOptions.CultureInvariant).IsMatch(text);
        var simple = SimplePattern.TryParse(pattern)!;

        simple.IsMatch(text.AsSpan()).Should().Be(expected, $"'{text}' against {pattern}");
        if (!text.Any(char.IsSurrogate))
        {
            simple.IsMatch(Encoding.UTF8.GetBytes(text)).Should().Be(expected, $"'{text}' as UTF-8 against {pattern}");
        }
    }

    // Texts close to matching: random ones mostly fail at once, so some are built from the pattern's own characters.
    private static string Near(string pattern, string random, int how) => how switch
    {
        0 => random,
        1 => new string([.. random.Where(c => pattern.Contains(c, StringComparison.Ordinal))]),
        2 => "AB1-" + new string('7', random.Length % 5),
        _ => random.Length % 2 == 0 ? "0000" + random : "2." + new string([.. random.Where(char.IsDigit)]),
    };
}
