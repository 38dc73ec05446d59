namespace PrivacyPrinciples.Cli.Tests.EndToEnd;

/// <summary>
/// Tests that run dotnet pack or dotnet run inside the repository share its obj folders, so they
/// run one after another, never at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuildsInTheRepository
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Builds in the repository";
}
