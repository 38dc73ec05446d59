using System;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The languages a statement reads as, among the seven the substance tests read (English and the
/// languages of the regulators and their neighbours, whose function words, placeholders and
/// withholding phrases the tests know: see <see cref="Substance.FunctionWordList"/>). A statement
/// may read as several: one that mixes English words into a German sentence reads as both.
/// </summary>
[Flags]
internal enum StatementLanguages : byte
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary>English.</summary>
    English = 1 << StatementLanguage.English,

    /// <summary>German.</summary>
    German = 1 << StatementLanguage.German,

    /// <summary>French.</summary>
    French = 1 << StatementLanguage.French,

    /// <summary>Spanish.</summary>
    Spanish = 1 << StatementLanguage.Spanish,

    /// <summary>Italian.</summary>
    Italian = 1 << StatementLanguage.Italian,

    /// <summary>Dutch.</summary>
    Dutch = 1 << StatementLanguage.Dutch,

    /// <summary>Portuguese.</summary>
    Portuguese = 1 << StatementLanguage.Portuguese,
}
