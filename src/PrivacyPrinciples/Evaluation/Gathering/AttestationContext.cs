using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What every expectation's decision may need from the whole attestation, read once per
/// evaluation: the declared evidence by identifier and the statements repeated across answers.
/// Decides nothing.
/// </summary>
internal sealed class AttestationContext
{
    private readonly Dictionary<string, int>? _evidenceIndex;

    public AttestationContext(Attestation attestation, DateTime evaluatedOn, int audienceMask)
    {
        Attestation = attestation;
        EvaluatedOn = evaluatedOn;
        AudienceMask = audienceMask;
        var evidence = attestation.Evidence;
        if (evidence.Count > 0)
        {
            _evidenceIndex = new Dictionary<string, int>(evidence.Count, StringComparer.Ordinal);
            for (var i = 0; i < evidence.Count; i++)
            {
                // The reader refuses duplicate ids; an attestation built in code keeps the first.
                if (!_evidenceIndex.TryGetValue(evidence[i].Id, out _))
                {
                    _evidenceIndex[evidence[i].Id] = i;
                }
            }
        }

        Boilerplate = Substance.Boilerplate(Statements(attestation));
        if (attestation.IsThirdPartyAssessment)
        {
            Assessor = string.IsNullOrWhiteSpace(attestation.Assessment!.Assessor) ? "a third party" : attestation.Assessment.Assessor!.Trim();
            Undetermined = attestation.UndeterminedFacts.Count == 0 ? null : new HashSet<string>(attestation.UndeterminedFacts, StringComparer.Ordinal);
        }
    }

    /// <summary>For a third-party assessment, who made it, as questions name it; <see langword="null"/> for the vendor's own attestation.</summary>
    public string? Assessor { get; }

    /// <summary>The facts a third-party assessor could not determine; <see langword="null"/> when none.</summary>
    public HashSet<string>? Undetermined { get; }

    /// <summary>Whether a third-party assessor recorded the fact as undetermined.</summary>
    public bool IsUndetermined(PrivacyPrinciples.Attestations.FactDefinition fact) => Undetermined?.Contains(fact.Path) == true;

    public Attestation Attestation { get; }

    public DateTime EvaluatedOn { get; }

    public int AudienceMask { get; }

    /// <summary>Statements given (once normalised) in too many answers to say anything of their own, as written; <see langword="null"/> when none.</summary>
    public HashSet<string>? Boilerplate { get; }

    /// <summary>Finds declared evidence by identifier, with its position in <c>/evidence</c>.</summary>
    public bool TryGetEvidence(string id, out Evidence evidence, out int index)
    {
        if (_evidenceIndex is not null && _evidenceIndex.TryGetValue(id, out index))
        {
            evidence = Attestation.Evidence[index];
            return true;
        }

        evidence = null!;
        index = -1;
        return false;
    }

    private static IEnumerable<string?> Statements(Attestation attestation)
    {
        foreach (var pair in attestation.Answers)
        {
            yield return pair.Value.Statement;
        }
    }
}
