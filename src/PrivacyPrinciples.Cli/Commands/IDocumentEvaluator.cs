using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// What a batch run needs from an evaluator: the batch's rules and one document's report. The tool
/// evaluates with <see cref="RuleSelection"/>, and its tests inject a failure here.
/// </summary>
internal interface IDocumentEvaluator
{
    /// <summary>The rules of the batch as a whole; a failed read is refused by them.</summary>
    RuleSet RuleSet { get; }

    /// <summary>Evaluates one document as read, as of a date.</summary>
    EvaluationReport Evaluate(ReadResult<Attestation> document, DateTime evaluationDate);
}
