using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Reads evaluation reports written as JSON (one report, or an array of them as a folder
/// evaluation writes), for comparing rounds and gating on regressions. Reading never throws for
/// bad input. Thread-safe.
/// </summary>
public sealed class ReportReader
{
    private static readonly DocumentLoader<EvaluationReport> SingleLoader =
        new(() => JsonSchemas.Report, ModelJsonContext.Default.EvaluationReport, static (_, _) => { });

    private static readonly DocumentLoader<IReadOnlyList<EvaluationReport>> ArrayLoader =
        new(ArraySchema, ModelJsonContext.Default.IReadOnlyListEvaluationReport, static (_, _) => { });

    private readonly ReaderLimits _limits;

    /// <summary>Creates a reader with limits suited to reports (16 MiB, 10,000 items per array).</summary>
    public ReportReader()
        : this(new ReaderLimits { MaxDocumentBytes = 16 * 1024 * 1024, MaxItems = 10_000 })
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public ReportReader(ReaderLimits limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a file holding one report or an array of reports.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The reports, in file order, or every problem found.</returns>
    public ReadResult<IReadOnlyList<EvaluationReport>> ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path ?? throw new ArgumentNullException(nameof(path)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Let the loader produce the usual unreadable-input error.
            return ArrayLoader.LoadFile(path, _limits);
        }

        return Read(bytes, path);
    }

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
