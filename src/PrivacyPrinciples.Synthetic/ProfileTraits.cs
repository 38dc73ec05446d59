namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// The behaviour of one <see cref="SyntheticVendorProfile"/>: probabilities and ranges the
/// generator draws from. The numbers are judgement, tuned so that evaluated scores spread from
/// poor to exemplary; they are not measurements of real vendors. Immutable.
/// </summary>
internal sealed class ProfileTraits
{
    private static readonly ProfileTraits StrongTraits = new()
    {
        MaturityMin = 0.84, MaturityMax = 0.97, PartialShare = 0.65, PlannedShare = 0.55, PlannedOverdue = 0.12,
        SkipMin = 0, SkipMax = 0.02, NotApplicable = 0.02, NotApplicableJustified = 0.9,
        Overclaim = 0.03, Underclaim = 0.005, StatementMissing = 0.005, ScopeMissing = 0.05, FactMissing = 0.005,
        Achieve = 0.95, AchieveBaseline = 0.99, Monitor = 0.8, Validate = 0.9, ValidatePool = (2, 4), ValidateAgeMonths = 16, Independent = 0.97,
        FollowUpAnswers = 0.9,
    };

    private static readonly ProfileTraits AverageTraits = new()
    {
        MaturityMin = 0.55, MaturityMax = 0.8, PartialShare = 0.55, PlannedShare = 0.45, PlannedOverdue = 0.25,
        SkipMin = 0, SkipMax = 0.06, NotApplicable = 0.03, NotApplicableJustified = 0.8,
        Overclaim = 0.06, Underclaim = 0.01, StatementMissing = 0.06, ScopeMissing = 0.15, FactMissing = 0.1,
        Achieve = 0.8, AchieveBaseline = 0.9, Monitor = 0.45, Validate = 0.45, ValidatePool = (1, 3), ValidateAgeMonths = 30, Independent = 0.9,
        FollowUpAnswers = 0.7,
    };

    private static readonly ProfileTraits WeakTraits = new()
    {
        MaturityMin = 0.12, MaturityMax = 0.42, PartialShare = 0.4, PlannedShare = 0.4, PlannedOverdue = 0.4,
        SkipMin = 0.02, SkipMax = 0.12, NotApplicable = 0.05, NotApplicableJustified = 0.6,
        Overclaim = 0.08, Underclaim = 0.02, StatementMissing = 0.15, ScopeMissing = 0.35, FactMissing = 0.22,
        Achieve = 0.45, AchieveBaseline = 0.55, Monitor = 0.12, Validate = 0.15, ValidatePool = (0, 1), ValidateAgeMonths = 30, Independent = 0.8,
        FollowUpAnswers = 0.45,
    };

    private static readonly ProfileTraits PartialResponderTraits = new()
    {
        MaturityMin = 0.3, MaturityMax = 0.75, PartialShare = 0.5, PlannedShare = 0.4, PlannedOverdue = 0.3,
        SkipMin = 0.4, SkipMax = 0.8, NotApplicable = 0.03, NotApplicableJustified = 0.75,
        Overclaim = 0.06, Underclaim = 0.01, StatementMissing = 0.1, ScopeMissing = 0.2, FactMissing = 0.3,
        Achieve = 0.55, AchieveBaseline = 0.75, Monitor = 0.25, Validate = 0.3, ValidatePool = (0, 2), ValidateAgeMonths = 30, Independent = 0.85,
        FollowUpAnswers = 0.55,
    };

    /// <summary>The lowest vendor maturity: the chance a measure is fully in place, before the level adjusts it.</summary>
    public double MaturityMin { get; private init; }

    /// <summary>The highest vendor maturity.</summary>
    public double MaturityMax { get; private init; }

    /// <summary>Of the measures not fully in place, the share in place for part of the service.</summary>
    public double PartialShare { get; private init; }

    /// <summary>Of the measures not in place at all, the share with a planned date.</summary>
    public double PlannedShare { get; private init; }

    /// <summary>Of the planned dates, the share already past on the attestation date.</summary>
    public double PlannedOverdue { get; private init; }

    /// <summary>The lowest share of applicable expectations left unanswered.</summary>
    public double SkipMin { get; private init; }

    /// <summary>The highest share of applicable expectations left unanswered.</summary>
    public double SkipMax { get; private init; }

    /// <summary>The chance an answer claims the expectation does not apply (halved for baseline expectations).</summary>
    public double NotApplicable { get; private init; }

    /// <summary>The chance a not-applicable answer says why.</summary>
    public double NotApplicableJustified { get; private init; }

    /// <summary>The chance a measure not fully in place is claimed as implemented anyway.</summary>
    public double Overclaim { get; private init; }

    /// <summary>The chance a measure fully in place is claimed as not implemented or planned.</summary>
    public double Underclaim { get; private init; }

    /// <summary>The chance an implemented or partial answer has no statement.</summary>
    public double StatementMissing { get; private init; }

    /// <summary>The chance a partial answer has no scope.</summary>
    public double ScopeMissing { get; private init; }

    /// <summary>The chance a fact is left unstated.</summary>
    public double FactMissing { get; private init; }

    /// <summary>The chance an implemented answer shows how the measure is achieved.</summary>
    public double Achieve { get; private init; }

    /// <summary>The chance an implemented answer to a baseline expectation shows how the measure is achieved: vendors document their musts best.</summary>
    public double AchieveBaseline { get; private init; }

    /// <summary>The chance an implemented answer shows how the measure is monitored.</summary>
    public double Monitor { get; private init; }

    /// <summary>The chance an implemented answer shows how the measure is validated.</summary>
    public double Validate { get; private init; }

    /// <summary>How many validation artefacts (audits, certificates, tests) the vendor has, lowest and highest.</summary>
    public (int Min, int Max) ValidatePool { get; private init; }

    /// <summary>Chance that an expectation left unanswered is answered in a follow-up round.</summary>
    public double FollowUpAnswers { get; private init; }

    /// <summary>The oldest a validation artefact is on the attestation date, in months.</summary>
    public int ValidateAgeMonths { get; private init; }

    /// <summary>The chance a validation artefact comes from an independent party.</summary>
    public double Independent { get; private init; }

    public static ProfileTraits For(SyntheticVendorProfile profile) => profile switch
    {
        SyntheticVendorProfile.Strong => StrongTraits,
        SyntheticVendorProfile.Average => AverageTraits,
        SyntheticVendorProfile.Weak => WeakTraits,
        _ => PartialResponderTraits,
    };
}
