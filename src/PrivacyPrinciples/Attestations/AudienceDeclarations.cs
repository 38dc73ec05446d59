using System;
using System.Collections.Generic;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// For every audience the rule sets know, whether the service serves it. All six are stated:
/// an audience left out is a validation error, never a silent "not served", so a telehealth
/// service cannot avoid the stricter health-care levels by saying nothing. Immutable.
/// </summary>
public sealed record AudienceDeclarations
{
    /// <summary>Whether the service serves general consumers.</summary>
    public required bool Consumers { get; init; }

    /// <summary>Whether the service serves businesses and enterprises.</summary>
    public required bool Business { get; init; }

    /// <summary>Whether the service serves education (schools, universities, tutoring).</summary>
    public required bool Education { get; init; }

    /// <summary>Whether the service serves health care (telehealth, clinical consultations).</summary>
    public required bool Health { get; init; }

    /// <summary>Whether the service serves children (minors).</summary>
    public required bool Children { get; init; }

    /// <summary>Whether the service serves government bodies.</summary>
    public required bool Government { get; init; }

    /// <summary>Whether the service serves <paramref name="audience"/>.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns><see langword="true"/> when declared as served.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audience"/> is not a defined value.</exception>
    public bool Serves(Audience audience) => audience switch
    {
        Audience.Consumers => Consumers,
        Audience.Business => Business,
        Audience.Education => Education,
        Audience.Health => Health,
        Audience.Children => Children,
        Audience.Government => Government,
        _ => throw new ArgumentOutOfRangeException(nameof(audience), audience, "Not an audience."),
    };

    /// <summary>The audiences served, in the order of <see cref="Audience"/>.</summary>
    /// <returns>A new list.</returns>
    public IReadOnlyList<Audience> Served()
    {
        var served = new List<Audience>(6);
        foreach (var audience in All)
        {
            if (Serves(audience))
            {
                served.Add(audience);
            }
        }

        return served;
    }

    /// <summary>Declarations that serve exactly <paramref name="served"/> and no other audience.</summary>
    /// <param name="served">The audiences served.</param>
    /// <returns>The declarations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="served"/> is <see langword="null"/>.</exception>
    public static AudienceDeclarations Serving(params Audience[] served)
    {
        _ = served ?? throw new ArgumentNullException(nameof(served));
        bool Has(Audience a) => Array.IndexOf(served, a) >= 0;
        return new AudienceDeclarations
        {
            Consumers = Has(Audience.Consumers),
            Business = Has(Audience.Business),
            Education = Has(Audience.Education),
            Health = Has(Audience.Health),
            Children = Has(Audience.Children),
            Government = Has(Audience.Government),
        };
    }

    private static readonly Audience[] All = [Audience.Consumers, Audience.Business, Audience.Education, Audience.Health, Audience.Children, Audience.Government];
}
