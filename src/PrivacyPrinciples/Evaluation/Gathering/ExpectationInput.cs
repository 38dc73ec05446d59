using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Decisions;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Everything the decision about one expectation needs, read from the compiled expectation and the attestation.</summary>
internal readonly struct ExpectationInput(ExpectationPlan plan, ExpectationPlan.AudienceVariant audience, Answer? answer, Attestation attestation, DateTime evaluatedOn)
{
    public ExpectationPlan Plan { get; } = plan;

    /// <summary>The level, raises and applicability the declared audiences give.</summary>
    public ExpectationPlan.AudienceVariant Audience { get; } = audience;

    public Answer? Answer { get; } = answer;

    public ServiceFacts Facts => attestation.Facts;

    public string ServiceName => attestation.Service.Name;

    public DateTime EvaluatedOn { get; } = evaluatedOn;
}
