using System;

namespace PrivacyPrinciples.Evaluation;

/// <summary>
/// How an evaluator dates its work. Mutable options; an evaluator copies them when constructed,
/// so later changes do not affect it.
/// </summary>
public sealed class EvaluationOptions
{
    /// <summary>
    /// The date evidence expiry and planned dates are judged against. When <see langword="null"/>,
    /// the date is taken once per evaluation from the clock (on .NET 8 and later, through <c>TimeProvider</c>).
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public DateTime? EvaluationDate { get; set; }

#if NET8_0_OR_GREATER
    /// <summary>The clock used when <see cref="EvaluationDate"/> is not set; its UTC date is the evaluation date.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
#endif

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentNullException">The time provider is <see langword="null"/>.</exception>
    public void Validate()
    {
#if NET8_0_OR_GREATER
        if (TimeProvider is null)
        {
            throw new ArgumentNullException(nameof(TimeProvider), "EvaluationOptions.TimeProvider must not be null.");
        }
#endif
    }

    internal EvaluationOptions Copy()
    {
        Validate();
        return (EvaluationOptions)MemberwiseClone();
    }

    internal DateTime Today()
    {
        if (EvaluationDate is DateTime date)
        {
            return date.Date;
        }

#if NET8_0_OR_GREATER
        return TimeProvider.GetUtcNow().UtcDateTime.Date;
#else
        // netstandard2.0 has no TimeProvider; the clock is read once, here, at the start of an evaluation.
        return DateTimeOffset.UtcNow.UtcDateTime.Date;
#endif
    }
}
