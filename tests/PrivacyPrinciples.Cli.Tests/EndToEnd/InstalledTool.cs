using System;
using System.Collections.Generic;
using System.IO;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// The tool as a user gets it: packed to a local feed, installed with 'dotnet tool install
/// --tool-path' into a temporary folder, and run as a separate process. Shared by the tests of a
/// class; removed afterwards.
/// </summary>
public sealed class InstalledTool : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    // 2026-11-01, so results do not drift with the calendar.
    public const string Epoch = "1793491200";

    public InstalledTool()
    {
        Root = Directory.CreateTempSubdirectory("pp-tool-").FullName;
        var feed = Path.Combine(Root, "feed");
        var packages = Path.Combine(Root, "packages");
        var toolPath = Path.Combine(Root, "tool");
        Work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
        Version = $"0.1.0-e2e.t{Guid.NewGuid():N}";
        var isolated = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };

        // The framework-dependent tool (what the `any` package carries, for every platform without
        // a native package), packed from the build the tests run on: a RID-specific pack would
        // build again. ci/package-smoke.sh installs the real pointer package and this machine's
        // NativeAOT package, which take a NativeAOT compile each.
        Pack = ProcessRunner.Run("dotnet", ["pack", RepositoryPaths.Combine("src", "PrivacyPrinciples.Cli", "PrivacyPrinciples.Cli.csproj"), "-c", Configuration, "--no-build", "-p:ToolPackageRuntimeIdentifiers=", "-p:PublishAot=false", "-o", feed, $"-p:PackageVersion={Version}"], RepositoryPaths.Root);
        Install = ProcessRunner.Run("dotnet", ["tool", "install", "PrivacyPrinciples.Cli", "--tool-path", toolPath, "--add-source", feed, "--version", Version, "--ignore-failed-sources"], Root, isolated);
        Executable = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "privacy-principles.exe" : "privacy-principles");
    }

    public string Root { get; }

    /// <summary>The working folder commands run in.</summary>
    public string Work { get; }

    public string Version { get; }

    internal ProcessRunner.Result Pack { get; }

    internal ProcessRunner.Result Install { get; }

    public string Executable { get; }

    internal ProcessRunner.Result Run(params string[] arguments) =>
        ProcessRunner.Run(Executable, arguments, Work, new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = Epoch, ["NO_COLOR"] = "1" });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
