using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Builds a template attestation: one answer for every active expectation of a rule set, with the
/// rule set's guidance beside it, ready to be filled in. The template is a valid attestation: every
/// answer starts as <see cref="AnswerStatus.NotImplemented"/>, the conservative claim, until the
/// vendor changes it. Thread-safe.
/// </summary>
public static class AttestationTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="ruleSet">The rule set whose expectations to list.</param>
    /// <param name="vendor">The vendor.</param>
    /// <param name="service">The service.</param>
    /// <param name="attestedOn">The attestation date (time of day is ignored).</param>
    /// <param name="audiences">The audiences the service declares; expectations that apply only to other audiences are left out.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Attestation Create(RuleSet ruleSet, VendorInfo vendor, ServiceInfo service, DateTime attestedOn, IReadOnlyList<Audience> audiences)
    {
        _ = ruleSet ?? throw new ArgumentNullException(nameof(ruleSet));
        _ = audiences ?? throw new ArgumentNullException(nameof(audiences));
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var expectation in ruleSet.Expectations.Where(e => e.Lifecycle == ExpectationLifecycle.Active))
        {
            if (expectation.AppliesTo.Count > 0 && !expectation.AppliesTo.Any(audiences.Contains))
            {
                continue;
            }

            answers.Add(expectation.Id, new Answer
            {
                Status = AnswerStatus.NotImplemented,
                Guidance = $"{expectation.Title}. {expectation.Guidance ?? expectation.Remediation}",
            });
        }

        return new Attestation
        {
            SchemaVersion = Attestation.CurrentSchemaVersion,
            RuleSet = new RuleSetReference { Id = ruleSet.Id, Version = ruleSet.Version },
            Vendor = vendor ?? throw new ArgumentNullException(nameof(vendor)),
            Service = service ?? throw new ArgumentNullException(nameof(service)),
            AttestedOn = attestedOn.Date,
            Audiences = AudienceDeclarations.Serving([.. audiences]),
            Answers = answers,
        };
    }
}
