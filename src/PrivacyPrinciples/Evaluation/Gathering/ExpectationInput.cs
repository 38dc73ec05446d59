using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>What the decision about one expectation reads from the attestation: its answer, what the declared audiences make of it, and the attestation as a whole.</summary>
internal readonly struct ExpectationInput(Expectation expectation, AudienceVariant audience, Answer? answer, AttestationContext context)
{
    public Expectation Expectation { get; } = expectation;

    /// <summary>The level, raises and applicability the declared audiences give.</summary>
    public AudienceVariant Audience { get; } = audience;

    public Answer? Answer { get; } = answer;

    public AttestationContext Context { get; } = context;

    public ServiceFacts Facts => Context.Attestation.Facts;

    public string ServiceName => Context.Attestation.Service.Name;

    public DateTime EvaluatedOn => Context.EvaluatedOn;
}
