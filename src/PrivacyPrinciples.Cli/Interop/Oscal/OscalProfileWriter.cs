using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Cli.Interop.Oscal;

/// <summary>
/// A tailoring profile as an OSCAL 1.0.4 profile: it imports the base rule set's catalog (a
/// back-matter resource pointing at the catalog file), leaves out what the profile excludes, and
/// alters each control the profile modifies (removing the properties or parts that changed and
/// adding the tailored ones). Expectations the profile adds cannot come from the base catalog:
/// they travel as a small catalog of their own, embedded in the back matter and imported beside it.
/// The same profile and date give the same bytes. Stateless and thread-safe.
/// </summary>
/// <remarks>See docs/interop.md for the mapping.</remarks>
internal static class OscalProfileWriter
{
    /// <summary>Writes the profile.</summary>
    /// <param name="tailored">A rule set resolved from a tailoring profile (<see cref="RuleSet.Profile"/> is set).</param>
    /// <param name="lastModified">The date the profile says it was last modified.</param>
    /// <param name="catalogHref">Where the base rule set's OSCAL catalog is, relative to the profile or absolute.</param>
    /// <exception cref="ArgumentException">The rule set was not resolved from a profile.</exception>
    public static string Write(RuleSet tailored, DateTime lastModified, string catalogHref)
    {
        var profile = tailored.Profile ?? throw new ArgumentException("The rule set was not resolved from a tailoring profile.", nameof(tailored));
        var info = RuleSetInfo.Of(tailored);
        var baseName = profile.BaseDigest ?? tailored.Id + "@" + tailored.Version;
        var baseResource = NameBasedUuid.Of("oscal/resource/catalog/" + baseName);
        var excluded = profile.Changes.Where(c => c.Kind == TailoringChangeKind.Excluded).Select(c => c.ExpectationId).ToList();
        var addedIds = new HashSet<string>(profile.Changes.Where(c => c.Kind == TailoringChangeKind.Added).Select(c => c.ExpectationId), StringComparer.Ordinal);
        var added = tailored.Expectations.Where(e => addedIds.Contains(e.Id)).ToList();
        var additionsResource = NameBasedUuid.Of("oscal/resource/additions/" + info.Digest);

        return OscalJson.Document(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("profile");
            json.WriteString("uuid", NameBasedUuid.Of("oscal/profile/" + info.Digest));
            json.WriteStartObject("metadata");
            json.WriteString("title", OscalJson.Markup(profile.Title));
            json.WriteString("last-modified", OscalJson.Timestamp(lastModified));
            json.WriteString("version", profile.Version);
            json.WriteString("oscal-version", OscalJson.Version);
            json.WriteStartArray("document-ids");
            json.WriteStartObject();
            json.WriteString("scheme", "urn:privacy-principles:profile");
            json.WriteString("identifier", profile.Id);
            json.WriteEndObject();
            json.WriteEndArray();
            OscalJson.Props(json, [
                Prop.Of("profile-id", profile.Id),
                Prop.Of("profile-version", profile.Version),
                Prop.Of("base-rule-set-id", tailored.Id),
                Prop.Of("base-rule-set-version", tailored.Version),
                Prop.Of("base-rule-set-digest", profile.BaseDigest),
                Prop.Of("tailored-digest", info.Digest),
            ]);
            json.WriteEndObject();

            json.WriteStartArray("imports");
            json.WriteStartObject();
            json.WriteString("href", "#" + baseResource);
            json.WriteStartObject("include-all");
            json.WriteEndObject();
            if (excluded.Count > 0)
            {
                json.WriteStartArray("exclude-controls");
                json.WriteStartObject();
                OscalJson.Strings(json, "with-ids", excluded);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            if (added.Count > 0)
            {
                json.WriteStartObject();
                json.WriteString("href", "#" + additionsResource);
                json.WriteStartObject("include-all");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("merge");
            json.WriteBoolean("as-is", true);
            json.WriteEndObject();
            WriteModify(json, tailored, profile);

            json.WriteStartObject("back-matter");
            json.WriteStartArray("resources");
            json.WriteStartObject();
            json.WriteString("uuid", baseResource);
            json.WriteString("title", OscalJson.Markup("Catalog of " + tailored.Id + " " + tailored.Version));
            OscalJson.Props(json, [Prop.Of("rule-set-id", tailored.Id), Prop.Of("rule-set-version", tailored.Version), Prop.Of("rule-set-digest", profile.BaseDigest)]);
            json.WriteStartArray("rlinks");
            json.WriteStartObject();
            json.WriteString("href", catalogHref);
            json.WriteString("media-type", OscalJson.CatalogMediaType);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            if (added.Count > 0)
            {
                WriteAdditions(json, tailored, profile, added, additionsResource, lastModified);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    // One alter per modified control, in the tailored rule set's order: what changed is removed by name (or part id) and added anew.
    private static void WriteModify(Utf8JsonWriter json, RuleSet tailored, ProfileReference profile)
    {
        var alters = new List<(Expectation Expectation, List<TailoringChangeKind> Kinds)>();
        foreach (var expectation in tailored.Expectations)
        {
            var kinds = profile.Changes
                .Where(c => string.Equals(c.ExpectationId, expectation.Id, StringComparison.Ordinal) && c.Kind is not (TailoringChangeKind.Added or TailoringChangeKind.Excluded))
                .Select(c => c.Kind)
                .ToList();
            if (kinds.Count > 0)
            {
                alters.Add((expectation, kinds));
            }
        }

        if (alters.Count == 0)
        {
            return;
        }

        json.WriteStartObject("modify");
        json.WriteStartArray("alters");
        foreach (var (expectation, kinds) in alters)
        {
            var removes = new List<(string By, string Value)>();
            var props = new List<Prop?>();
            var parts = new List<Action<Utf8JsonWriter>>();
            foreach (var kind in kinds)
            {
                switch (kind)
                {
                    case TailoringChangeKind.LevelRaised or TailoringChangeKind.LevelLowered:
                        removes.Add(("by-name", "level"));
                        props.Add(Prop.Of("level", ReportText.Name(expectation.Level)));
                        break;
                    case TailoringChangeKind.WeightRaised or TailoringChangeKind.WeightLowered:
                        removes.Add(("by-name", "weight"));
                        props.Add(Prop.Of("weight", OscalJson.Number(expectation.Weight)));
                        break;
                    case TailoringChangeKind.AudiencesChanged:
                        removes.Add(("by-name", "raised-for"));
                        removes.Add(("by-name", "applies-to"));
                        props.AddRange(OscalCatalogWriter.ControlProps(expectation).Where(p => p?.Name is "raised-for" or "applies-to"));
                        break;
                    case TailoringChangeKind.ChecksReplaced:
                        removes.Add(("by-id", OscalCatalogWriter.ChecksId(expectation.Id)));
                        parts.Add(w => OscalCatalogWriter.WriteChecksPart(w, expectation));
                        break;
                    case TailoringChangeKind.NotApplicableChanged:
                        removes.Add(("by-name", "not-applicable"));
                        removes.Add(("by-id", OscalCatalogWriter.NotApplicableId(expectation.Id)));
                        props.Add(Prop.Of("not-applicable", ReportText.Name(expectation.NotApplicable)));
                        parts.Add(w => OscalCatalogWriter.WriteNotApplicablePart(w, expectation));
                        break;
                    case TailoringChangeKind.EvidenceClassChanged:
                        removes.Add(("by-name", "evidence-class"));
                        props.Add(Prop.Of("evidence-class", expectation.EvidenceClass));
                        break;
                }
            }

            json.WriteStartObject();
            json.WriteString("control-id", expectation.Id);
            OscalJson.Array(json, "removes", removes.Distinct().ToList(), (w, remove) => w.WriteString(remove.By, remove.Value));
            var hasParts = (kinds.Contains(TailoringChangeKind.ChecksReplaced) && expectation.Checks.Count > 0)
                || (kinds.Contains(TailoringChangeKind.NotApplicableChanged) && expectation.NotApplicableWhen.Count > 0);
            if (props.Any(p => p is not null) || hasParts)
            {
                json.WriteStartArray("adds");
                json.WriteStartObject();
                json.WriteString("position", "ending");
                OscalJson.Props(json, props);
                if (hasParts)
                {
                    json.WriteStartArray("parts");
                    foreach (var part in parts)
                    {
                        part(json);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The profile's own expectations, as a catalog of their principles and sources, embedded so the profile stands alone.
    private static void WriteAdditions(Utf8JsonWriter json, RuleSet tailored, ProfileReference profile, List<Expectation> added, string uuid, DateTime lastModified)
    {
        var principles = new HashSet<string>(added.Select(e => e.Principle), StringComparer.Ordinal);
        var sources = new HashSet<string>(added.SelectMany(e => e.Sources).Select(s => s.Document), StringComparer.Ordinal);
        var additions = tailored with
        {
            Profile = null,
            Principles = [.. tailored.Principles.Where(p => principles.Contains(p.Id))],
            Sources = [.. tailored.Sources.Where(s => sources.Contains(s.Id))],
            Expectations = added,
        };
        var catalog = OscalCatalogWriter.Write(additions, lastModified, "Expectations added by " + profile.Title);

        json.WriteStartObject();
        json.WriteString("uuid", uuid);
        json.WriteString("title", OscalJson.Markup("Expectations added by " + profile.Title));
        json.WriteString("description", OscalJson.Markup("An OSCAL catalog of the " + added.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " expectations the profile adds to its base rule set, embedded as Base64."));
        json.WriteStartObject("base64");
        json.WriteString("filename", Uri.EscapeDataString(profile.Id + "-" + profile.Version) + ".additions.catalog.json");
        json.WriteString("media-type", OscalJson.CatalogMediaType);
        json.WriteString("value", Convert.ToBase64String(Encoding.UTF8.GetBytes(catalog)));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
