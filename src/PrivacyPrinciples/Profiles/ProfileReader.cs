using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Files;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Profiles;

/// <summary>
/// Reads tailoring profiles (<c>schemas/profile.schema.json</c>) and resolves them to rule sets.
/// Reading never throws for bad input. Thread-safe.
/// </summary>
public sealed class ProfileReader
{
    internal static readonly DocumentLoader<TailoringProfile> Loader =
        new(() => JsonSchemas.Profile, () => Rules.RulesJsonContext.Default.TailoringProfile, CheckSemantics);

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderOptions"/>.</summary>
    public ProfileReader()
        : this(new ReaderOptions())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ProfileReader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a profile file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads a profile file whose errors name it <paramref name="source"/>.</summary>
    internal ReadResult<TailoringProfile> ReadFile(string path, string source) => Loader.LoadFile(path, source, _limits);

    /// <summary>Reads a profile from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);

    /// <summary>Reads a profile from a stream, up to the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> Read(Stream stream, string source) =>
        Loader.Load(stream ?? throw new ArgumentNullException(nameof(stream)), source ?? string.Empty, _limits);

    /// <summary>Reads a profile from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> Read(ReadOnlyMemory<byte> utf8Json, string source) => Loader.Load(utf8Json, source ?? string.Empty, _limits);

    /// <summary>
    /// Reads a profile file and resolves it against its base rule set: a built-in rule set id, or a
    /// rule set file in the profile's folder or below. A base outside the profile's folder (an
    /// absolute path, <c>..</c> leading out, or a symbolic link to elsewhere) is refused before it
    /// is read: a profile comes from outside, so it may not make the tool read, and quote in its
    /// errors, files it was not given.
    /// </summary>
    /// <param name="path">The profile's path.</param>
    /// <returns>The resolved rule set, or every problem found in the profile or its base.</returns>
    public ReadResult<Rules.RuleSet> ResolveFile(string path)
    {
        var read = ReadFile(path ?? throw new ArgumentNullException(nameof(path)));
        return Resolve(read, new ConfinedFolder(Path.GetDirectoryName(path) ?? string.Empty), string.Empty, "the profile's folder");
    }

    /// <summary>Resolves a profile that was read, finding a file base at <paramref name="relativeFolder"/>/base inside <paramref name="folder"/>.</summary>
    /// <param name="read">The profile as read.</param>
    /// <param name="folder">The folder every file the profile names must stay in.</param>
    /// <param name="relativeFolder">The profile's folder, relative to <paramref name="folder"/>.</param>
    /// <param name="folderName">How messages name <paramref name="folder"/>: "the profile's folder", "the engagement's folder".</param>
    internal ReadResult<Rules.RuleSet> Resolve(ReadResult<TailoringProfile> read, ConfinedFolder folder, string relativeFolder, string folderName)
    {
        if (!read.Succeeded)
        {
            return ReadResult<Rules.RuleSet>.Failure(read.Errors, read.Source);
        }

        var profile = read.Value;
        if (Rules.BuiltInRuleSets.TryGet(profile.Base, out var builtIn))
        {
            return ProfileResolver.Resolve(profile, builtIn, read.Source, read.Locations);
        }

        if (Rules.BuiltInRuleSets.IsBuiltInReference(profile.Base))
        {
            var id = profile.Base.Split(Rules.BuiltInRuleSets.VersionSeparator)[0];
            return ReadResult<Rules.RuleSet>.Failure(
                [Locate(read, InputErrorCodes.UnknownBuiltIn, $"base '{profile.Base}' names a version of the built-in rule set {id} that is not shipped; expected one of {string.Join(", ", Rules.BuiltInRuleSets.VersionsOf(id).Select(v => id + Rules.BuiltInRuleSets.VersionSeparator + v))}", "/base")],
                read.Source);
        }

        var relative = relativeFolder.Length == 0 ? profile.Base : Path.Combine(relativeFolder, profile.Base);
        if (!folder.TryResolve(relative, out var basePath, out var resolved))
        {
            return ReadResult<Rules.RuleSet>.Failure(
                [Locate(read, InputErrorCodes.ProfileBase, $"base '{profile.Base}' is outside {folderName}; expected '{Rules.BuiltInRuleSets.VtcJointStatement2020Id}' or a rule set file in {folderName} or below", "/base")],
                read.Source);
        }

        if (FileProbe.Of(resolved) is var probe && probe.Kind != FileKind.Missing && !probe.IsRegularFile)
        {
            return ReadResult<Rules.RuleSet>.Failure(
                [Locate(read, InputErrorCodes.ProfileBase, $"base '{profile.Base}' is not a regular file ({FileProbe.Describe(probe.Kind)}); expected '{Rules.BuiltInRuleSets.VtcJointStatement2020Id}' or a rule set file", "/base")],
                read.Source);
        }

        var baseRead = new PrivacyPrinciples.Rules.RuleSetReader(_limits).ReadFile(resolved, basePath);
        if (!baseRead.Succeeded)
        {
            // A profile named as the base (itself, or another profile) is refused by the rule-set
            // reader for its version ("'1.0' is not supported; rule-set format 2 adds ..."), which
            // reads as an outdated rule set; say what it is instead.
            if (baseRead.Errors.Any(e => e.Code == InputErrorCodes.UnsupportedVersion) && DocumentKindHint.OfFile(resolved, _limits) == DocumentKindHint.Profile)
            {
                return ReadResult<Rules.RuleSet>.Failure(
                    [Locate(read, InputErrorCodes.ProfileBase, $"base '{profile.Base}' is a tailoring profile{(SameFile(resolved, read.Source) ? " (this one)" : string.Empty)}, not a rule set; expected '{Rules.BuiltInRuleSets.VtcJointStatement2020Id}' or a rule set file: a profile tailors a rule set and cannot build on a profile, so tailor that profile's own base instead", "/base")],
                    read.Source);
            }

            var errors = new List<InputError>
            {
                Locate(read, InputErrorCodes.ProfileBase, $"base '{profile.Base}' is neither a built-in rule set nor a valid rule set file (see the errors that follow); expected '{Rules.BuiltInRuleSets.VtcJointStatement2020Id}' or a path relative to the profile", "/base"),
            };
            errors.AddRange(baseRead.Errors);
            return ReadResult<Rules.RuleSet>.Failure(errors, read.Source);
        }

        return ProfileResolver.Resolve(profile, baseRead.Value, read.Source, read.Locations);
    }

    private static bool SameFile(string path, string source)
    {
        try
        {
            return string.Equals(Path.GetFullPath(path), Path.GetFullPath(source), StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    private static InputError Locate(ReadResult<TailoringProfile> read, string code, string message, string pointer)
    {
        read.Locations!.TryLocate(pointer, out var line, out var column);
        return new InputError { Code = code, Message = message, Source = read.Source, Pointer = pointer, Line = line, Column = column };
    }

    private static void CheckSemantics(TailoringProfile profile, SemanticContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < profile.Modify.Count; i++)
        {
            if (!seen.Add(profile.Modify[i].Id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("modified expectation", profile.Modify[i].Id), JsonPointer.Append("/modify", i) + "/id");
            }
        }
    }
}
