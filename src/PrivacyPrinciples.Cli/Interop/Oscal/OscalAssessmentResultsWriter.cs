using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization.Json;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Cli.Interop.Oscal;

/// <summary>
/// Evaluations as one OSCAL 1.0.4 assessment results document: one result per attestation, and in
/// each, for every expectation, an observation (what was claimed and decided, with the evidence
/// cited as relevant evidence) and a finding (satisfied or not, targeting the expectation's
/// statement in the catalog, with the claimed implementation status); every follow-up question is
/// a risk the finding and observation point to; the score, rating and baseline gate are the
/// result's properties. The inputs of the batch that could not be read
/// (<see cref="ReportBatch.UnreadInputs"/>) are one more result, last, whose assessment log names
/// each and why; a batch whose every input was read has no such result. The same reports give the
/// same bytes. Stateless apart from the records it is given; thread-safe.
/// </summary>
/// <remarks>See docs/interop.md for the mapping.</remarks>
internal sealed partial class OscalAssessmentResultsWriter(AttestationRecords records) : ReportWriter
{
    public const string FormatName = "oscal-assessment-results";

    public override string Format => FormatName;

    public override string FileExtension => ".json";

    public override void Write(ReportBatch batch, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(writer);
        if (batch.Reports.Count == 0)
        {
            throw new OutputException("no attestation could be evaluated, so no OSCAL assessment results were written (OSCAL needs at least one result)");
        }

        // The tool judges a batch by one rule set, but reports gathered otherwise may hold several:
        // each result points at the catalog of its own, and the plan names them all.
        var ruleSets = batch.Reports.Select(r => r.RuleSet).DistinctBy(r => r.Digest, StringComparer.Ordinal).ToList();
        var evaluatedOn = batch.Reports[0].EvaluatedOn;
        var results = batch.Reports.Select(r => (Report: r, Uuid: NameBasedUuid.Of("oscal/result/" + ReportDigest(r)))).ToList();
        var planResource = NameBasedUuid.Of("oscal/resource/plan/" + string.Join("/", ruleSets.Select(r => r.Digest)));
        var unread = batch.HasUnreadInputs ? NameBasedUuid.Of("oscal/result/unread-inputs/" + UnreadDigest(batch)) : null;
        var resultUuids = unread is null ? results.Select(r => r.Uuid) : results.Select(r => r.Uuid).Append(unread);

        OscalJson.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("assessment-results");
            json.WriteString("uuid", NameBasedUuid.Of("oscal/assessment-results/" + string.Join("/", resultUuids)));
            json.WriteStartObject("metadata");
            json.WriteString("title", OscalJson.Markup("Privacy attestations evaluated against " + string.Join(" and ", ruleSets.Select(r => r.Title + " " + r.Version))));
            json.WriteString("last-modified", OscalJson.Timestamp(evaluatedOn));
            json.WriteString("version", Date(evaluatedOn));
            json.WriteString("oscal-version", OscalJson.Version);
            OscalJson.Props(json, [Prop.Of("tool", batch.ToolName), Prop.Of("tool-version", batch.ToolVersion)]);
            json.WriteEndObject();
            json.WriteStartObject("import-ap");
            json.WriteString("href", "#" + planResource);
            json.WriteString("remarks", ruleSets.Count == 1
                ? "There is no separate OSCAL assessment plan: the plan is to evaluate each attestation against the rule set named in the back matter."
                : "There is no separate OSCAL assessment plan: the plan is to evaluate each attestation against the version of the rule set it answers, each named in the back matter.");
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var (report, uuid) in results)
            {
                WriteResult(json, report, uuid, CatalogResource(report.RuleSet));
            }

            if (unread is not null)
            {
                WriteUnreadResult(json, batch, unread, evaluatedOn);
            }

