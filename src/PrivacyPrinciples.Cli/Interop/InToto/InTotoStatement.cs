using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Cli.Interop.InToto;

/// <summary>
/// An evaluation as an in-toto Statement v1 (https://in-toto.io/Statement/v1): the subject is the
/// attestation file (its name and the SHA-256 of the bytes evaluated), and the predicate, of type
/// <see cref="PredicateType"/>, says which rules judged it (id, version, content digest), when,
/// and what came of it (score, rating, baseline gate, counts). The same report gives the same
/// bytes; only a DSSE signature over them differs from one signing to the next. Stateless.
/// </summary>
/// <remarks>The predicate's fields are documented in docs/interop.md and schemas/attestation-evaluation.schema.json.</remarks>
internal static class InTotoStatement
{
    /// <summary>The statement type of in-toto Statement v1.</summary>
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>
    /// The predicate type. The project owns no web domain, so the type is a URN of the project's
    /// own (the same prefix as its schema ids); the version at the end changes only when a field
    /// changes meaning or disappears.
    /// </summary>
    public const string PredicateType = "urn:privacy-principles:attestation-evaluation:v1";

    /// <summary>The DSSE payload type of an in-toto statement.</summary>
    public const string PayloadType = "application/vnd.in-toto+json";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The statement as compact UTF-8 JSON: the bytes a DSSE envelope signs.</summary>
    public static byte[] Payload(EvaluationReport report, string subjectName, string sha256, string toolName, string toolVersion) =>
        Encoding.UTF8.GetBytes(Write(report, subjectName, sha256, toolName, toolVersion, Compact));

    /// <summary>The statement as indented JSON ending with a line break, for an unsigned output.</summary>
    public static string Text(EvaluationReport report, string subjectName, string sha256, string toolName, string toolVersion) =>
        Write(report, subjectName, sha256, toolName, toolVersion, Indented) + "\n";

    private static string Write(EvaluationReport report, string subjectName, string sha256, string toolName, string toolVersion, JsonWriterOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteString("_type", StatementType);
            json.WriteStartArray("subject");
            json.WriteStartObject();
            json.WriteString("name", subjectName);
            json.WriteStartObject("digest");
            json.WriteString("sha256", sha256);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("predicateType", PredicateType);
            json.WriteStartObject("predicate");
            WritePredicate(json, report, toolName, toolVersion);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        // The one neutralising rule for JSON: values stay exact, bidirectional and line-separator characters become escapes.
        return DisplayText.ForJson(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WritePredicate(Utf8JsonWriter json, EvaluationReport report, string toolName, string toolVersion)
    {
        json.WriteStartObject("evaluator");
        json.WriteString("name", toolName);
        json.WriteString("version", toolVersion);
        json.WriteEndObject();

        var ruleSet = report.RuleSet;
        json.WriteStartObject("ruleSet");
        json.WriteString("id", ruleSet.Id);
        json.WriteString("version", ruleSet.Version);
        WriteDigest(json, "digest", ruleSet.Digest);
        json.WriteString("origin", Name(ruleSet.Origin));
        if (ruleSet.Profile is { } profile)
        {
            json.WriteStartObject("profile");
            json.WriteString("id", profile.Id);
            json.WriteString("version", profile.Version);
            if (profile.BaseDigest is { } baseDigest)
            {
                WriteDigest(json, "baseDigest", baseDigest);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();

        var attestation = report.Attestation;
        json.WriteStartObject("attestation");
        json.WriteString("vendorId", attestation.VendorId);
        json.WriteString("vendor", attestation.Vendor);
        json.WriteString("service", attestation.Service);
        if (attestation.Tier is { } tier)
        {
            json.WriteString("tier", tier);
        }

        json.WriteString("attestedOn", Date(attestation.AttestedOn));
        json.WriteString("assessedBy", Name(attestation.AssessedBy));
        if (attestation.Assessor is { } assessor)
        {
            json.WriteString("assessor", assessor);
        }

        json.WriteEndObject();

        json.WriteString("evaluatedOn", Date(report.EvaluatedOn));
        // Null, not absent, when nothing is in scope: a consumer reading the predicate sees "no score".
        WriteNumber(json, "score", report.Score);
        WriteNumber(json, "implementation", report.Implementation);
        WriteNumber(json, "assurance", report.Assurance);
        WriteName(json, "rating", report.Rating);
        WriteName(json, "uncappedRating", report.UncappedRating);

        json.WriteStartObject("baselineGate");
        json.WriteBoolean("passed", report.BaselineGatePassed);
        json.WriteStartArray("gaps");
        foreach (var gap in report.BaselineGaps)
        {
            json.WriteStringValue(gap.ExpectationId);
        }

        json.WriteEndArray();
        json.WriteStartArray("waived");
        foreach (var gap in report.BaselineGaps.Where(g => g.IsWaived))
        {
            json.WriteStringValue(gap.ExpectationId);
        }

        json.WriteEndArray();
        json.WriteEndObject();

        var expectations = report.Expectations.ToList();
        int Outcomes(Outcome outcome) => expectations.Count(e => e.Outcome == outcome);
        json.WriteStartObject("counts");
        json.WriteNumber("expectations", report.Coverage.Expectations);
        json.WriteNumber("inScope", report.Coverage.InScope);
        json.WriteNumber("answered", report.Coverage.Answered);
        json.WriteNumber("met", Outcomes(Outcome.Met));
        json.WriteNumber("partiallyMet", Outcomes(Outcome.PartiallyMet));
        json.WriteNumber("unverified", Outcomes(Outcome.Unverified));
        json.WriteNumber("contradicted", Outcomes(Outcome.Contradicted));
        json.WriteNumber("notMet", Outcomes(Outcome.NotMet));
        json.WriteNumber("notAnswered", Outcomes(Outcome.NotAnswered));
        json.WriteNumber("undetermined", Outcomes(Outcome.Undetermined));
        json.WriteNumber("notApplicable", Outcomes(Outcome.NotApplicable));
        json.WriteNumber("gaps", expectations.Count(e => e.IsGap));
        json.WriteNumber("waivedGaps", expectations.Count(e => e.IsGap && e.IsWaived));
        json.WriteNumber("baselineGaps", report.BaselineGaps.Count);
        json.WriteNumber("contradictions", report.Contradictions.Count);
        json.WriteNumber("followUps", expectations.Sum(e => e.FollowUps.Count));
        json.WriteEndObject();
    }

    // "sha256:9f86…" becomes { "sha256": "9f86…" }, the in-toto digest set.
    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteName(Utf8JsonWriter json, string name, Rating? value)
    {
        if (value is { } rating)
        {
            json.WriteString(name, Name(rating));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteDigest(Utf8JsonWriter json, string name, string digest)
    {
        json.WriteStartObject(name);
        json.WriteString("sha256", digest.StartsWith(RuleSetDigest.Prefix, StringComparison.Ordinal) ? digest.Substring(RuleSetDigest.Prefix.Length) : digest);
        json.WriteEndObject();
    }
}
