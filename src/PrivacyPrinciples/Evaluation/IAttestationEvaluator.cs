using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Evaluation;

/// <summary>Scores attestations against a rule set and explains every point. Implementations are thread-safe.</summary>
public interface IAttestationEvaluator
{
    /// <summary>The rule set attestations are evaluated against.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Evaluates an attestation on the configured evaluation date (or today's, from the configured clock).</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The report.</returns>
    EvaluationReport Evaluate(Attestation attestation);

    /// <summary>Evaluates an attestation as of a given date.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluationDate">The date evidence expiry and planned dates are judged against (time of day is ignored).</param>
    /// <returns>The report.</returns>
    EvaluationReport Evaluate(Attestation attestation, DateTime evaluationDate);

    /// <summary>
    /// Evaluates an attestation as a reader produced it, on the configured evaluation date: the report
    /// names the document (<see cref="AttestationInfo.Source"/>) and carries where each answer sits in
    /// it (<see cref="EvaluationReport.Locations"/>), so every writer points at the right file and line.
    /// </summary>
    /// <param name="document">What <see cref="AttestationReader"/> read; it must have succeeded.</param>
    /// <returns>The report.</returns>
    EvaluationReport Evaluate(ReadResult<Attestation> document);

    /// <summary>Evaluates an attestation as a reader produced it, as of a given date; see <see cref="Evaluate(ReadResult{Attestation})"/>.</summary>
    /// <param name="document">What <see cref="AttestationReader"/> read; it must have succeeded.</param>
    /// <param name="evaluationDate">The date evidence expiry and planned dates are judged against (time of day is ignored).</param>
    /// <returns>The report.</returns>
    EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluationDate);
}
