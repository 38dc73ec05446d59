using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Cli.Outputs;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Cli.Interop.Oscal;

/// <summary>
/// A rule set as an OSCAL 1.0.4 catalog: each principle a group, each expectation a control with
/// its level, weight, basis, evidence class and audiences as properties, its statement, rationale,
/// remediation, answer guidance and checks as parts, and a link to each source document it cites,
/// which the back matter describes. A tailored rule set gives the catalog its profile resolves to.
/// The same rule set and date give the same bytes. Stateless and thread-safe.
/// </summary>
/// <remarks>See docs/interop.md for the mapping.</remarks>
internal static class OscalCatalogWriter
{
    /// <summary>The catalog's UUID: named after the rules' content digest, so the same rules always have the same catalog UUID.</summary>
    public static string CatalogUuid(string digest) => NameBasedUuid.Of("oscal/catalog/" + digest);

    /// <summary>The file name an OSCAL profile or assessment results point at for a rule set's catalog when not told otherwise.</summary>
    public static string DefaultFileName(string ruleSetId, string version) => Uri.EscapeDataString(ruleSetId + "-" + version) + ".catalog.json";

    /// <summary>The id of an expectation's statement part, which assessment findings target.</summary>
    public static string StatementId(string expectationId) => expectationId + "_smt";

    /// <summary>The id of an expectation's checks part.</summary>
    public static string ChecksId(string expectationId) => expectationId + "_chk";

    /// <summary>The id of an expectation's not-applicable part.</summary>
    public static string NotApplicableId(string expectationId) => expectationId + "_na";

