using System.Text.Json.Serialization;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Attestations;

/// <summary>Whether meeting content is used to train models (for example machine-learning features).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ModelTrainingUse>))]
public enum ModelTrainingUse
{
    /// <summary>Content is never used for training.</summary>
    Never,

    /// <summary>Content is used only when the user opts in.</summary>
    OptIn,

    /// <summary>Content is used unless the user opts out.</summary>
    OptOut,

    /// <summary>Content is always used.</summary>
    Always,
}
