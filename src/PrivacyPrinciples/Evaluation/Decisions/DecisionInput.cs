using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>What one decision works from: the compiled expectation and what was gathered for it from the attestation.</summary>
internal readonly struct DecisionInput(ExpectationPlan plan, ExpectationInput gathered)
{
    public ExpectationPlan Plan { get; } = plan;

    /// <summary>The level, raises and applicability the declared audiences give.</summary>
    public AudienceVariant Audience => gathered.Audience;

    public Answer? Answer => gathered.Answer;

    /// <summary>The expectation's position among those evaluated (its statement's in <see cref="AttestationContext.Statements"/>).</summary>
    public int Index => gathered.Index;

    public AttestationContext Context => gathered.Context;

    public ServiceFacts Facts => gathered.Facts;

    public string ServiceName => gathered.ServiceName;

    public DateTime EvaluatedOn => gathered.EvaluatedOn;
}
