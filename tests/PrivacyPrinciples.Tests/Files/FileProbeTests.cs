using System;
using System.IO;
using PrivacyPrinciples.Files;

namespace PrivacyPrinciples.Tests.Files;

/// <summary>What kind of thing a path names, as the kernel says: the output and input layers decide on it.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileProbeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("probe-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Of_TellsRegularFilesFoldersDevicesAndPipesApart()
    {
        var file = Path.Combine(_folder.FullName, "a.json");
        File.WriteAllText(file, "{}");
        var fifo = Path.Combine(_folder.FullName, "pipe");
        PrivacyPrinciples.Testing.ProcessRunner.Run("mkfifo", [fifo]).ExitCode.Should().Be(0);

        FileProbe.Of(file).Kind.Should().Be(FileKind.Regular);
        FileProbe.Of(_folder.FullName).Kind.Should().Be(FileKind.Directory);
        FileProbe.Of("/dev/null").Kind.Should().Be(FileKind.CharacterDevice);
        FileProbe.Of(fifo).Kind.Should().Be(FileKind.Fifo);
        FileProbe.Of(Path.Combine(_folder.FullName, "missing")).Kind.Should().Be(FileKind.Missing);
    }

    [Fact]
    public void Of_FollowsLinksUnlessAsked_AndGivesHardLinksOneIdentity()
    {
        var file = Path.Combine(_folder.FullName, "a.json");
        File.WriteAllText(file, "{}");
        var soft = Path.Combine(_folder.FullName, "soft");
        File.CreateSymbolicLink(soft, file);
        var hard = Path.Combine(_folder.FullName, "hard");
        PrivacyPrinciples.Testing.ProcessRunner.Run("ln", [file, hard]).ExitCode.Should().Be(0);

        FileProbe.Of(soft).Kind.Should().Be(FileKind.Regular);
        FileProbe.Of(soft, followLinks: false).Kind.Should().Be(FileKind.SymbolicLink);
        FileProbe.Of(hard).IsSameEntryAs(FileProbe.Of(file)).Should().BeTrue();
        FileProbe.Of(soft).IsSameEntryAs(FileProbe.Of(file)).Should().BeTrue();
        FileProbe.Of("/dev/null").IsSameEntryAs(FileProbe.Of(file)).Should().BeFalse();
    }
}
