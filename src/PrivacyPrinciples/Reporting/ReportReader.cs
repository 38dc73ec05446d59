using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Reads evaluation reports written as JSON (one report, or an array of them as a folder
/// evaluation writes), for comparing rounds and gating on regressions. Reading never throws for
/// bad input. Thread-safe.
/// </summary>
public sealed class ReportReader
{
    internal static readonly DocumentLoader<EvaluationReport> SingleLoader =
        new(() => JsonSchemas.Report, () => Reporting.ReportJsonContext.Default.EvaluationReport, static (report, context) => CheckSemantics(report, string.Empty, context));

    internal static readonly DocumentLoader<IReadOnlyList<EvaluationReport>> ArrayLoader =
        new(ArraySchema, () => Reporting.ReportJsonContext.Default.IReadOnlyListEvaluationReport, static (reports, context) =>
        {
            for (var i = 0; i < reports.Count; i++)
            {
                CheckSemantics(reports[i], JsonPointer.Append(string.Empty, i), context);
            }
        });

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with limits suited to reports (16 MiB, 10,000 items per array).</summary>
    public ReportReader()
        : this(new ReaderOptions { MaxDocumentBytes = 16 * 1024 * 1024, MaxItems = 10_000 })
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ReportReader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a file holding one report or an array of reports.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The reports, in file order, or every problem found.</returns>
    public ReadResult<IReadOnlyList<EvaluationReport>> ReadFile(string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024, FileOptions.SequentialScan);
            Files.RunFiles.NoteRead(path);
            return Read(stream, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult<IReadOnlyList<EvaluationReport>>.Failure(
                [new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(ErrorMessages.WhyUnreadable(path, exception)), Source = path }],
                path);
        }
    }

    /// <summary>Reads one report or an array of reports from a stream, up to the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The reports, in document order, or every problem found.</returns>
    public ReadResult<IReadOnlyList<EvaluationReport>> Read(Stream stream, string source)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        source ??= string.Empty;
        try
        {
            if (!BoundedInput.TryRead(stream, _limits.MaxDocumentBytes, out var bytes, out var size))
            {
                return ReadResult<IReadOnlyList<EvaluationReport>>.Failure(
                    [new InputError { Code = InputErrorCodes.TooLarge, Message = ErrorMessages.DocumentTooLarge(size, _limits.MaxDocumentBytes), Source = source }],
                    source);
            }

            return Read(bytes, source);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return ReadResult<IReadOnlyList<EvaluationReport>>.Failure(
                [new InputError { Code = InputErrorCodes.Unreadable, Message = ErrorMessages.Unreadable(exception.Message), Source = source }],
                source);
        }
    }

    /// <summary>Reads one report or an array of reports from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The reports, in document order, or every problem found.</returns>
    public ReadResult<IReadOnlyList<EvaluationReport>> Read(ReadOnlyMemory<byte> utf8Json, string source) => Read(utf8Json.ToArray(), source ?? string.Empty);

    /// <summary>Reads one report or an array of reports from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The reports, in document order, or every problem found.</returns>
    public ReadResult<IReadOnlyList<EvaluationReport>> Read(string json, string source) =>
        Read(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty);

    private ReadResult<IReadOnlyList<EvaluationReport>> Read(byte[] utf8, string source)
    {
        // An array is told apart by its first significant character; anything else goes through the single-report schema.
        foreach (var b in utf8)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            if (b == (byte)'[')
            {
                return ArrayLoader.Load(utf8, source, _limits);
            }

            break;
        }

        var single = SingleLoader.Load(utf8, source, _limits);
        return single.Succeeded
            ? ReadResult<IReadOnlyList<EvaluationReport>>.Success([single.Value], source, single.Locations)
            : ReadResult<IReadOnlyList<EvaluationReport>>.Failure(single.Errors, source);
    }

    // Comparisons and gates look expectations and principles up by id: a report naming one twice
    // is not one the tool wrote, and no comparison of it would mean anything.
    private static void CheckSemantics(EvaluationReport report, string prefix, SemanticContext context)
    {
        var principles = new HashSet<string>(StringComparer.Ordinal);
        var expectations = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < report.Principles.Count; p++)
        {
            var principle = report.Principles[p];
            var at = JsonPointer.Append(prefix + "/principles", p);
            if (!principles.Add(principle.Id))
            {
                context.Add(InputErrorCodes.DuplicateReportId, ErrorMessages.DuplicateId("principle", principle.Id), at + "/id");
            }

            for (var e = 0; e < principle.Expectations.Count; e++)
            {
                if (!expectations.Add(principle.Expectations[e].Id))
                {
                    context.Add(InputErrorCodes.DuplicateReportId, ErrorMessages.DuplicateId("expectation", principle.Expectations[e].Id), JsonPointer.Append(at + "/expectations", e) + "/id");
                }
            }
        }
    }

    // The array schema is composed from the single-report schema, so there is only one to maintain.
    private static string ArraySchema()
    {
        var report = JsonNode.Parse(JsonSchemas.Report)!.AsObject();
        var definitions = report["$defs"]!.AsObject();
        report.Remove("$defs");
        report.Remove("$schema");
        report.Remove("$id");
        definitions.Add("report", report);
        var root = new JsonObject
        {
            ["type"] = "array",
            ["items"] = new JsonObject { ["$ref"] = "#/$defs/report" },
            ["$defs"] = definitions,
        };
        return root.ToJsonString();
    }
}
