using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>
/// A group of users a service declares it serves. Declared audiences can raise the level of an
/// expectation (for example end-to-end encryption becomes a baseline for health care) and decide
/// whether audience-specific expectations apply at all.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Audience>))]
public enum Audience
{
    /// <summary>Members of the public using the service for personal purposes.</summary>
    Consumers,

    /// <summary>Businesses and other organisations using the service for work.</summary>
    Business,

    /// <summary>Schools, universities and other education providers, their staff and students.</summary>
    Education,

    /// <summary>Health-care providers, their clinicians and patients.</summary>
    Health,

    /// <summary>Children and young people (minors).</summary>
    Children,

    /// <summary>Public bodies and government agencies.</summary>
    Government,
}
