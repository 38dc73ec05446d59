using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Engagements;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// A fictional engagement, generated deterministically from a seed: vendors invited to attest,
/// a first round in which one or more never answer, some answer late and partial responders
/// leave much unanswered, and a follow-up round asking how each measure is achieved, monitored
/// and validated — the course of the regulators' 2020 engagement, at any scale. Immutable.
/// </summary>
/// <remarks>
/// The engagement file names its rounds' attestations by pattern, relative to the folder it is
/// saved in: <c>round-1/*.json</c> and <c>round-2/*.json</c>, each attestation saved as
/// <see cref="FileName(Attestation)"/>. <c>privacy-principles generate --engagement DIR</c>
/// writes exactly that layout.
/// </remarks>
public sealed record SyntheticEngagement
{
    /// <summary>The folder of the first round's attestations, relative to the engagement file.</summary>
    public const string FirstRoundFolder = "round-1";

    /// <summary>The folder of the follow-up round's attestations, relative to the engagement file.</summary>
    public const string FollowUpRoundFolder = "round-2";

    private SyntheticEngagement(Engagement engagement, IReadOnlyList<Attestation> firstRound, IReadOnlyList<Attestation> followUpRound)
    {
        Engagement = engagement;
        FirstRound = firstRound;
        FollowUpRound = followUpRound;
    }

    /// <summary>The engagement file: the invited vendors and both rounds.</summary>
    public Engagement Engagement { get; }

    /// <summary>The first round's attestations, in the order of the invited vendors.</summary>
    public IReadOnlyList<Attestation> FirstRound { get; }

    /// <summary>The follow-up round's attestations, in the order of the invited vendors.</summary>
    public IReadOnlyList<Attestation> FollowUpRound { get; }

    /// <summary>The file name an attestation is saved under in its round's folder: its vendor id and <c>.json</c>.</summary>
    /// <param name="attestation">The attestation.</param>
    /// <returns>The file name.</returns>
    public static string FileName(Attestation attestation) =>
        (attestation ?? throw new ArgumentNullException(nameof(attestation))).Vendor.Id + ".json";

    /// <summary>Creates the engagement with the default options: 22 vendors, one of which never answers.</summary>
    /// <returns>The engagement.</returns>
    public static SyntheticEngagement Create() => Create(new SyntheticEngagementOptions());

    /// <summary>Creates an engagement.</summary>
    /// <param name="options">The options; checked and copied.</param>
    /// <returns>The engagement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public static SyntheticEngagement Create(SyntheticEngagementOptions options)
    {
        var o = (options ?? throw new ArgumentNullException(nameof(options))).Validated();
        var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions
        {
            Seed = o.Seed,
            AttestedFrom = o.FirstDeadline.AddDays(-75),
            AttestedTo = o.FirstDeadline,
            Mix = o.Mix,
        });

        var random = SyntheticRandom.For(o.Seed, 0, SyntheticStream.Engagement);
        var order = Enumerable.Range(0, o.Vendors).ToArray();
        random.Shuffle(order);
        var silent = new HashSet<int>(order.Take(o.NonResponders));
        var responders = order.Skip(o.NonResponders).ToArray();
        var lateFirst = new HashSet<int>(Pick(responders, o.LateResponders, random));
        var lateFollowUp = new HashSet<int>(Pick(responders, o.LateResponders, random));

        var invited = new List<InvitedVendor>(o.Vendors);
        var first = new List<Attestation>(o.Vendors);
        var followUp = new List<Attestation>(o.Vendors);
        for (var index = 0; index < o.Vendors; index++)
        {
            var attestation = generator.Create(index);
            invited.Add(new InvitedVendor { VendorId = attestation.Vendor.Id, Name = attestation.Vendor.Name, Contact = attestation.Vendor.Contact });
            if (silent.Contains(index))
            {
                continue;
            }

            first.Add(lateFirst.Contains(index) ? attestation with { AttestedOn = o.FirstDeadline.AddDays(random.Between(3, 30)) } : attestation);
            var answeredOn = lateFollowUp.Contains(index) ? o.FollowUpDeadline.AddDays(random.Between(3, 30)) : o.FollowUpDeadline.AddDays(-random.Between(0, 50));
            followUp.Add(generator.CreateFollowUp(index, answeredOn));
        }

        var engagement = new Engagement
        {
            SchemaVersion = Engagement.CurrentSchemaVersion,
            Id = "synthetic-vtc-review-" + o.Seed.ToString(CultureInfo.InvariantCulture),
            Title = "Video-teleconferencing privacy review (synthetic, seed " + o.Seed.ToString(CultureInfo.InvariantCulture) + ")",
            Description = "A fictional engagement generated by PrivacyPrinciples: "
                + o.Vendors.ToString(CultureInfo.InvariantCulture) + " invented vendors were asked to attest against the joint statement; "
                + Count(o.NonResponders, "vendor", "vendors") + " never answered. The follow-up round asked how each measure is achieved, monitored and validated. "
                + "Every vendor, service and address is invented.",
            Deadline = o.FirstDeadline,
            Invited = invited,
            Rounds =
            [
                new EngagementRound
                {
                    Id = FirstRoundFolder,
                    Title = "First round",
                    Deadline = o.FirstDeadline,
                    EvaluatedOn = o.FirstDeadline.AddDays(31),
                    Attestations = [FirstRoundFolder + "/*.json"],
                },
                new EngagementRound
                {
                    Id = FollowUpRoundFolder,
                    Title = "Follow-up round: how each measure is achieved, monitored and validated",
                    Deadline = o.FollowUpDeadline,
                    EvaluatedOn = o.FollowUpDeadline.AddDays(31),
                    Attestations = [FollowUpRoundFolder + "/*.json"],
                },
            ],
        };

        return new SyntheticEngagement(engagement, first, followUp);
    }

    private static IEnumerable<int> Pick(int[] from, int count, SyntheticRandom random)
    {
        var copy = (int[])from.Clone();
        random.Shuffle(copy);
        return copy.Take(count);
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
