using System;
using System.IO;

namespace PrivacyPrinciples.Testing;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PrivacyPrinciples.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository (PrivacyPrinciples.sln not found above " + AppContext.BaseDirectory + ").");
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Samples => Combine("samples", "attestations");

    public static string Schema(string name) => Combine("schemas", name + ".schema.json");
}
