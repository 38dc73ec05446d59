namespace PrivacyPrinciples.Serialization;

/// <summary>The stable codes of <see cref="InputError"/>. A code never changes meaning; new problems get new codes.</summary>
public static class InputErrorCodes
{
    /// <summary>The input could not be opened or read.</summary>
    public const string Unreadable = "input-unreadable";

    /// <summary>The document is another kind than the command reads there (a waivers file, a tailoring profile or an engagement given as an attestation).</summary>
    public const string WrongKind = "input-kind";

    /// <summary>
    /// The tool itself failed on the input: a bug in the tool, not a fault of the input, so no
    /// report could be made for it. A producer that lists such an input among a batch's
    /// unread inputs (<see cref="Reporting.ReportBatch.UnreadInputs"/>) gives it this code.
    /// </summary>
    public const string InternalError = "internal-error";

    /// <summary>The document is empty.</summary>
    public const string Empty = "json-empty";

    /// <summary>The document is not well-formed JSON.</summary>
    public const string Syntax = "json-syntax";

    /// <summary>A string is not valid UTF-8, or escapes half of a surrogate pair.</summary>
    public const string Encoding = "json-encoding";

    /// <summary>A round of an engagement holds two responses of one service (vendor id, service and tier); the one attested later is used, but a response dated after the round's evaluation date never replaces one dated on or before it.</summary>
    public const string DuplicateResponse = "engagement-duplicate-response";

    /// <summary>An engagement names a file outside its own folder.</summary>
    public const string PathOutside = "engagement-path-outside";

    /// <summary>The document ends before the JSON is complete.</summary>
    public const string Truncated = "json-truncated";

    /// <summary>An object names the same property twice.</summary>
    public const string DuplicateProperty = "json-duplicate-property";

    /// <summary>The document is larger than <see cref="ReaderOptions.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "limit-size";

    /// <summary>Objects and arrays nest deeper than <see cref="ReaderOptions.MaxDepth"/>.</summary>
    public const string TooDeep = "limit-depth";

    /// <summary>An array or object has more entries than <see cref="ReaderOptions.MaxItems"/>.</summary>
    public const string TooManyItems = "limit-items";

    /// <summary>A string is longer than <see cref="ReaderOptions.MaxStringLength"/>.</summary>
    public const string StringTooLong = "limit-string";

    /// <summary>The document has more errors than <see cref="ReaderOptions.MaxErrors"/>: the last error says how many more were found.</summary>
    public const string TooManyErrors = "limit-errors";

    /// <summary>The document's format version is not one this library reads.</summary>
    public const string UnsupportedVersion = "schema-version";

    /// <summary>A value has the wrong JSON type.</summary>
    public const string WrongType = "schema-type";

    /// <summary>A required property is missing.</summary>
    public const string MissingProperty = "schema-required";

    /// <summary>An object has a property the format does not define.</summary>
    public const string UnknownProperty = "schema-unknown-property";

    /// <summary>A value is not one of the allowed values.</summary>
    public const string NotAllowed = "schema-enum";

    /// <summary>A value does not have the required format (for example a date).</summary>
    public const string BadFormat = "schema-format";

    /// <summary>A string does not match the required pattern.</summary>
    public const string BadPattern = "schema-pattern";

    /// <summary>A number is out of range.</summary>
    public const string OutOfRange = "schema-range";

    /// <summary>A string or array is too short or too long.</summary>
    public const string BadLength = "schema-length";

    /// <summary>An array repeats an item that must be unique.</summary>
    public const string DuplicateItem = "schema-unique";

    /// <summary>A rule set defines the same identifier twice.</summary>
    public const string DuplicateId = "ruleset-duplicate-id";

    /// <summary>An expectation names a principle the rule set does not define.</summary>
    public const string UnknownPrinciple = "ruleset-unknown-principle";

    /// <summary>An expectation cites a source document the rule set does not define.</summary>
    public const string UnknownSource = "ruleset-unknown-source";

