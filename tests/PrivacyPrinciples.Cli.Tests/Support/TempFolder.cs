using System;
using System.IO;

namespace PrivacyPrinciples.Cli.Tests.Support;

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("pp-cli-").FullName;

    public string Path { get; }

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string Copy(string source)
    {
        var path = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(source));
        File.Copy(source, path);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
