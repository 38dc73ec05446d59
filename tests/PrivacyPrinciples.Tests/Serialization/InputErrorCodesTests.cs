using System.IO;
using System.Linq;
using System.Reflection;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Serialization;

public class InputErrorCodesTests
{
    private static readonly string[] Codes = typeof(InputErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryCode_IsDocumentedInErrorsMd()
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "errors.md"));

        Codes.Where(code => !doc.Contains($"| `{code}` |", System.StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void EveryCode_IsUnique()
    {
        Codes.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void EveryFact_IsDocumentedInTheAttestationFormat()
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "attestation-format.md"));

        PrivacyPrinciples.Attestations.FactCatalog.All.Where(f => !doc.Contains($"| `{f.Path}` |", System.StringComparison.Ordinal)).Should().BeEmpty();
    }
}
