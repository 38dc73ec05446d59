using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Generates attestations of fictional video-teleconferencing vendors, deterministically from a
/// seed, for tests, benchmarks and simulation studies. Thread-safe: <see cref="Create"/> and
/// <see cref="Generate"/> may be called from several threads at once.
/// </summary>
/// <remarks>
/// <para>
/// Attestation <c>i</c> depends only on the options and <c>i</c>: <see cref="Generate"/> yields
/// <c>Create(0)</c>, <c>Create(1)</c>, … one at a time, and any one can be recreated alone. The
/// same options and index give the same attestation, and the same JSON bytes from
/// <see cref="Serialization.PrivacyPrinciplesJson"/>, on every machine, .NET version and culture:
/// the generator uses its own pseudo-random algorithm, never <see cref="Random"/>, the clock or
/// the current culture.
/// </para>
/// <para>
/// Each vendor has a <see cref="SyntheticVendorProfile"/>, invented names (never a real company
/// or product), contacts and links on the reserved <c>.example</c> domain, audiences drawn with
/// realistic frequencies, typed facts that mostly agree with its answers under the rule set's
/// checks (a few per cent of claims deliberately disagree, and some facts are left unstated),
/// answers whose statuses follow the profile, and evidence that is sometimes expired by the time
/// it is reviewed. Every attestation is valid: it passes <see cref="PrivacyPrinciples.Attestations.AttestationReader"/>
/// and the attestation JSON Schema.
/// </para>
/// <para>
/// The exact output for a given seed may change between versions of this package, when the
/// generator is improved; pin the package version to reproduce a data set.
/// </para>
/// </remarks>
public sealed class SyntheticAttestationGenerator
{
    private readonly SyntheticAttestationOptions _options;
    private readonly FactPlanner _planner;
    private readonly double _totalWeight;

    /// <summary>Creates a generator with the default options (seed 1, the built-in rule set).</summary>
    public SyntheticAttestationGenerator()
        : this(new SyntheticAttestationOptions())
    {
    }

    /// <summary>Creates a generator.</summary>
    /// <param name="options">The options; checked and copied, so later changes do not affect the generator.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public SyntheticAttestationGenerator(SyntheticAttestationOptions options)
    {
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
        _planner = new FactPlanner(_options.RuleSet);
        _totalWeight = _options.Mix.Strong + _options.Mix.Average + _options.Mix.Weak + _options.Mix.PartialResponder;
    }

    /// <summary>The seed.</summary>
    public int Seed => _options.Seed;

    /// <summary>The rule set the attestations answer.</summary>
    public RuleSet RuleSet => _options.RuleSet;

    /// <summary>
    /// Generates attestations <c>0</c> to <paramref name="count"/> − 1 lazily, one at a time as
    /// the sequence is enumerated, so any number can be streamed in bounded memory. Enumerating
    /// the sequence again yields the same attestations.
    /// </summary>
    /// <param name="count">How many to generate.</param>
    /// <returns>The attestations, in index order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IEnumerable<Attestation> Generate(int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The number of attestations to generate cannot be negative.");
        }

        return Iterate(count);
    }

    /// <summary>Creates attestation <paramref name="index"/>, independently of every other index.</summary>
    /// <param name="index">The index, 0 or more.</param>
    /// <returns>The attestation; equal, field for field and in JSON, to the item at <paramref name="index"/> of <see cref="Generate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public Attestation Create(int index) =>
        new SyntheticVendorBuilder(_options, _planner, index, ProfileOf(index)).Build();

    /// <summary>
    /// Creates the same vendor's answer to a follow-up round, as when regulators ask for more
    /// clarity and for how each measure is achieved, monitored and validated: the service and its
    /// facts are those of <c>Create(index)</c>; most vendors answer some of what they had left open,
    /// report plans that came true and add monitoring and validation evidence, and a few answers
    /// regress. Depends only on the options, <paramref name="index"/> and <paramref name="attestedOn"/>.
    /// </summary>
    /// <param name="index">The index, 0 or more.</param>
    /// <param name="attestedOn">The date of the follow-up answer (time of day is ignored).</param>
    /// <returns>The follow-up attestation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public Attestation CreateFollowUp(int index, DateTime attestedOn)
    {
        var builder = new SyntheticVendorBuilder(_options, _planner, index, ProfileOf(index));
        return builder.BuildFollowUp(builder.Build(), attestedOn.Date);
    }

    /// <summary>The profile of the vendor of attestation <paramref name="index"/>: the ground truth a simulation study can compare evaluations with.</summary>
    /// <param name="index">The index, 0 or more.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public SyntheticVendorProfile ProfileOf(int index)
    {
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index of a synthetic attestation cannot be negative.");
        }

        var draw = SyntheticRandom.For(_options.Seed, index, SyntheticStream.Profile).NextDouble() * _totalWeight;
        foreach (var profile in new[] { SyntheticVendorProfile.Strong, SyntheticVendorProfile.Average, SyntheticVendorProfile.Weak })
        {
            var weight = _options.Mix.WeightOf(profile);
            if (draw < weight)
            {
                return profile;
            }

            draw -= weight;
        }

        return _options.Mix.PartialResponder > 0 ? SyntheticVendorProfile.PartialResponder
            : _options.Mix.Weak > 0 ? SyntheticVendorProfile.Weak
            : _options.Mix.Average > 0 ? SyntheticVendorProfile.Average
            : SyntheticVendorProfile.Strong;
    }

    private IEnumerable<Attestation> Iterate(int count)
    {
        for (var index = 0; index < count; index++)
        {
            yield return Create(index);
        }
    }
}
