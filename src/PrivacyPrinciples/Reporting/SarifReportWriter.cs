using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as one SARIF 2.1.0 log, for code scanning: one run, one rule per active
/// expectation of <see cref="ReportBatch.RuleSet"/> (in catalogue order, with its rationale,
/// remediation, guidance and source as help), and one result per gap of every report, located at
/// the answer in the attestation file. A waived gap keeps its result, with an accepted external
/// suppression carrying the justification, approver and expiry. Inputs that could not be read, and
/// each report's notes, are notifications of the run's invocation (levels <c>error</c> and <c>note</c>).
/// </summary>
/// <remarks>
/// <para>
/// A rule's default level comes from the expectation's level in the rule set (baseline →
/// <c>error</c>, expected → <c>warning</c>, enhanced → <c>note</c>); a result's level from the
/// level applied to that attestation, which a declared audience can raise. Each result has a
/// partial fingerprint <c>privacyPrinciples/v1</c> of vendor, service and expectation, stable
/// across runs, so code scanning tracks a gap from one run to the next.
/// </para>
/// <para>
/// The log is indented JSON with <c>\n</c> line endings and a fixed property order, with no
/// timestamps, so the same batch gives the same bytes. Stateless and thread-safe.
/// </para>
/// </remarks>
public sealed class SarifReportWriter : ReportWriter
{
    /// <summary>The SARIF schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The address SARIF viewers show as the tool's home: the package's page on NuGet.</summary>
    public const string InformationUri = "https://www.nuget.org/packages/PrivacyPrinciples";

    /// <summary>The name of the partial fingerprint each result carries.</summary>
    public const string FingerprintName = "privacyPrinciples/v1";

    /// <summary>The artifact a result points at when its report does not name its attestation's file.</summary>
    public const string UnknownSource = "attestation.json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable vendor text (é, &, '); SARIF viewers treat message text as plain text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public override string Format => "sarif";

