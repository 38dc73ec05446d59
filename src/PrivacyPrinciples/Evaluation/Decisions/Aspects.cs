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
