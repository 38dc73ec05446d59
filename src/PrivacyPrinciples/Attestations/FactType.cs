namespace PrivacyPrinciples.Attestations;

/// <summary>The type of a fact in the attestation model.</summary>
public enum FactType
{
    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>One of a fixed set of named values.</summary>
    Choice,
}
