using System.IO;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Support;

/// <summary>Paths of the bundled samples.</summary>
internal static class Samples
{
    public static string Attestation(string name) => Path.Combine(RepositoryPaths.Samples, name + ".json");

    public static string Copperfield => Attestation("copperfield-video");

    public static string CopperfieldRound2 => RepositoryPaths.Combine("samples", "rounds", "copperfield-video-round-2.json");

    public static string CopperfieldWaivers => RepositoryPaths.Combine("samples", "waivers", "copperfield-video.waivers.json");

    public static string Tinpot => Attestation("tinpot-talk");

    public static string Harbourlight => Attestation("harbourlight-meetings");

    public static string SchoolsProfile => RepositoryPaths.Combine("samples", "profiles", "schools.profile.json");
}
