using System;
using System.IO;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Support;

/// <summary>
/// Compares output with a checked-in golden file, byte for byte. Run the tests with
/// UPDATE_GOLDEN=1 to rewrite the golden files after an intended change, then review the diff.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual)
    {
        var path = RepositoryPaths.Combine("tests", "PrivacyPrinciples.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).Should().BeTrue($"the golden file {path} exists (create it with UPDATE_GOLDEN=1)");
        actual.Should().Be(File.ReadAllText(path), $"the output matches {name}; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff");
    }
}