            json.WriteEndArray();
            WriteBackMatter(json, ruleSets, planResource);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    // A report's content identity: the same report (rules, attestation, date, waivers) always has the same result UUID.
    // The SHA-256 of the report's JSON document (as the json format writes it), taken as it is
    // written rather than of the document held as one string.
    private static string ReportDigest(EvaluationReport report)
    {
        using var digest = new Utf8DigestWriter();
        JsonDocumentText.Write(digest, report, ReportJsonContext.Default.EvaluationReport, indent: string.Empty);
        digest.Write('\n');
        return digest.Digest();
    }

    // The unread inputs' identity: the same inputs with the same errors always have the same UUIDs.
    private static string UnreadDigest(ReportBatch batch)
    {
        using var digest = new Utf8DigestWriter();
        foreach (var input in batch.UnreadInputs)
        {
            digest.Write(input.Name);
            foreach (var error in input.Errors)
            {
                digest.Write('\0');
                digest.Write(error.Code + "\0" + error.Message + "\0" + UnreadWhere(error));
            }

            digest.Write('\n');
        }

        digest.Write(Count(batch.UnreadInputsNotListed));
        return digest.Digest();
    }

    // The inputs that could not be read. An input that could not be read was never assessed, so it
    // has no observation (OSCAL's observations are what was seen of the thing assessed) and no
    // finding (a determination about a control); what OSCAL has for "this could not be done" is
    // the assessment log, which records what happened while the assessment was carried out. The
    // log belongs to a result, and each attestation's result is about that attestation alone, so
    // the unread inputs are a result of their own, last: its reviewed controls say that none was
    // assessed (never include-all, which with no findings would read as all clear), its props
    // count them, and its log has one entry per input, with every error, and one for those counted
    // but not listed.
    private static void WriteUnreadResult(Utf8JsonWriter json, ReportBatch batch, string uuid, DateTime evaluatedOn)
    {
        var count = batch.UnreadInputs.Count + batch.UnreadInputsNotListed;
        var start = OscalJson.Timestamp(evaluatedOn);
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", OscalJson.Markup(UnreadHeading));
        json.WriteString("description", OscalJson.Markup(
            (count == 1 ? "1 input" : Count(count) + " inputs") + " could not be read, so no control was assessed for "
            + (count == 1 ? "it" : "them") + " and this document has no finding about " + (count == 1 ? "it" : "them")
            + ": fix " + (count == 1 ? "it" : "them") + " and run again. The assessment log names " + (count == 1 ? "it" : "each") + " and why."));
        json.WriteString("start", start);
        OscalJson.Props(json, [
            Prop.Of("unread-inputs", Count(count)),
            batch.UnreadInputsNotListed > 0 ? Prop.Of("unread-inputs-not-listed", Count(batch.UnreadInputsNotListed)) : null,
        ]);
        json.WriteStartObject("reviewed-controls");
        json.WriteString("description", "None: an input that could not be read has nothing to assess.");
        json.WriteStartArray("control-selections");
        json.WriteStartObject();
        json.WriteString("description", "None.");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("assessment-log");
        json.WriteStartArray("entries");
        var index = 0;
        foreach (var input in batch.UnreadInputs)
        {
            json.WriteStartObject();
            json.WriteString("uuid", NameBasedUuid.Of($"oscal/log-entry/{uuid}/{Count(index++)}"));
            json.WriteString("title", OscalJson.Markup(input.Name + " could not be read"));
            json.WriteString("description", OscalJson.Markup(input.Errors.Count == 0
                ? "No reason given."
                : string.Join(" ", input.Errors.Select(e => Sentence(e.Code + ": " + e.Message + " (" + UnreadWhere(e) + ")")))));
            json.WriteString("start", start);
            OscalJson.Props(json, UnreadProps(input));
            json.WriteEndObject();
        }

        if (UnreadNotListed(batch) is { Length: > 0 } more)
        {
            json.WriteStartObject();
            json.WriteString("uuid", NameBasedUuid.Of($"oscal/log-entry/{uuid}/{Count(index)}"));
            json.WriteString("title", OscalJson.Markup(more));
            json.WriteString("start", start);
            OscalJson.Props(json, [Prop.Of("not-listed", Count(batch.UnreadInputsNotListed))]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static IEnumerable<Prop?> UnreadProps(UnreadInput input)
    {
        yield return Prop.Of("source", input.Source);
        yield return input.Line is int line ? Prop.Of("line", Count(line)) : null;
        foreach (var code in input.Errors.Select(e => e.Code).Distinct(StringComparer.Ordinal))
        {
            yield return Prop.Of("error-code", code);
        }
    }

    // A sentence ends with a full stop, as the other formats' messages do.
    private static string Sentence(string text) => text.Length > 0 && text[text.Length - 1] == '.' ? text : text + ".";

    private void WriteResult(Utf8JsonWriter json, EvaluationReport report, string uuid, string catalogResource)
    {
        var attestation = report.Attestation;
        var record = records.Find(attestation.Source);
        var gate = report.BaselineGatePassed ? "passed" : "failed";
        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", OscalJson.Markup(attestation.Vendor + ", " + attestation.Service + (attestation.Tier is null ? string.Empty : " (" + attestation.Tier + ")")));
        json.WriteString("description", OscalJson.Markup(
            $"The attestation of {Date(attestation.AttestedOn)} by {AssessedBy(attestation)}, evaluated on {Date(report.EvaluatedOn)} against {report.RuleSet.Id} {report.RuleSet.Version}: "
            + $"score {OneDecimal(report.Score)} (implementation {OneDecimal(report.Implementation)}, assurance {OneDecimal(report.Assurance)}), rating {RatingName(report.Rating)}; "
            + (report.BaselineGatePassed ? "baseline gate passed." : $"baseline gate failed: {string.Join(", ", report.BaselineGaps.Select(g => g.ExpectationId + " " + Name(g.Outcome) + (g.IsWaived ? " (waived)" : string.Empty)))}.")));
        json.WriteString("start", OscalJson.Timestamp(report.EvaluatedOn));
        OscalJson.Props(json, ResultProps(report, record, gate));
        json.WriteStartObject("reviewed-controls");
        json.WriteString("description", OscalJson.Markup($"Every active expectation of {report.RuleSet.Id} {report.RuleSet.Version} ({report.RuleSet.Digest})."));
        json.WriteStartArray("links");
        json.WriteStartObject();
        json.WriteString("href", "#" + catalogResource);
        json.WriteString("rel", "catalog");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("control-selections");
        json.WriteStartObject();
        json.WriteStartObject("include-all");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();

        var expectations = report.Expectations.ToList();
        string Observation(ExpectationResult e) => NameBasedUuid.Of($"oscal/observation/{uuid}/{e.Id}");
        string Risk(ExpectationResult e, int i) => NameBasedUuid.Of($"oscal/risk/{uuid}/{e.Id}/{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        // Each cited piece of evidence by id, the first declaration of an id as the reader keeps it:
        // looked up once per finding, not searched for.
        var evidence = new Dictionary<string, Evidence>(StringComparer.Ordinal);
        foreach (var item in record?.Evidence ?? [])
        {
            evidence.TryAdd(item.Id, item);
        }

        OscalJson.Array(json, "observations", expectations, (w, e) => WriteObservation(w, report, e, evidence, Observation(e)));
        var risks = expectations.SelectMany(e => e.FollowUps.Select((q, i) => (Expectation: e, Question: q, Uuid: Risk(e, i)))).ToList();
        OscalJson.Array(json, "risks", risks, (w, r) => WriteRisk(w, r.Expectation, r.Question, r.Uuid, Observation(r.Expectation)));
        OscalJson.Array(json, "findings", expectations, (w, e) => WriteFinding(w, report, e, uuid, Observation(e), [.. e.FollowUps.Select((_, i) => Risk(e, i))]));
        json.WriteEndObject();
    }

    private static IEnumerable<Prop?> ResultProps(EvaluationReport report, AttestationRecord? record, string gate)
    {
        var attestation = report.Attestation;
        yield return Prop.Of("vendor-id", attestation.VendorId);
        yield return Prop.Of("vendor", attestation.Vendor);
        yield return Prop.Of("service", attestation.Service);
        yield return Prop.Of("tier", attestation.Tier);
        yield return Prop.Of("attested-on", Date(attestation.AttestedOn));
        yield return Prop.Of("assessed-by", Name(attestation.AssessedBy));
        yield return Prop.Of("assessor", attestation.Assessor);
        yield return Prop.Of("source", attestation.Source);
        yield return Prop.Of("source-sha256", record?.Sha256);
        foreach (var audience in attestation.Audiences)
        {
            yield return Prop.Of("audience", Name(audience));
        }

        // Nothing in scope: no score or rating props (the description says "not rated").
        yield return Prop.Of("score", report.Score is { } score ? UpToTwoDecimals(score) : null);
        yield return Prop.Of("implementation", report.Implementation is { } implementation ? UpToTwoDecimals(implementation) : null);
        yield return Prop.Of("assurance", report.Assurance is { } assurance ? UpToTwoDecimals(assurance) : null);
        yield return Prop.Of("rating", report.Rating is { } rating ? Name(rating) : null);
        yield return Prop.Of("uncapped-rating", report.UncappedRating is { } uncapped ? Name(uncapped) : null);
        yield return Prop.Of("baseline-gate", gate);
        yield return Prop.Of("baseline-gaps", Count(report.BaselineGaps.Count));
        yield return Prop.Of("expectations", Count(report.Coverage.Expectations));
        yield return Prop.Of("in-scope", Count(report.Coverage.InScope));
        yield return Prop.Of("answered", Count(report.Coverage.Answered));
        yield return Prop.Of("not-answered", Count(report.Coverage.NotAnswered));
        yield return Prop.Of("not-applicable", Count(report.Coverage.NotApplicable));
        yield return Prop.Of("unverified", Count(report.Coverage.Unverified));
        yield return Prop.Of("contradictions", Count(report.Contradictions.Count));
        foreach (var prop in OscalCatalogWriter.RuleSetProps(report.RuleSet))
        {
            yield return prop;
        }
    }

    private static void WriteObservation(Utf8JsonWriter json, EvaluationReport report, ExpectationResult result, Dictionary<string, Evidence> evidenceById, string uuid)
    {
        json.WriteString("uuid", uuid);
        json.WriteString("title", OscalJson.Markup(result.Id + " " + result.Title));
        var claimed = result.Status is { } status ? "Claimed " + Name(status) + "; decided " + Name(result.Outcome) + "." : "Not answered; decided " + Name(result.Outcome) + ".";
        json.WriteString("description", OscalJson.Markup(claimed + (result.Reasons.Count == 0 ? string.Empty : " " + string.Join(" ", result.Reasons.Select(r => r.Message)))));
        OscalJson.Props(json, ObservationProps(result));
        OscalJson.Strings(json, "methods", ["EXAMINE"]);
        var evidence = result.Evidence.ToList();
        OscalJson.Array(json, "relevant-evidence", evidence, (w, finding) => WriteEvidence(w, finding, evidenceById.GetValueOrDefault(finding.Ref)));
        json.WriteString("collected", OscalJson.Timestamp(report.EvaluatedOn));
    }

    private static IEnumerable<Prop?> ObservationProps(ExpectationResult result)
    {
        yield return Prop.Of("expectation-id", result.Id);
        yield return Prop.Of("principle", result.Principle);
        yield return Prop.Of("claimed", result.Status is { } status ? Name(status) : "notAnswered");
        yield return Prop.Of("outcome", Name(result.Outcome));
        yield return Prop.Of("level", Name(result.Level));
        yield return Prop.Of("base-level", Name(result.BaseLevel));
        yield return Prop.Of("tailored-level", Name(result.TailoredLevel));
        foreach (var audience in result.RaisedBy)
        {
            yield return Prop.Of("raised-by", Name(audience));
        }

        yield return Prop.Of("basis", Name(result.Basis));
        yield return Prop.Of("weight", UpToTwoDecimals(result.Weight));
        yield return result.Implementation is double implementation ? Prop.Of("implementation", UpToTwoDecimals(implementation)) : null;
        yield return result.Assurance is double assurance ? Prop.Of("assurance", UpToTwoDecimals(assurance)) : null;
        yield return result.Score is double score ? Prop.Of("score", UpToTwoDecimals(score)) : null;
        foreach (var aspect in result.AssuranceAspects)
        {
            yield return Prop.Of("assurance-aspect", Name(aspect));
        }
    }

    private static void WriteEvidence(Utf8JsonWriter json, EvidenceFinding finding, Evidence? declared)
    {
        if (declared is not null && IsLink(declared.Reference))
        {
            json.WriteString("href", declared.Reference);
        }

        var shows = finding.Shows switch
        {
            EvidencePurpose.Achieve => "how the measure is achieved",
            EvidencePurpose.Monitor => "how the measure is monitored",
            _ => "how the measure is validated",
        };
        var what = declared is null
            ? $"Evidence '{finding.Ref}', which the attestation does not declare"
            : $"{declared.Title ?? Name(declared.Kind)} ('{declared.Id}', {Name(declared.Kind)}, reference {declared.Reference}, issued {Date(declared.Issued)}"
                + (declared.Expires is DateTime expires ? ", expires " + Date(expires) : string.Empty)
                + (declared.Independent ? ", independent, issued by " + (declared.Issuer ?? "an unnamed party") : string.Empty) + ")";
        json.WriteString("description", OscalJson.Markup($"{what}, cited as showing {shows}: {Name(finding.Verdict)}" + (finding.CountsAs is { } counts && counts != finding.Shows ? ", counted as " + Name(counts) : string.Empty) + "."));
        OscalJson.Props(json, [
            Prop.Of("evidence-id", finding.Ref),
            declared is null ? null : Prop.Of("evidence-kind", Name(declared.Kind)),
            Prop.Of("shows", Name(finding.Shows)),
            Prop.Of("verdict", Name(finding.Verdict)),
            finding.CountsAs is { } countsAs ? Prop.Of("counts-as", Name(countsAs)) : null,
            declared is { Independent: true } ? Prop.Of("independent", "true") : null,
        ]);
    }

    private static void WriteRisk(Utf8JsonWriter json, ExpectationResult result, FollowUpQuestion question, string uuid, string observation)
    {
        json.WriteString("uuid", uuid);
        json.WriteString("title", OscalJson.Markup(result.Id + ": " + Name(question.Kind)));
        json.WriteString("description", OscalJson.Markup(question.Question));
        json.WriteString("statement", OscalJson.Markup($"Until this is answered, {result.Id} ({result.Title}) stands as {Name(result.Outcome)}" + (result.IsGap ? ", a gap." : ", credited with an open question.")));
        OscalJson.Props(json, [Prop.Of("expectation-id", result.Id), Prop.Of("follow-up-kind", Name(question.Kind)), Prop.Of("pointer", question.Pointer)]);
        // A waived gap's questions stay open, but the gap itself is an accepted deviation.
        json.WriteString("status", result.IsWaived ? "deviation-approved" : "open");
        json.WriteStartArray("related-observations");
        json.WriteStartObject();
        json.WriteString("observation-uuid", observation);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter json, EvaluationReport report, ExpectationResult result, string resultUuid, string observation, IReadOnlyList<string> risks)
    {
        var satisfied = result.Outcome is Outcome.Met or Outcome.NotApplicable;
        json.WriteString("uuid", NameBasedUuid.Of($"oscal/finding/{resultUuid}/{result.Id}"));
        json.WriteString("title", OscalJson.Markup(result.Id + " " + result.Title + ": " + Name(result.Outcome)));
        var waived = WaivedNote(report, result);
        json.WriteString("description", OscalJson.Markup(
            $"{result.Id} ({Level(result)}) is {Name(result.Outcome)}"
            + (result.Score is double score ? $", scoring {OneDecimal(score)}" : string.Empty)
            + (result.IsBaselineGap ? "; a baseline expectation not met, which fails the baseline gate" : string.Empty)
            + (waived is null ? "." : "; " + waived + ".")));
        OscalJson.Props(json, [
            Prop.Of("expectation-id", result.Id),
            Prop.Of("outcome", Name(result.Outcome)),
            Prop.Of("level", Name(result.Level)),
            Prop.Of("gap", result.IsGap ? "true" : "false"),
            Prop.Of("baseline-gap", result.IsBaselineGap ? "true" : "false"),
            result.IsWaived ? Prop.Of("waived", "true") : null,
        ]);
        json.WriteStartObject("target");
        json.WriteString("type", "statement-id");
        json.WriteString("target-id", OscalCatalogWriter.StatementId(result.Id));
        json.WriteStartObject("status");
        json.WriteString("state", satisfied ? "satisfied" : "not-satisfied");
        json.WriteString("reason", result.Outcome == Outcome.Met ? "pass" : satisfied ? "other" : "fail");
        if (result.Outcome == Outcome.NotApplicable)
        {
            json.WriteString("remarks", OscalJson.Markup("Not applicable: " + NotApplicableReason(result)));
        }

        json.WriteEndObject();
        if (ImplementationState(result.Status) is { } state)
        {
            json.WriteStartObject("implementation-status");
            json.WriteString("state", state);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("related-observations");
        json.WriteStartObject();
        json.WriteString("observation-uuid", observation);
        json.WriteEndObject();
        json.WriteEndArray();
        OscalJson.Array(json, "related-risks", risks, (w, risk) => w.WriteString("risk-uuid", risk));
    }

    // OSCAL 1.0.4's implementation states; "not implemented" and "undetermined" have none and are left out.
    private static string? ImplementationState(AnswerStatus? status) => status switch
    {
        AnswerStatus.Implemented => "implemented",
        AnswerStatus.Partial => "partial",
        AnswerStatus.Planned => "planned",
        AnswerStatus.NotApplicable => "not-applicable",
        _ => null,
    };

    private static string CatalogResource(RuleSetInfo info) => NameBasedUuid.Of("oscal/resource/catalog/" + info.Digest);

    private static void WriteBackMatter(Utf8JsonWriter json, IReadOnlyList<RuleSetInfo> ruleSets, string planResource)
    {
        json.WriteStartObject("back-matter");
        json.WriteStartArray("resources");
        json.WriteStartObject();
        json.WriteString("uuid", planResource);
        json.WriteString("title", "Assessment plan");
        var against = string.Join(" or ", ruleSets.Select(r => $"{r.Id} {r.Version}, whose content digest is {r.Digest}"));
        json.WriteString("description", OscalJson.Markup($"Evaluate each attestation with PrivacyPrinciples against {against}: every answer is decided against the expectation's checks and the evidence it cites, and scored as docs/scoring.md describes."));
        OscalJson.Props(json, ruleSets.SelectMany(OscalCatalogWriter.RuleSetProps));
        json.WriteEndObject();
        foreach (var info in ruleSets)
        {
            WriteCatalogResource(json, info);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCatalogResource(Utf8JsonWriter json, RuleSetInfo info)
    {
        json.WriteStartObject();
        json.WriteString("uuid", CatalogResource(info));
        json.WriteString("title", OscalJson.Markup("Catalog of " + info.Id + " " + info.Version));
        OscalJson.Props(json, [Prop.Of("rule-set-id", info.Id), Prop.Of("rule-set-version", info.Version), Prop.Of("rule-set-digest", info.Digest)]);
        json.WriteStartArray("rlinks");
        json.WriteStartObject();
        json.WriteString("href", OscalCatalogWriter.DefaultFileName(info.Id, info.Version));
        json.WriteString("media-type", OscalJson.CatalogMediaType);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // Only a plain http(s) address becomes an href: anything else stays in the description, so the document always validates.
    private static bool IsLink(string reference) => LinkPattern().IsMatch(reference);

    [GeneratedRegex(@"\Ahttps?://(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+\z", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
