using System;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>The aspects of the regulators' question (achieve, monitor, validate) that current, fitting evidence covers.</summary>
[Flags]
internal enum Aspects
{
    None = 0,
    Achieve = 1,
    Monitor = 2,
    Validate = 4,
    All = Achieve | Monitor | Validate,
}

/// <summary>
/// What current, fitting evidence of each aspect is worth in assurance points: decided with the
/// evidence (the assurance reason states it), then combined with implementation by the scoring.
/// Each aspect covered adds its points, so coverage counts and no single piece of evidence gives
/// full assurance.
/// </summary>
internal static class AspectPoints
{
    /// <summary>Evidence of how the measure is achieved.</summary>
    public const double Achieve = 40;

    /// <summary>Evidence of how the measure is monitored.</summary>
    public const double Monitor = 30;

    /// <summary>Independent validation.</summary>
    public const double Validate = 30;

    /// <summary>The assurance points of the aspects covered.</summary>
    public static double Of(Aspects aspects) =>
        ((aspects & Aspects.Achieve) != 0 ? Achieve : 0)
        + ((aspects & Aspects.Monitor) != 0 ? Monitor : 0)
        + ((aspects & Aspects.Validate) != 0 ? Validate : 0);
}
