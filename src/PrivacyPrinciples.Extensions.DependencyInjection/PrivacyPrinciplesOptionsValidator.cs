using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Options;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.DependencyInjection;

/// <summary>
/// Checks <see cref="PrivacyPrinciplesOptions"/> once, when they are first resolved (or at
/// start-up, with a host), and lists every problem at once in one
/// <see cref="OptionsValidationException"/>.
/// </summary>
internal sealed class PrivacyPrinciplesOptionsValidator : IValidateOptions<PrivacyPrinciplesOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyPrinciplesOptions options)
    {
        var failures = new List<string>();
        Limits(options.Limits, nameof(PrivacyPrinciplesOptions.Limits), failures);
        Limits(options.ReportLimits, nameof(PrivacyPrinciplesOptions.ReportLimits), failures);
        Limits(options.EngagementLimits, nameof(PrivacyPrinciplesOptions.EngagementLimits), failures);

        if (options.Evaluation.TimeProvider is null)
        {
            failures.Add("PrivacyPrinciplesOptions.Evaluation.TimeProvider must not be null.");
        }

        if (options.RuleSet is not null && options.RuleSetPath is not null)
        {
            failures.Add("PrivacyPrinciplesOptions.RuleSet and PrivacyPrinciplesOptions.RuleSetPath are both set; set one of them.");
        }
        else if (options.RuleSetPath is not null)
        {
            if (string.IsNullOrWhiteSpace(options.RuleSetPath))
            {
                failures.Add("PrivacyPrinciplesOptions.RuleSetPath is empty; leave it unset for the built-in rule set.");
            }
            else if (failures.Count == 0)
            {
                // Read now, so a missing or broken rule set file stops the application at start-up
                // with every error in it, not at the first evaluation.
                var read = options.ReadRuleSetFile();
                if (!read.Succeeded)
                {
                    failures.Add(string.Join(Environment.NewLine, [PrivacyPrinciplesOptions.RuleSetPathNotValid, .. read.Errors.Select(e => "  " + e)]));
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Limits(ReaderOptions limits, string property, List<string> failures)
    {
        Positive(limits.MaxDocumentBytes, nameof(ReaderOptions.MaxDocumentBytes));
        Positive(limits.MaxDepth, nameof(ReaderOptions.MaxDepth));
        Positive(limits.MaxItems, nameof(ReaderOptions.MaxItems));
        Positive(limits.MaxStringLength, nameof(ReaderOptions.MaxStringLength));
        Positive(limits.MaxErrors, nameof(ReaderOptions.MaxErrors));

        void Positive(int value, string limit)
        {
            if (value <= 0)
            {
                failures.Add($"PrivacyPrinciplesOptions.{property}.{limit} must be positive; it is {value.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }
}
