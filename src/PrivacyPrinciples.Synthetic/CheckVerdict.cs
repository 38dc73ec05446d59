namespace PrivacyPrinciples.Synthetic;

/// <summary>Three-valued result of a check: a fact the vendor did not state makes it unknown, never false.</summary>
internal enum CheckVerdict
{
    Unknown,
    Holds,
    Fails,
}
