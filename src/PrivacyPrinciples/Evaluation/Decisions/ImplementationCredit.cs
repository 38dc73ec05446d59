namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>How much implementation a decision credits, before scoring turns it into a number.</summary>
internal enum ImplementationCredit
{
    None,
    Partial,
    Full,
}
