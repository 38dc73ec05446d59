using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Profiles;

/// <summary>
/// Reads tailoring profiles (<c>schemas/profile.schema.json</c>) and resolves them to rule sets.
/// Reading never throws for bad input. Thread-safe.
/// </summary>
public sealed class ProfileReader
{
    private static readonly DocumentLoader<TailoringProfile> Loader =
        new(() => JsonSchemas.Profile, ModelJsonContext.Default.TailoringProfile, CheckSemantics);

    private readonly ReaderLimits _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderLimits"/>.</summary>
    public ProfileReader()
        : this(new ReaderLimits())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ProfileReader(ReaderLimits limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a profile file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads a profile from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The profile, or every problem found.</returns>
    public ReadResult<TailoringProfile> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);

    /// <summary>
    /// Reads a profile file and resolves it against its base rule set: a built-in rule set id, or a
    /// rule set file relative to the profile's folder.
    /// </summary>
    /// <param name="path">The profile's path.</param>
    /// <returns>The resolved rule set, or every problem found in the profile or its base.</returns>
    public ReadResult<Rules.RuleSet> ResolveFile(string path)
    {
        var read = ReadFile(path);
        if (!read.Succeeded)
        {
            return ReadResult<Rules.RuleSet>.Failure(read.Errors, read.Source);
        }

        var profile = read.Value;
        Rules.RuleSet baseRuleSet;
        if (Rules.BuiltInRuleSets.TryGet(profile.Base, out var builtIn))
        {
            baseRuleSet = builtIn;
        }
        else
        {
            var basePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty, profile.Base);
            var baseRead = new Serialization.RuleSetReader(_limits).ReadFile(basePath);
            if (!baseRead.Succeeded)
            {
                var errors = new List<InputError>
                {
                    Locate(read, InputErrorCodes.ProfileBase, $"base '{profile.Base}' is neither a built-in rule set nor a valid rule set file (see the errors that follow); expected '{Rules.BuiltInRuleSets.VtcJointStatement2020Id}' or a path relative to the profile", "/base"),
                };
                errors.AddRange(baseRead.Errors);
                return ReadResult<Rules.RuleSet>.Failure(errors, read.Source);
            }

            baseRuleSet = baseRead.Value;
        }

        return ProfileResolver.Resolve(profile, baseRuleSet, read.Source, read.Locations);
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
