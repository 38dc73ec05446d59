namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// The kind of fictional vendor a <see cref="SyntheticAttestationGenerator"/> plays: how mature its
/// privacy practice is and how completely it answers.
/// </summary>
public enum SyntheticVendorProfile
{
    /// <summary>A mature vendor: most measures implemented, current independent evidence, few gaps.</summary>
    Strong,

    /// <summary>A typical vendor: many measures implemented, some partial or planned, evidence mostly descriptive.</summary>
    Average,

    /// <summary>An immature vendor: many measures partial, planned or not implemented, little evidence, more claims its own facts contradict.</summary>
    Weak,

    /// <summary>A vendor that answers only part of the rule set: 40–80% of the expectations are left unanswered.</summary>
    PartialResponder,
}
