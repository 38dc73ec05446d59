using System.Collections.Generic;
using System.Linq;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// Invented names: vendors, services, plans and the audit firms that issue evidence. Names are
/// built from syllables chosen not to spell any real company or product; every issuer is marked
/// "(fictional)". Thread-safe.
/// </summary>
internal static class SyntheticNames
{
    private static readonly string[] Heads =
    [
        "Quill", "Brindle", "Tamsel", "Orrin", "Cobble", "Fernly", "Harrow", "Mistle", "Pellin", "Quorl",
        "Rusk", "Sorrel", "Thistle", "Umber", "Varrow", "Wendle", "Yarrow", "Zephin", "Bramble", "Caddow",
        "Dunmer", "Elsk", "Frith", "Gorse", "Hollin", "Iskel", "Kestle", "Lorn", "Mossel", "Nettle",
        "Oxlip", "Pimber", "Ruddle", "Skerry", "Tansel", "Whin", "Arven", "Belling", "Corvel", "Drisk",
    ];

    private static readonly string[] Tails =
    [
        "moor", "wave", "ridge", "holt", "brook", "fell", "stead", "mere", "vale", "combe",
        "wick", "ley", "thorn", "ford", "garth", "haven", "shaw", "lund", "dale", "croft",
    ];

    private static readonly string[] VendorWords = ["Video", "Communications", "Labs", "Systems", "Media", "Software", "Networks"];

    private static readonly string[] ServiceWords = ["Meet", "Rooms", "Talk", "Live", "Calls", "Huddle", "Confer", "Connect"];

    private static readonly string[] LegalForms = ["", "", "", " Ltd", " Inc.", " GmbH", " Pty Ltd", " AG", " Oy", " B.V.", " Limited", " S.A."];

    private static readonly string[] ContactBoxes = ["privacy", "dpo", "trust", "privacy-office", "data-protection"];

    private static readonly string[] IssuerWords = ["Assurance", "Audit Partners", "Security Labs", "Certification Services", "Risk Advisory", "Testing Group"];

    private static readonly string[] BasePlans = ["Free", "Pro", "Business", "Enterprise"];

    /// <summary>A coined name such as "Quillmoor".</summary>
    public static string Stem(SyntheticRandom random) => random.Pick(Heads) + random.Pick(Tails);

    /// <summary>The stem as a lower-case slug for identifiers and host names, for example "quillmoor".</summary>
    public static string Slug(string stem) => new string(stem.Where(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')).ToArray()).ToLowerInvariant();

    /// <summary>A vendor's brand, for example "Quillmoor Video", and its legal name, for example "Quillmoor Video Ltd".</summary>
    public static (string Brand, string LegalName) Vendor(string stem, SyntheticRandom random)
    {
        var brand = stem + " " + random.Pick(VendorWords);
        return (brand, brand + random.Pick(LegalForms));
    }

    /// <summary>A service's name, for example "Quillmoor Meet".</summary>
    public static string Service(string stem, SyntheticRandom random) => stem + " " + random.Pick(ServiceWords);

    /// <summary>A mailbox on the reserved <c>.example</c> domain.</summary>
    public static string Contact(string slug, SyntheticRandom random) => random.Pick(ContactBoxes) + "@" + slug + ".example";

    /// <summary>An audit, certification or testing firm, for example "Brindlecombe Assurance (fictional)".</summary>
    public static string Issuer(SyntheticRandom random) => Stem(random) + " " + random.Pick(IssuerWords) + " (fictional)";

    /// <summary>The vendor's plans: two to four of the usual ones, then one per sector it serves.</summary>
    public static IReadOnlyList<string> Plans(IReadOnlyCollection<Attestations.Audience> audiences, SyntheticRandom random)
    {
        var first = random.Between(0, 2);
        var count = random.Between(2, BasePlans.Length - first);
        var plans = BasePlans.Skip(first).Take(count).ToList();
        foreach (var audience in audiences)
        {
            switch (audience)
            {
                case Attestations.Audience.Education:
                    plans.Add("Education");
                    break;
                case Attestations.Audience.Health:
                    plans.Add("Health");
                    break;
                case Attestations.Audience.Government:
                    plans.Add("Government");
                    break;
                default:
                    break;
            }
        }

        return plans;
    }
}
