using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>Everything the decision about one expectation needs, read from the rule set and the attestation.</summary>
internal sealed record ExpectationInput
{
    public required Expectation Expectation { get; init; }

    /// <summary>The level after the declared audiences raised it.</summary>
    public required ExpectationLevel Level { get; init; }

    public required IReadOnlyList<Audience> RaisedBy { get; init; }

    /// <summary>False when the expectation is for audiences the service does not declare.</summary>
    public required bool AudienceApplies { get; init; }

    public required Answer? Answer { get; init; }

    /// <summary>The answer's JSON Pointer, for example <c>/answers/SEC-01</c> (also when there is no answer).</summary>
    public required string AnswerPointer { get; init; }

    public required ServiceFacts Facts { get; init; }

    public required string ServiceName { get; init; }

    public required DateTime EvaluatedOn { get; init; }
}