    /// <summary>Writes the catalog.</summary>
    /// <param name="ruleSet">A valid rule set.</param>
    /// <param name="lastModified">The date the catalog says it was last modified.</param>
    /// <param name="title">The catalog's title; the rule set's title when null.</param>
    public static string Write(RuleSet ruleSet, DateTime lastModified, string? title = null)
    {
        var info = RuleSetInfo.Of(ruleSet);
        return OscalJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("catalog");
            json.WriteString("uuid", CatalogUuid(info.Digest));
            WriteMetadata(json, ruleSet, info, lastModified, title);
            json.WriteStartArray("groups");
            foreach (var principle in ruleSet.Principles)
            {
                var controls = ruleSet.Expectations.Where(e => string.Equals(e.Principle, principle.Id, StringComparison.Ordinal)).ToList();
                if (controls.Count > 0)
                {
                    WriteGroup(json, ruleSet, principle, controls);
                }
            }

            json.WriteEndArray();
            WriteBackMatter(json, ruleSet);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The properties a control carries for an expectation, in order; profiles replace them by name.</summary>
    public static IEnumerable<Prop?> ControlProps(Expectation expectation)
    {
        yield return Prop.Core("label", expectation.Id);
        yield return Prop.Of("level", ReportText.Name(expectation.Level));
        yield return Prop.Of("weight", OscalJson.Number(expectation.Weight));
        yield return Prop.Of("basis", ReportText.Name(expectation.Basis));
        yield return Prop.Of("evidence-class", expectation.EvidenceClass);
        yield return Prop.Of("not-applicable", ReportText.Name(expectation.NotApplicable));
        foreach (var raise in expectation.RaisedFor)
        {
            yield return Prop.Of("raised-for", ReportText.Name(raise.Audience) + ":" + ReportText.Name(raise.Level));
        }

        foreach (var audience in expectation.AppliesTo)
        {
            yield return Prop.Of("applies-to", ReportText.Name(audience));
        }

        if (expectation.Lifecycle == ExpectationLifecycle.Deprecated)
        {
            yield return Prop.Core("status", "withdrawn");
        }
    }

    /// <summary>Writes the checks part of an expectation, when it has checks.</summary>
    public static void WriteChecksPart(Utf8JsonWriter json, Expectation expectation) =>
        WriteConditionsPart(json, ChecksId(expectation.Id), "checks", "Checks on the attestation's facts", expectation.Checks);

    /// <summary>Writes the not-applicable part of an expectation, when a "not applicable" answer must meet conditions.</summary>
    public static void WriteNotApplicablePart(Utf8JsonWriter json, Expectation expectation) =>
        WriteConditionsPart(json, NotApplicableId(expectation.Id), "not-applicable-when", "A \"not applicable\" answer stands only when", expectation.NotApplicableWhen);

    // A list of conditions on facts, one bullet each, as the rule catalogue words them.
    private static void WriteConditionsPart(Utf8JsonWriter json, string id, string name, string title, IReadOnlyList<Condition> conditions)
    {
        if (conditions.Count == 0)
        {
            return;
        }

        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteString("ns", OscalJson.Namespace);
        json.WriteString("title", title);
        json.WriteString("prose", string.Join("\n", conditions.Select(c => "- " + OscalJson.Markup(RuleCatalogue.Describe(c)))));
        json.WriteEndObject();
    }

    /// <summary>The back-matter resource UUID of one of a rule set's source documents.</summary>
    public static string SourceUuid(RuleSet ruleSet, string sourceId) => NameBasedUuid.Of("oscal/source/" + ruleSet.Id + "/" + sourceId);

    private static void WriteMetadata(Utf8JsonWriter json, RuleSet ruleSet, RuleSetInfo info, DateTime lastModified, string? title)
    {
        json.WriteStartObject("metadata");
        json.WriteString("title", OscalJson.Markup(title ?? ruleSet.Title));
        json.WriteString("last-modified", OscalJson.Timestamp(lastModified));
        json.WriteString("version", ruleSet.Version);
        json.WriteString("oscal-version", OscalJson.Version);
        json.WriteStartArray("document-ids");
        json.WriteStartObject();
        json.WriteString("scheme", "urn:privacy-principles:rule-set");
        json.WriteString("identifier", ruleSet.Id);
        json.WriteEndObject();
        json.WriteEndArray();
        OscalJson.Props(json, RuleSetProps(info));
        if (ruleSet.Description is { } description && OscalJson.Markup(description) is { Length: > 0 } remarks)
        {
            json.WriteString("remarks", remarks);
        }

        json.WriteEndObject();
    }

    /// <summary>The properties naming a rule set and proving its content: id, version, digest, origin and any tailoring profile.</summary>
    public static IEnumerable<Prop?> RuleSetProps(RuleSetInfo info)
    {
        yield return Prop.Of("rule-set-id", info.Id);
        yield return Prop.Of("rule-set-version", info.Version);
        yield return Prop.Of("rule-set-digest", info.Digest);
        yield return Prop.Of("rule-set-origin", ReportText.Name(info.Origin));
        if (info.Profile is { } profile)
        {
            yield return Prop.Of("profile-id", profile.Id);
            yield return Prop.Of("profile-version", profile.Version);
            yield return Prop.Of("profile-base-digest", profile.BaseDigest);
        }
    }

    private static void WriteGroup(Utf8JsonWriter json, RuleSet ruleSet, Principle principle, IReadOnlyList<Expectation> controls)
    {
        json.WriteStartObject();
        json.WriteString("id", principle.Id);
        json.WriteString("class", "principle");
        json.WriteString("title", OscalJson.Markup(principle.Title));
        OscalJson.Props(json, [Prop.Core("label", principle.Id), Prop.Of("weight", OscalJson.Number(principle.Weight))]);
        json.WriteStartArray("parts");
        json.WriteStartObject();
        json.WriteString("id", principle.Id + "_ovw");
        json.WriteString("name", "overview");
        json.WriteString("prose", OscalJson.Markup(principle.Summary));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("controls");
        foreach (var expectation in controls)
        {
            WriteControl(json, ruleSet, expectation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteControl(Utf8JsonWriter json, RuleSet ruleSet, Expectation expectation)
    {
        json.WriteStartObject();
        json.WriteString("id", expectation.Id);
        json.WriteString("class", "expectation");
        json.WriteString("title", OscalJson.Markup(expectation.Title));
        OscalJson.Props(json, ControlProps(expectation));

        var links = expectation.Sources
            .Where(c => ruleSet.Sources.Any(s => string.Equals(s.Id, c.Document, StringComparison.Ordinal)))
            .Select(c => (Href: "#" + SourceUuid(ruleSet, c.Document), Rel: "reference", Text: OscalJson.Markup(c.Locator)))
            .ToList();
        if (expectation.Lifecycle == ExpectationLifecycle.Deprecated && expectation.ReplacedBy is { } replacement)
        {
            links.Add(("#" + replacement, "incorporated-into", OscalJson.Markup(replacement)));
        }

        OscalJson.Array(json, "links", links, (w, link) =>
        {
            w.WriteString("href", link.Href);
            w.WriteString("rel", link.Rel);
            w.WriteString("text", link.Text);
        });

        json.WriteStartArray("parts");
        Part(json, StatementId(expectation.Id), "statement", null, expectation.Title, core: true);
        Part(json, expectation.Id + "_gdn", "guidance", "Why the regulators expect it", expectation.Rationale, core: true);
        Part(json, expectation.Id + "_rem", "remediation", "What to do when it falls short", expectation.Remediation, core: false);
        if (expectation.Guidance is { } guidance)
        {
            Part(json, expectation.Id + "_obj", "assessment-objective", "What a good answer contains", guidance, core: true);
        }

        WriteChecksPart(json, expectation);
        WriteNotApplicablePart(json, expectation);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter json, string id, string name, string? title, string prose, bool core)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        if (!core)
        {
            json.WriteString("ns", OscalJson.Namespace);
        }

        if (title is not null)
        {
            json.WriteString("title", title);
        }

        json.WriteString("prose", OscalJson.Markup(prose));
        json.WriteEndObject();
    }

    private static void WriteBackMatter(Utf8JsonWriter json, RuleSet ruleSet)
    {
        if (ruleSet.Sources.Count == 0)
        {
            return;
        }

        json.WriteStartObject("back-matter");
        json.WriteStartArray("resources");
        foreach (var source in ruleSet.Sources)
        {
            json.WriteStartObject();
            json.WriteString("uuid", SourceUuid(ruleSet, source.Id));
            json.WriteString("title", OscalJson.Markup(source.Title));
            OscalJson.Props(json, [Prop.Of("source-id", source.Id), Prop.Of("publisher", source.Publisher), Prop.Of("published", ReportText.Date(source.Published))]);
            json.WriteStartObject("citation");
            json.WriteString("text", OscalJson.Markup(source.Publisher + ". " + source.Title + ". " + ReportText.Date(source.Published) + "."));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
