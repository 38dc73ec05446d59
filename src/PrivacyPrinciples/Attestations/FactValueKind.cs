namespace PrivacyPrinciples.Attestations;

/// <summary>What a <see cref="FactValue"/> holds.</summary>
public enum FactValueKind
{
    /// <summary>No value: the vendor did not state the fact.</summary>
    Missing,

    /// <summary>A yes/no value.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A named value, such as <c>optional</c> or <c>default</c>.</summary>
    Text,
}