    /// <inheritdoc/>
    public override string FileExtension => ".sarif";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var ruleSet = batch.HeadingRuleSet();
        var rules = ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active).ToArray();
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            ruleIndex[rules[i].Id] = i;
        }

        // Straight to the output, neutralised a buffer at a time: a batch's log runs to hundreds of
        // megabytes, which as one string would sit in memory several times over.
        using var sink = new NeutralisedJsonTextSink(writer, indent: string.Empty);
        using (var json = new Utf8JsonWriter(sink, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", batch.ToolName);
            json.WriteString("version", batch.ToolVersion);
            json.WriteString("semanticVersion", batch.ToolVersion);
            // The package's public page: where a developer reading a result learns what the tool is.
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, ruleSet, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            WriteInvocation(json, batch);
            // SourceLocations counts columns in Unicode scalar values, as editors show them.
            json.WriteString("columnKind", "unicodeCodePoints");
            json.WriteStartArray("results");
            foreach (var report in batch.Reports)
            {
                // Gaps, and claims credited but with questions still open (unsupported, partly
                // evidenced): vendors look here, so the open questions must be here too.
                foreach (var result in report.Expectations.Where(e => e.IsGap || e.FollowUps.Count > 0))
                {
                    WriteResult(json, batch, report, result, ruleIndex);
                }
            }

            json.WriteEndArray();
            WriteRunProperties(json, ruleSet);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        sink.Flush(final: true);
        writer.Write('\n');
    }

    /// <summary>
    /// The inputs that could not be read, as error notifications of the run's one invocation, which
    /// then did not succeed: code scanning and other consumers show them, where a missing result
    /// alone would say nothing. Then each report's notes (<see cref="EvaluationReport.Notes"/>), as
    /// notifications of level <c>note</c>. Nothing at all when every input was read and no report
    /// has a note, so such logs keep their bytes.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter json, ReportBatch batch)
    {
        var noted = batch.Reports.Any(r => r.Notes.Count > 0);
        if (!batch.HasUnreadInputs && !noted)
        {
            return;
        }

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !batch.HasUnreadInputs);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var input in batch.UnreadInputs)
        {
            var first = input.Errors.Count > 0 ? input.Errors[0] : null;
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", first?.Code ?? Serialization.InputErrorCodes.Unreadable);
            json.WriteEndObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", input.Name + " could not be read, so no result is reported for it: "
                + (input.Errors.Count == 0 ? "no reason given." : string.Join(" ", input.Errors.Select(e => Sentence(e.Code + ": " + e.Message + " (" + UnreadWhere(e) + ")")))));
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(input.Source));
            json.WriteEndObject();
            // The first error with a position; a stream's errors carry the stream's line.
            if (input.Located is { Line: int line } located)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(1, line));
                if (located.Column is int column)
                {
                    json.WriteNumber("startColumn", Math.Max(1, column));
                }

                json.WriteEndObject();
            }
            else if (input.Line is int streamLine)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(1, streamLine));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (UnreadNotListed(batch) is { Length: > 0 } more)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", Serialization.InputErrorCodes.TooManyErrors);
            json.WriteEndObject();
            json.WriteString("level", "error");
            json.WriteStartObject("message");
            json.WriteString("text", more);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        foreach (var report in batch.Reports)
        {
            foreach (var note in report.Notes)
            {
                WriteNote(json, report, note);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// One note of a report. Notes are not results: they judge no expectation, so they carry no rule
    /// and raise no code-scanning alert to be tracked or dismissed, but they are said where the
    /// log's reader looks for what the run noticed (the text, Markdown, HTML and JSON reports all
    /// show them). The descriptor is the reason code; the location is the attestation, at the
    /// pointer's line and column where the note has a pointer that can be found.
    /// </summary>
    private static void WriteNote(Utf8JsonWriter json, EvaluationReport report, Reason note)
    {
        var a = report.Attestation;
        json.WriteStartObject();
        json.WriteStartObject("descriptor");
        json.WriteString("id", note.Code);
        json.WriteEndObject();
        json.WriteString("level", "note");
        json.WriteStartObject("message");
        json.WriteString("text", Sentence(a.Vendor + " — " + a.Service + (a.Tier is null ? string.Empty : " (" + a.Tier + ")") + ": " + note.Message));
        json.WriteEndObject();
        (int Line, int Column)? region = null;
        if (note.Pointer.Length > 0 && report.Locations is { } locations && locations.TryLocate(note.Pointer, out var line, out var column))
        {
            region = (line, column);
        }

        WriteLocations(json, a.Source, region);
        if (note.Pointer.Length > 0)
        {
            // The pointer itself, for a consumer that reads the attestation as JSON rather than as lines.
            json.WriteStartObject("properties");
            json.WriteString("pointer", note.Pointer);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    // One location in the attestation file, with a region where its line and column are known.
    private static void WriteLocations(Utf8JsonWriter json, string? source, (int Line, int Column)? region)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(source));
        json.WriteEndObject();
        if (region is var (line, column))
        {
            // SARIF lines and columns are 1-based; 0 would make the log invalid.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, line));
            json.WriteNumber("startColumn", Math.Max(1, column));
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    // A message's sentences end with a full stop, as SARIF viewers expect.
    private static string Sentence(string text) => text.Length > 0 && text[text.Length - 1] == '.' ? text : text + ".";

    // A property bag naming the rule set (and tailoring profile) the results were judged against.
    private static void WriteRunProperties(Utf8JsonWriter json, RuleSet ruleSet)
    {
        var info = RuleSetInfo.Of(ruleSet);
        json.WriteStartObject("properties");
        json.WriteString("ruleSetId", ruleSet.Id);
        json.WriteString("ruleSetVersion", ruleSet.Version);
        json.WriteString("ruleSetDigest", info.Digest);
        json.WriteString("ruleSetOrigin", Name(info.Origin));
        json.WriteString("ruleSetProvenance", Provenance(info));
        if (ruleSet.Profile is { } profile)
        {
            json.WriteString("profileId", profile.Id);
            json.WriteString("profileVersion", profile.Version);
            json.WriteStartArray("tailoring");
            foreach (var change in Tailoring(info))
            {
                json.WriteStringValue(change);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleSet ruleSet, Expectation rule)
    {
        var principle = ruleSet.Principles.FirstOrDefault(p => string.Equals(p.Id, rule.Principle, StringComparison.Ordinal))?.Title ?? rule.Principle;
        var source = ReportText.Citations(ruleSet, rule);

        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalCase(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Rationale);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Remediation
            + (rule.Guidance is null ? string.Empty : "\n\nWhat a good answer contains: " + rule.Guidance)
            + "\n\nSource: " + source + ". Basis: " + ReportText.Basis(rule.Basis) + ".");
        json.WriteString("markdown", "**" + MarkdownText.Escape(rule.Id) + " " + MarkdownText.Escape(rule.Title) + "** (" + Name(rule.Level) + ", " + MarkdownText.Escape(principle) + ")\n\n"
            + MarkdownText.Escape(rule.Rationale)
            + "\n\n**What to do.** " + MarkdownText.Escape(rule.Remediation)
            + (rule.Guidance is null ? string.Empty : "\n\n**What a good answer contains.** " + MarkdownText.Escape(rule.Guidance))
            + "\n\n**Source.** " + MarkdownText.Escape(source) + ". **Basis.** " + MarkdownText.Escape(ReportText.Basis(rule.Basis)) + ".");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifLevel(rule.Level));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("privacy");
        json.WriteStringValue(principle);
        json.WriteEndArray();
        json.WriteString("security-severity", rule.Level switch
        {
            ExpectationLevel.Baseline => "8.0",
            ExpectationLevel.Expected => "5.0",
            _ => "2.0",
        });
        json.WriteString("precision", "high");
        json.WriteString("basis", Name(rule.Basis));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportBatch batch, EvaluationReport report, ExpectationResult result, Dictionary<string, int> ruleIndex)
    {
        var (line, column) = ReportBatch.Locate(report, FindingPointer(result));
        var message = result.Id + " " + result.Title + ": " + Name(result.Outcome) + (result.IsGap ? "." : ", with open questions.")
            + (result.FollowUps.Count > 0 ? " " + result.FollowUps[0].Question : string.Empty)
            + (result.FollowUps.Count > 1 ? $" ({Count(result.FollowUps.Count - 1)} more {(result.FollowUps.Count == 2 ? "question" : "questions")} in the report.)" : string.Empty);

        json.WriteStartObject();
        json.WriteString("ruleId", result.Id);
        if (ruleIndex.TryGetValue(result.Id, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        // A credited claim with open questions is a note, whatever its level: it asks, it does not fail.
        json.WriteString("level", result.IsGap ? SarifLevel(result.Level) : "note");
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
        WriteLocations(json, report.Attestation.Source, (line, column));
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, report.Attestation.VendorId + "/" + report.Attestation.Service + "/" + result.Id);
        json.WriteEndObject();
        if (result.IsWaived)
        {
            var waiver = ActiveWaiver(report, result.Id);
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", waiver is null
                ? "Waived."
                : waiver.Justification + " (approved by " + waiver.Approver + ", until " + Date(waiver.Expires) + ")");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string SarifLevel(ExpectationLevel level) => level switch
    {
        ExpectationLevel.Baseline => "error",
        ExpectationLevel.Expected => "warning",
        _ => "note",
    };

    /// <summary>A rule's friendly name: the title's words, capitalised and joined, without punctuation.</summary>
    internal static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return name.ToString();
    }

    /// <summary>
    /// A report's source as a URI reference: a relative path stays relative, with <c>/</c>
    /// separators and every character a URI path cannot hold (spaces, <c>%</c>, <c>#</c>, <c>?</c>,
    /// <c>:</c>, non-ASCII) percent-encoded as UTF-8; an absolute path (POSIX, Windows drive or UNC)
    /// becomes a <c>file:</c> URI. Code scanning wants paths relative to the repository root, so
    /// pass relative paths where you can.
    /// </summary>
    internal static string ArtifactUri(string? source)
    {
        var path = string.IsNullOrEmpty(source) ? UnknownSource : source!.Replace('\\', '/');

        // An absolute path is not a relative reference (SARIF1004), and a drive letter would read
        // as a URI scheme ("C:"): both become file URIs. A UNC path keeps its host.
        return path.Length >= 2 && path[1] == ':' && path[0] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? "file:///" + path[0] + ":" + EncodePath(path.Substring(2))
            : path.StartsWith("//", StringComparison.Ordinal) ? "file:" + EncodePath(path)
            : path[0] == '/' ? "file://" + EncodePath(path)
            : EncodePath(path);
    }

    private static string EncodePath(string path)
    {
        var uri = new StringBuilder(path.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' or '/' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '@')
            {
                uri.Append(c);
            }
            else
            {
                uri.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return uri.ToString();
    }
}
