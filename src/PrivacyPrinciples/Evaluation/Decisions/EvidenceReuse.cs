using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// Finds evidence pasted across unrelated expectations: one document cited for measures of
/// different evidence classes where the rule set refuses it for at least one (a penetration test
/// pasted under retention and recording defaults). Whether each citation counts is decided per
/// expectation; this only makes the pattern visible. Broad reuse where the document fits (one
/// controls dashboard monitoring many measures, one certificate covering many controls) is what
/// declaring evidence once is for, and is not reported.
/// </summary>
internal static class EvidenceReuse
{
    /// <summary>A note per reused document, in the order the attestation declares them; <see langword="null"/> when there is none.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="results">The results, for the expectations in force.</param>
    /// <param name="classOf">Each expectation's evidence class.</param>
    public static List<Reason>? Find(Attestation attestation, ExpectationResult[] results, Dictionary<string, string> classOf)
    {
        // Only a document refused somewhere can be reported: most attestations cite none, and then
        // nothing is built at all (this runs for every attestation of a batch).
        if (attestation.Evidence.Count == 0 || !AnyRefused(results))
        {
            return null;
        }

        // Several ids with the same reference are one document. Only documents refused somewhere
        // can be reported, so only those are written out as strings: first the documents of the
        // refused citations, then, for each declared evidence, whether its reference is one of
        // them (compared in a buffer). An id declared twice takes its last declaration's document.
        var refusedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            for (var i = 0; i < result.Evidence.Count; i++)
            {
                if (result.Evidence[i].Verdict == EvidenceVerdict.Unfit)
                {
                    refusedIds.Add(result.Evidence[i].Ref);
                }
            }
        }

        var refusedDocumentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in attestation.Evidence)
        {
            if (refusedIds.Contains(item.Id))
            {
                refusedDocumentOf[item.Id] = Substance.Normalise(item.Reference);
            }
        }

        // Each document refused somewhere, keyed by itself. (A lookup per reference, not a
        // comparison with every refused document: a thousand pieces of evidence, each refused,
        // would otherwise normalise their references a million times.)
        var refusedSomewhere = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in refusedDocumentOf.Values)
        {
            refusedSomewhere[document] = document;
        }

        // Each id's document when it is one refused somewhere; most ids have none and are left out
        // (an id declared again without one drops the earlier declaration's).
        var documentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in attestation.Evidence)
        {
            if (Substance.NormalisedIn(item.Reference, refusedSomewhere) is { } refused)
            {
                documentOf[item.Id] = refused;
            }
            else
            {
                documentOf.Remove(item.Id);
            }
        }

        Dictionary<string, SortedSet<string>>? expectationsByDocument = null;
        foreach (var result in results)
        {
            for (var i = 0; i < result.Evidence.Count; i++)
            {
                var finding = result.Evidence[i];
                if (documentOf.TryGetValue(finding.Ref, out var document))
                {
                    expectationsByDocument ??= new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
                    if (!expectationsByDocument.TryGetValue(document, out var expectations))
                    {
                        expectationsByDocument[document] = expectations = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    expectations.Add(result.Id);
                }
            }
        }

        if (expectationsByDocument is null)
        {
            return null;
        }

        List<Reason>? notes = null;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < attestation.Evidence.Count; i++)
        {
            var item = attestation.Evidence[i];
            if (!documentOf.TryGetValue(item.Id, out var document) || !reported.Add(document) || !expectationsByDocument.TryGetValue(document, out var expectations))
            {
                continue;
            }

            var classes = expectations.Select(e => classOf[e]).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
            if (classes.Length < 2)
            {
                continue;
            }

            (notes ??= []).Add(new Reason(ReasonCodes.EvidenceReused, ReasonWording.EvidenceReused, "/evidence/" + i.ToString(CultureInfo.InvariantCulture), item.Title ?? item.Id, expectations, classes));
        }

        return notes;
    }

    private static bool AnyRefused(ExpectationResult[] results)
    {
        foreach (var result in results)
        {
            // By index: an interface's enumerator would be an allocation per expectation.
            var evidence = result.Evidence;
            for (var i = 0; i < evidence.Count; i++)
            {
                if (evidence[i].Verdict == EvidenceVerdict.Unfit)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
