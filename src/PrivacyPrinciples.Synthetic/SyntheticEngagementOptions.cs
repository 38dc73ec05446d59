using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Settings of <see cref="SyntheticEngagement.Create(SyntheticEngagementOptions)"/>. Mutable
/// options; they are checked and copied when the engagement is created.
/// </summary>
public sealed class SyntheticEngagementOptions
{
    /// <summary>The seed; the same options give the same engagement, byte for byte, on every machine.</summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>How many vendors are invited, from 1 to 10,000.</summary>
    /// <value>The default value is 22.</value>
    public int Vendors { get; set; } = 22;

    /// <summary>How many invited vendors never answer, in either round.</summary>
    /// <value>The default value is 1, as in the regulators' 2020 engagement.</value>
    public int NonResponders { get; set; } = 1;

    /// <summary>How many of the vendors that answer do so after the deadline, in each round.</summary>
    /// <value>The default value is 2.</value>
    public int LateResponders { get; set; } = 2;

    /// <summary>The deadline of the first round.</summary>
    /// <value>The default value is 2026-06-30.</value>
    public DateTime FirstDeadline { get; set; } = new(2026, 6, 30);

    /// <summary>The deadline of the follow-up round; after <see cref="FirstDeadline"/>.</summary>
    /// <value>The default value is 2026-10-30.</value>
    public DateTime FollowUpDeadline { get; set; } = new(2026, 10, 30);

    /// <summary>The share of each vendor profile.</summary>
    /// <value>The default value is a <see cref="SyntheticProfileMix"/> with its default shares.</value>
    public SyntheticProfileMix Mix { get; set; } = new();

    /// <summary>Checks every setting; throws once, listing every problem.</summary>
    internal SyntheticEngagementOptions Validated()
    {
        var problems = new List<string>();
        if (Vendors is < 1 or > 10_000)
        {
            problems.Add($"Vendors must be from 1 to 10,000; got {Vendors.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (NonResponders < 0 || NonResponders >= Math.Max(Vendors, 1))
        {
            problems.Add($"NonResponders must be from 0 to Vendors - 1; got {NonResponders.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (LateResponders < 0 || LateResponders > Vendors - NonResponders)
        {
            problems.Add($"LateResponders must be from 0 to the number of vendors that answer; got {LateResponders.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (FollowUpDeadline.Date <= FirstDeadline.Date.AddDays(30))
        {
            problems.Add("FollowUpDeadline must be more than 30 days after FirstDeadline.");
        }

        if (FirstDeadline.Year < 2000 || FollowUpDeadline.Year > 2200)
        {
            problems.Add("The deadlines must fall from the year 2000 to 2200.");
        }

        if (Mix is null)
        {
            problems.Add("Mix is required.");
        }
        else
        {
            Mix.AddProblems(problems);
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The synthetic engagement options are not valid:" + string.Concat(problems.Select(p => "\n  " + p)));
        }

        return new SyntheticEngagementOptions
        {
            Seed = Seed,
            Vendors = Vendors,
            NonResponders = NonResponders,
            LateResponders = LateResponders,
            FirstDeadline = FirstDeadline.Date,
            FollowUpDeadline = FollowUpDeadline.Date,
            Mix = new SyntheticProfileMix { Strong = Mix!.Strong, Average = Mix.Average, Weak = Mix.Weak, PartialResponder = Mix.PartialResponder },
        };
    }
}
