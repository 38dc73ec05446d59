using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Settings of a <see cref="SyntheticAttestationGenerator"/>. Mutable options; the generator
/// checks them once and copies them when it is constructed, so later changes do not affect it.
/// </summary>
public sealed class SyntheticAttestationOptions
{
    /// <summary>The earliest date <see cref="AttestedFrom"/> and <see cref="AttestedTo"/> may be.</summary>
    internal static readonly DateTime EarliestDate = new(1990, 1, 1);

    /// <summary>The latest date <see cref="AttestedFrom"/> and <see cref="AttestedTo"/> may be.</summary>
    internal static readonly DateTime LatestDate = new(2199, 12, 31);

    /// <summary>
    /// The seed. The same seed, index, rule set, dates and mix give the same attestation, byte for
    /// byte, on every machine, runtime and culture.
    /// </summary>
    /// <value>The default value is 1.</value>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// The rule set the attestations answer: which expectations they answer, which audiences make
    /// an expectation apply, and the checks on facts that the generated facts agree (or, now and
    /// then, deliberately disagree) with.
    /// </summary>
    /// <value>The default value is <see cref="BuiltInRuleSets.VtcJointStatement2020"/>.</value>
    public RuleSet RuleSet { get; set; } = BuiltInRuleSets.VtcJointStatement2020;

    /// <summary>The earliest attestation date (time of day is ignored).</summary>
    /// <value>The default value is 2026-01-01.</value>
    public DateTime AttestedFrom { get; set; } = new(2026, 1, 1);

    /// <summary>The latest attestation date (time of day is ignored); dates are spread evenly from <see cref="AttestedFrom"/> to this date.</summary>
    /// <value>The default value is 2026-09-30.</value>
    public DateTime AttestedTo { get; set; } = new(2026, 9, 30);

    /// <summary>The share of each vendor profile.</summary>
    /// <value>The default value is a <see cref="SyntheticProfileMix"/> with its default shares: 0.2 strong, 0.45 average, 0.2 weak, 0.15 partial responders.</value>
    public SyntheticProfileMix Mix { get; set; } = new();

    /// <summary>Checks every setting and returns a copy; throws once, listing every problem.</summary>
    /// <returns>The copy, with its own copy of <see cref="Mix"/> and dates without time of day.</returns>
    /// <exception cref="ArgumentException">A setting is invalid; the message lists every problem.</exception>
    internal SyntheticAttestationOptions Validated()
    {
        var problems = new List<string>();
        if (RuleSet is null)
        {
            problems.Add("RuleSet is required.");
        }
        else
        {
            problems.AddRange(RuleSetValidator.Validate(RuleSet).Select(e => "RuleSet is not valid: " + e));
        }

        CheckDate(AttestedFrom, nameof(AttestedFrom));
        CheckDate(AttestedTo, nameof(AttestedTo));
        if (AttestedFrom.Date > AttestedTo.Date)
        {
            problems.Add($"AttestedFrom ({Text(AttestedFrom)}) must be on or before AttestedTo ({Text(AttestedTo)}).");
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
            throw new ArgumentException("The synthetic attestation options are not valid:" + string.Concat(problems.Select(p => "\n  " + p)));
        }

        return new SyntheticAttestationOptions
        {
            Seed = Seed,
            RuleSet = RuleSet!,
            AttestedFrom = AttestedFrom.Date,
            AttestedTo = AttestedTo.Date,
            Mix = Mix!.Copy(),
        };

        void CheckDate(DateTime date, string name)
        {
            if (date < EarliestDate || date > LatestDate)
            {
                problems.Add($"{name} ({Text(date)}) must be from {Text(EarliestDate)} to {Text(LatestDate)}.");
            }
        }

        static string Text(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
