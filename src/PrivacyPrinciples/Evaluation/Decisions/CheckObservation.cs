using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>One fact test that supports a check's verdict: the fact, the value stated, what was expected, whether it held, and the reason that says so.</summary>
internal readonly record struct CheckObservation(FactDefinition Fact, FactValue Stated, string Expected, CheckVerdict Verdict, Reason Reason);
