using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Reads what each expectation's decision needs from an attestation: the answer, the raised level, whether its audience applies. Decides nothing.</summary>
internal static class InputGatherer
{
    /// <summary>What one expectation's decision reads from the attestation.</summary>
    /// <param name="index">The expectation's position in the list the context was made for.</param>
    /// <param name="expectation">The expectation.</param>
    /// <param name="audiences">What each set of declared audiences makes of it.</param>
    /// <param name="context">The attestation being evaluated.</param>
    public static ExpectationInput Gather(int index, Expectation expectation, AudienceVariants audiences, AttestationContext context) =>
        new(index, expectation, audiences.For(context.AudienceMask), context.AnswerTo(index), context);

    /// <summary>Answers the rule set cannot use: unknown or deprecated expectations, in ordinal order; empty (and allocation-free) in the usual case.</summary>
    /// <param name="byId">Every expectation of the rule set, by identifier.</param>
    /// <param name="attestation">The attestation.</param>
    public static List<(string Id, string Pointer, Expectation? Deprecated)>? UnusedAnswers(Dictionary<string, Expectation> byId, Attestation attestation)
    {
        List<(string Id, string Pointer, Expectation? Deprecated)>? unused = null;
        foreach (var pair in attestation.Answers)
        {
            var id = pair.Key;
            if (!byId.TryGetValue(id, out var expectation))
            {
                (unused ??= []).Add((id, JsonPointer.Append("/answers", id), null));
            }
            else if (expectation.Lifecycle == ExpectationLifecycle.Deprecated)
            {
                (unused ??= []).Add((id, JsonPointer.Append("/answers", id), expectation));
            }
        }

        unused?.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return unused;
    }
}
