using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What each set of declared audiences makes of one expectation (its level, the raises, whether it
/// applies), built on first use per set and cached. Thread-safe: two threads may build the same
/// variant, and either copy is correct.
/// </summary>
internal sealed class AudienceVariants(Expectation expectation)
{
    private static readonly int AudienceCount = EnumCount<Audience>.Value;

    private readonly AudienceVariant?[] _variants = new AudienceVariant?[1 << AudienceCount];

    /// <summary>The level, raises and applicability for a set of declared audiences.</summary>
    /// <param name="audienceMask">The audiences declared, as <see cref="MaskOf"/> gives them.</param>
    public AudienceVariant For(int audienceMask)
    {
        var variant = Volatile.Read(ref _variants[audienceMask]);
        if (variant is null)
        {
            variant = new AudienceVariant(expectation, audienceMask);
            Volatile.Write(ref _variants[audienceMask], variant);
        }

        return variant;
    }

    /// <summary>Bit <c>1 &lt;&lt; (int)audience</c> for each declared audience: the key of <see cref="For"/>.</summary>
    public static int MaskOf(AudienceDeclarations declared)
    {
        var mask = 0;
        for (var bit = 0; bit < AudienceCount; bit++)
        {
            if (declared.Serves((Audience)bit))
            {
                mask |= 1 << bit;
            }
        }

        return mask;
    }
}

/// <summary>What the declared audiences make of one expectation.</summary>
internal sealed class AudienceVariant
{
    public AudienceVariant(Expectation expectation, int mask)
    {
        bool Declared(Audience audience) => (mask & (1 << (int)audience)) != 0;

        var raises = expectation.RaisedFor.Where(r => Declared(r.Audience) && r.Level > expectation.Level).ToArray();
        Level = raises.Length == 0 ? expectation.Level : raises.Max(r => r.Level);
        RaisedBy = new ReadOnlyCollection<Audience>(raises.Where(r => r.Level == Level).Select(r => r.Audience).Distinct().OrderBy(a => a).ToArray());
        Applies = expectation.AppliesTo.Count == 0 || expectation.AppliesTo.Any(Declared);
        if (RaisedBy.Count > 0)
        {
            LevelRaised = new Reason(ReasonCodes.LevelRaised, ReasonWording.LevelRaised, "/audiences", expectation.Level, Level, RaisedBy);
        }

        if (!Applies)
        {
            NotDeclared = new Reason(ReasonCodes.AudienceNotDeclared, ReasonWording.AudienceNotDeclared, "/audiences", expectation.AppliesTo);
        }
    }

    /// <summary>The level after the declared audiences raised it.</summary>
    public ExpectationLevel Level { get; }

    /// <summary>The audiences that raised it to <see cref="Level"/>, in order; shared by reports, so read-only.</summary>
    public IReadOnlyList<Audience> RaisedBy { get; }

    /// <summary>False when the expectation is for audiences the service does not declare.</summary>
    public bool Applies { get; }

    public Reason? LevelRaised { get; }

    public Reason? NotDeclared { get; }
}
