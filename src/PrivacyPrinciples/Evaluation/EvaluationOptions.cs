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
    /// the date is taken once per evaluation from <see cref="TimeProvider"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public DateTime? EvaluationDate { get; set; }

    /// <summary>
    /// The clock used when <see cref="EvaluationDate"/> is not set; its UTC date is the evaluation
    /// date. On netstandard2.0 the type comes from Microsoft.Bcl.TimeProvider, so every target has
    /// the same clock API.
    /// </summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentNullException">The time provider is <see langword="null"/>.</exception>
    public void Validate()
    {
        if (TimeProvider is null)
        {
            throw new ArgumentNullException(nameof(TimeProvider), "EvaluationOptions.TimeProvider must not be null.");
        }
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

        return TimeProvider.GetUtcNow().UtcDateTime.Date;
    }
}
