using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>What the decision about one expectation reads from the attestation: its answer, what the declared audiences make of it, and the attestation as a whole.</summary>
internal readonly struct ExpectationInput(int index, Expectation expectation, AudienceVariant audience, Answer? answer, AttestationContext context)
{
    /// <summary>The expectation's position in the list the context was made for (its statement's position in <see cref="AttestationContext.Statements"/>).</summary>
    public int Index { get; } = index;

    public Expectation Expectation { get; } = expectation;

    /// <summary>The level, raises and applicability the declared audiences give.</summary>
    public AudienceVariant Audience { get; } = audience;

    public Answer? Answer { get; } = answer;

    public AttestationContext Context { get; } = context;

    /// <summary>The facts to decide with: those stated, less any that contradict another (see <see cref="AttestationContext.Disputes"/>).</summary>
    public ServiceFacts Facts => Context.Facts;

    public string ServiceName => Context.Attestation.Service.Name;

    public DateTime EvaluatedOn => Context.EvaluatedOn;
}
