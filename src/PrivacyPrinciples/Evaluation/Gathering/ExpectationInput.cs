using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Decisions;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Everything the decision about one expectation needs, read from the compiled expectation and the attestation.</summary>
internal readonly struct ExpectationInput(ExpectationPlan plan, ExpectationPlan.AudienceVariant audience, Answer? answer, AttestationContext context)
{
    public ExpectationPlan Plan { get; } = plan;

    /// <summary>The level, raises and applicability the declared audiences give.</summary>
    public ExpectationPlan.AudienceVariant Audience { get; } = audience;

    public Answer? Answer { get; } = answer;

    public AttestationContext Context { get; } = context;

    public ServiceFacts Facts => Context.Attestation.Facts;

    public string ServiceName => Context.Attestation.Service.Name;

    public DateTime EvaluatedOn => Context.EvaluatedOn;
}
