using System.Collections.Generic;
using System.Globalization;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// The share of each <see cref="SyntheticVendorProfile"/> among generated attestations. The shares
/// are relative weights: they need not add up to 1, only to more than 0. Mutable options; the
/// generator copies them when it is constructed.
/// </summary>
public sealed class SyntheticProfileMix
{
    /// <summary>The weight of <see cref="SyntheticVendorProfile.Strong"/> vendors.</summary>
    /// <value>The default value is 0.2.</value>
    public double Strong { get; set; } = 0.2;

    /// <summary>The weight of <see cref="SyntheticVendorProfile.Average"/> vendors.</summary>
    /// <value>The default value is 0.45.</value>
    public double Average { get; set; } = 0.45;

    /// <summary>The weight of <see cref="SyntheticVendorProfile.Weak"/> vendors.</summary>
    /// <value>The default value is 0.2.</value>
    public double Weak { get; set; } = 0.2;

    /// <summary>The weight of <see cref="SyntheticVendorProfile.PartialResponder"/> vendors.</summary>
    /// <value>The default value is 0.15.</value>
    public double PartialResponder { get; set; } = 0.15;

    /// <summary>The weight of one profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Its weight.</returns>
    internal double WeightOf(SyntheticVendorProfile profile) => profile switch
    {
        SyntheticVendorProfile.Strong => Strong,
        SyntheticVendorProfile.Average => Average,
        SyntheticVendorProfile.Weak => Weak,
        _ => PartialResponder,
    };

    /// <summary>Adds a description of every invalid weight to <paramref name="problems"/>.</summary>
    /// <param name="problems">The list to add to.</param>
    internal void AddProblems(List<string> problems)
    {
        var before = problems.Count;
        Check(Strong, nameof(Strong));
        Check(Average, nameof(Average));
        Check(Weak, nameof(Weak));
        Check(PartialResponder, nameof(PartialResponder));
        if (problems.Count == before && !(Strong + Average + Weak + PartialResponder > 0))
        {
            problems.Add("Mix needs at least one weight above 0.");
        }

        void Check(double value, string name)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, "Mix.{0} must be a finite number of 0 or more; it is {1}.", name, value));
            }
        }
    }

    /// <summary>A copy, so later changes to this instance do not affect a generator.</summary>
    /// <returns>The copy.</returns>
    internal SyntheticProfileMix Copy() => (SyntheticProfileMix)MemberwiseClone();
}