    /// <summary>A check names a fact the attestation model does not have.</summary>
    public const string UnknownFact = "ruleset-unknown-fact";

    /// <summary>A check is not exactly one of the allowed forms.</summary>
    public const string BadCheck = "ruleset-check-form";

    /// <summary>A check compares a fact with a value of the wrong type or an impossible value.</summary>
    public const string BadCheckValue = "ruleset-check-value";

    /// <summary>A weight is not a positive finite number.</summary>
    public const string BadWeight = "ruleset-weight";

    /// <summary>An audience raises an expectation to a level that is not above its own.</summary>
    public const string BadLevelRaise = "ruleset-level-raise";

    /// <summary>A deprecation refers to an expectation the rule set does not define.</summary>
    public const string BadReplacement = "ruleset-replaced-by";

    /// <summary>A principle has no active expectation.</summary>
    public const string EmptyPrinciple = "ruleset-empty-principle";

    /// <summary>A rule set's evidence rules are incomplete or inconsistent: a kind listed twice or not at all, an unknown evidence class, a class that accepts nothing.</summary>
    public const string BadEvidenceRules = "ruleset-evidence";

    /// <summary>A rule set uses the identifier and version of a built-in rule set but its content differs: it would pass for the built-in one in reports.</summary>
    public const string ImpersonatesBuiltIn = "ruleset-builtin-conflict";

    /// <summary>An expectation cites no source, or cites one document twice.</summary>
    public const string Citation = "ruleset-citation";

    /// <summary>An expectation that extends beyond its sources is baseline, for some audience or for all.</summary>
    public const string ExtensionBaseline = "ruleset-extension-baseline";

    /// <summary>A revision note names an expectation the rule set does not have, or the revision names the version itself.</summary>
    public const string BadRevision = "ruleset-revision";

    /// <summary>An evaluation report names the same principle or expectation twice.</summary>
    public const string DuplicateReportId = "report-duplicate-id";

    /// <summary>A tailoring profile leaves no active expectation.</summary>
    public const string EmptyProfile = "profile-empty";

    /// <summary>A waivers file waives the same expectation twice.</summary>
    public const string DuplicateWaiver = "waivers-duplicate";

    /// <summary>A waiver does not name who approved it.</summary>
    public const string WaiverApprover = "waivers-approver";

    /// <summary>A waiver does not say why the gap is accepted: its justification is blank or a placeholder.</summary>
    public const string WaiverJustification = "waivers-justification";

    /// <summary>A profile names an expectation or principle its base rule set does not have, or changes one it excluded.</summary>
    public const string UnknownProfileTarget = "profile-unknown-id";

    /// <summary>A profile's base rule set cannot be found or is not valid.</summary>
    public const string ProfileBase = "profile-base";

    /// <summary>A reference names a built-in rule set by id with a version that is not shipped (<c>vtc-joint-statement-2020@9.9.9</c>).</summary>
    public const string UnknownBuiltIn = "ruleset-unknown-version";

    /// <summary>An engagement round has no date to judge answers and evidence by, or the engagement names both a rule set and a profile.</summary>
    public const string EngagementDates = "engagement-settings";

    /// <summary>An answer cites evidence the attestation does not declare.</summary>
    public const string UnknownEvidence = "attestation-unknown-evidence";

    /// <summary>An evidence id is declared twice, or an answer cites the same evidence twice for the same purpose.</summary>
    public const string DuplicateEvidenceId = "attestation-duplicate-evidence";

    /// <summary>A piece of evidence expires before it was issued.</summary>
    public const string EvidenceDates = "attestation-evidence-dates";

    /// <summary>A third-party assessment does not name its assessor.</summary>
    public const string Assessor = "attestation-assessor";

    /// <summary>
    /// Something is recorded as undetermined where it cannot be: in a vendor's own attestation, for a
    /// fact the attestation also states, or for a fact the attestation model does not have.
    /// </summary>
    public const string Undetermined = "attestation-undetermined";
}
