using System;
using System.IO;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>The repository's sample attestations, found from wherever BenchmarkDotNet runs the benchmark.</summary>
internal static class Samples
{
    public static string Folder { get; } = Find();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name + ".json"));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "samples", "attestations");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: samples/attestations was not found.");
    }
}
