using System;
using System.Linq;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.DependencyInjection;

/// <summary>
/// The settings of every service <c>AddPrivacyPrinciples</c> registers: which rule set, how
/// evaluations are dated, and the limits each reader enforces. Mutable options in the
/// Microsoft.Extensions options pattern: set them with <c>AddPrivacyPrinciples(options =&gt; …)</c>
/// or <c>services.Configure&lt;PrivacyPrinciplesOptions&gt;(…)</c>, or bind them from
/// configuration (<c>AddPrivacyPrinciples(configuration.GetSection(PrivacyPrinciplesOptions.SectionName))</c>).
/// They are validated once, when <c>IOptions&lt;PrivacyPrinciplesOptions&gt;</c> is first resolved
/// or, with a host, at start-up.
/// </summary>
/// <remarks>
/// In configuration every setting except <see cref="RuleSet"/> and
/// <see cref="EvaluationOptions.TimeProvider"/> can be given, for example
/// <c>PrivacyPrinciples:RuleSetPath</c>, <c>PrivacyPrinciples:Evaluation:EvaluationDate</c> or
/// <c>PrivacyPrinciples:Limits:MaxDocumentBytes</c>.
/// </remarks>
public sealed class PrivacyPrinciplesOptions
{
    /// <summary>The configuration section these options are conventionally bound from: <c>PrivacyPrinciples</c>.</summary>
    public const string SectionName = "PrivacyPrinciples";

    /// <summary>The rule set to evaluate against, given in code (it cannot be bound from configuration).</summary>
    /// <value>
    /// The default value is <see langword="null"/>: the built-in
    /// <see cref="BuiltInRuleSets.VtcJointStatement2020"/>, unless <see cref="RuleSetPath"/> is set.
    /// Setting both is an options validation error.
    /// </value>
    public RuleSet? RuleSet { get; set; }

    /// <summary>
    /// A JSON rule set file to load instead of the built-in one, read with <see cref="Limits"/>. It
    /// is read when the options are validated, so a missing or broken file fails at start-up with
    /// every error in it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>. Setting both this and <see cref="RuleSet"/> is an options validation error.</value>
    public string? RuleSetPath { get; set; }

    /// <summary>How evaluations are dated: an explicit date, or a clock.</summary>
    /// <value>
    /// The defaults of <see cref="EvaluationOptions"/>, except that when
    /// <see cref="EvaluationOptions.TimeProvider"/> is left at <see cref="TimeProvider.System"/>
    /// and the container holds a <see cref="TimeProvider"/>, that clock is used.
    /// </value>
    public EvaluationOptions Evaluation { get; } = new();

    /// <summary>
    /// The limits the attestation, rule set, waiver and profile readers enforce, and the limits
    /// <see cref="RuleSetPath"/> is read with.
    /// </summary>
    /// <value>The defaults of <see cref="ReaderOptions"/>.</value>
    public ReaderOptions Limits { get; } = new();

    /// <summary>The limits the <see cref="ReportReader"/> enforces; reports are larger than the documents they judge.</summary>
    /// <value>The defaults of <see cref="ReaderOptions"/>, except <see cref="ReaderOptions.MaxDocumentBytes"/> 16 MiB and <see cref="ReaderOptions.MaxItems"/> 10,000, as for <c>new ReportReader()</c>.</value>
    public ReaderOptions ReportLimits { get; } = new() { MaxDocumentBytes = 16 * 1024 * 1024, MaxItems = 10_000 };

    /// <summary>The limits the <see cref="Engagements.EngagementReader"/> enforces; an engagement may list many vendors.</summary>
    /// <value>The defaults of <see cref="ReaderOptions"/>, except <see cref="ReaderOptions.MaxItems"/> 10,000, as for <c>new EngagementReader()</c>.</value>
    public ReaderOptions EngagementLimits { get; } = new() { MaxItems = 10_000 };

    internal RuleSet ResolveRuleSet()
    {
        if (RuleSet is not null)
        {
            return RuleSet;
        }

        if (RuleSetPath is null)
        {
            return BuiltInRuleSets.VtcJointStatement2020;
        }

        var read = ReadRuleSetFile();
        return read.Succeeded
            ? read.Value
            : throw new InvalidOperationException(string.Join(Environment.NewLine, [RuleSetPathNotValid, .. read.Errors.Select(e => "  " + e)]));
    }

    internal const string RuleSetPathNotValid = "PrivacyPrinciplesOptions.RuleSetPath names a rule set that is not valid:";

    internal ReadResult<RuleSet> ReadRuleSetFile() => new RuleSetReader(Limits).ReadFile(RuleSetPath!);
}
