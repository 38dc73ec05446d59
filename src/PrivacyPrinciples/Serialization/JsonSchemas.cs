using System;
using System.IO;
using System.Reflection;
using System.Text;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the package's documents, embedded in the package. They are
/// the same files as <c>schemas/</c> in the repository. Thread-safe.
/// </summary>
public static class JsonSchemas
{
    private static readonly Lazy<string> AttestationText = new(() => Load("attestation.schema.json"));
    private static readonly Lazy<string> RuleSetText = new(() => Load("ruleset.schema.json"));
    private static readonly Lazy<string> ReportText = new(() => Load("report.schema.json"));
    private static readonly Lazy<string> WaiversText = new(() => Load("waivers.schema.json"));
    private static readonly Lazy<string> ProfileText = new(() => Load("profile.schema.json"));
    private static readonly Lazy<string> EngagementText = new(() => Load("engagement.schema.json"));

    /// <summary>The schema of an attestation.</summary>
    public static string Attestation => AttestationText.Value;

    /// <summary>The schema of a rule set.</summary>
    public static string RuleSet => RuleSetText.Value;

    /// <summary>The schema of an evaluation report in JSON.</summary>
    public static string Report => ReportText.Value;

    /// <summary>The schema of a waivers file.</summary>
    public static string Waivers => WaiversText.Value;

    /// <summary>The schema of a tailoring profile.</summary>
    public static string Profile => ProfileText.Value;

    /// <summary>The schema of an engagement file.</summary>
    public static string Engagement => EngagementText.Value;

    /// <summary>A schema of the package by its <c>$id</c> (for example <c>urn:privacy-principles:schema:ruleset:2</c>), for references between schemas.</summary>
    internal static string? FindById(string id) => id switch
    {
        "urn:privacy-principles:schema:attestation:2" => Attestation,
        "urn:privacy-principles:schema:ruleset:2" => RuleSet,
        "urn:privacy-principles:schema:report:2" => Report,
        "urn:privacy-principles:schema:waivers:1" => Waivers,
        "urn:privacy-principles:schema:profile:1" => Profile,
        "urn:privacy-principles:schema:engagement:1" => Engagement,
        _ => null,
    };

    internal static string Load(string fileName)
    {
        var name = "PrivacyPrinciples.Schemas." + fileName;
        using var stream = typeof(JsonSchemas).GetTypeInfo().Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The package is missing its embedded resource '{name}'.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
