using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// The evidence one fictional vendor can offer: a few validation artefacts (audits, certificates,
/// penetration tests, a bug bounty) and monitoring artefacts that several answers cite, plus a
/// policy, design note, default setting or help article per answer. Dates fall in the 30 months
/// before the attestation; validation artefacts expire 12 to 36 months after issue, so some have
/// expired by the time they are reviewed. Not thread-safe: one instance per attestation.
/// </summary>
internal sealed class SyntheticEvidence
{
    private static readonly EvidenceKind[] ValidationKinds = [EvidenceKind.IndependentAudit, EvidenceKind.Certification, EvidenceKind.PenetrationTest, EvidenceKind.BugBounty];
    private static readonly EvidenceKind[] MonitoringKinds = [EvidenceKind.Monitoring, EvidenceKind.InternalReview, EvidenceKind.InternalAudit];

    private readonly string _brand;
    private readonly string _slug;
    private readonly string _service;
    private readonly DateTime _attestedOn;
    private readonly bool _builtIn;
    private readonly RuleSet _ruleSet;
    private readonly ProfileTraits _traits;
    private readonly SyntheticRandom _random;
    private readonly List<Evidence> _validation = [];
    private readonly List<Evidence> _monitoring = [];

    public SyntheticEvidence(string brand, string slug, string service, DateTime attestedOn, RuleSet ruleSet, bool builtIn, ProfileTraits traits, SyntheticRandom random)
    {
        _brand = brand;
        _slug = slug;
        _service = service;
        _attestedOn = attestedOn;
        _ruleSet = ruleSet;
        _builtIn = builtIn;
        _traits = traits;
        _random = random;

        var kinds = ValidationKinds.ToList();
        _random.Shuffle(kinds);
        var validations = _random.Between(_traits.ValidatePool.Min, _traits.ValidatePool.Max);
        foreach (var kind in kinds.Take(validations))
        {
            _validation.Add(Validation(kind));
        }

        var monitors = _random.Between(1, 3);
        for (var i = 0; i < monitors; i++)
        {
            _monitoring.Add(Monitoring(_random.Pick(MonitoringKinds), i));
        }
    }

    /// <summary>The evidence for one answer: none for a claim without implementation credit, otherwise up to four pieces.</summary>
    public IReadOnlyList<Evidence> For(Expectation expectation, AnswerStatus status)
    {
        if (status is not (AnswerStatus.Implemented or AnswerStatus.Partial))
        {
            return [];
        }

        var damp = status == AnswerStatus.Partial ? 0.7 : 1.0;
        var evidence = new List<Evidence>(4);
        if (_random.Chance(_traits.Achieve * damp))
        {
            evidence.Add(Achievement(expectation));
            if (_random.Chance(0.2))
            {
                evidence.Add(Achievement(expectation));
            }
        }

        if (_random.Chance(_traits.Monitor * damp))
        {
            evidence.Add(_random.Pick(_monitoring));
        }

        var eligible = _validation.Where(v => Fits(v.Kind, expectation)).ToList();
        if (eligible.Count > 0 && _random.Chance(_traits.Validate * damp * damp))
        {
            _random.Shuffle(eligible);
            evidence.AddRange(eligible.Take(_random.Chance(0.25) ? 2 : 1));
        }

        return evidence.Count > 4 ? evidence.Take(4).ToList() : evidence;
    }

    /// <summary>
    /// One more piece of evidence for a claim, of the kind a follow-up question asks for: how the
    /// measure is monitored, or how it is validated; <see langword="null"/> when the vendor has
    /// nothing of that kind that fits the expectation.
    /// </summary>
    public Evidence? More(Expectation expectation, EvidencePurpose purpose)
    {
        if (purpose == EvidencePurpose.Monitor)
        {
            return _random.Pick(_monitoring);
        }

        var eligible = _validation.Where(v => Fits(v.Kind, expectation)).ToList();
        return eligible.Count == 0 ? null : _random.Pick(eligible);
    }

    // Penetration tests and bug bounties speak to security measures only; audits and certificates to anything.
    private bool Fits(EvidenceKind kind, Expectation expectation) =>
        !_builtIn || kind is EvidenceKind.IndependentAudit or EvidenceKind.Certification || expectation.Principle == "SEC";

    private Evidence Validation(EvidenceKind kind)
    {
        var issued = DateBefore(_traits.ValidateAgeMonths);
        var independent = _random.Chance(_traits.Independent);
        var year = Year(issued);
        var (title, reference) = kind switch
        {
            EvidenceKind.IndependentAudit => ($"Controls audit of {_service} (SOC-style), {year}", $"{_brand} SOC-style report {year}"),
            EvidenceKind.Certification => _random.Chance(0.5)
                ? ("ISO/IEC 27001 certificate", $"https://trust.{_slug}.example/certificates/iso-27001-{year}")
                : ("ISO/IEC 27701 certificate", $"https://trust.{_slug}.example/certificates/iso-27701-{year}"),
            EvidenceKind.PenetrationTest => ($"Penetration test of the {_service} apps and servers", $"{_brand} penetration test report, {issued.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}"),
            _ => ("Public vulnerability disclosure programme", $"https://trust.{_slug}.example/security/vulnerability-disclosure"),
        };
        return new Evidence
        {
            Kind = kind,
            Shows = EvidencePurpose.Validate,
            Title = title,
            Reference = reference,
            Issued = issued,
            Expires = issued.AddMonths(_random.Between(12, 36)),
            Independent = independent,
            Issuer = independent ? SyntheticNames.Issuer(_random) : $"{_brand} internal security team",
        };
    }

    private Evidence Monitoring(EvidenceKind kind, int number)
    {
        var issued = DateBefore(12);
        var (title, reference) = kind switch
        {
            EvidenceKind.Monitoring => ("Privacy and security controls dashboard", $"{_brand} controls dashboard export, {issued.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}"),
            EvidenceKind.InternalReview => ("Quarterly review of privacy controls", $"{_brand} privacy controls review, Q{((issued.Month - 1) / 3) + 1} {Year(issued)}"),
            _ => ("Internal audit of privacy and security controls", string.Format(CultureInfo.InvariantCulture, "{0} internal audit report IA-{1}-{2:00}", _brand, Year(issued), number + 1)),
        };
        return new Evidence { Kind = kind, Shows = EvidencePurpose.Monitor, Title = title, Reference = reference, Issued = issued };
    }

    private Evidence Achievement(Expectation expectation)
    {
        var principle = _ruleSet.Principles.FirstOrDefault(p => p.Id == expectation.Principle)?.Title ?? expectation.Principle;
        var id = expectation.Id.ToLowerInvariant();
        var kind = _random.Pick(AchieveKinds(expectation.Principle));
        var (title, reference) = kind switch
        {
            EvidenceKind.Policy => ($"{principle} policy", $"https://trust.{_slug}.example/policies/{Slug(principle)}#{id}"),
            EvidenceKind.Design => ($"Design note: {expectation.Title}", _random.Chance(0.5) ? $"https://trust.{_slug}.example/architecture/{id}" : $"{_brand} design note {expectation.Id}"),
            EvidenceKind.DefaultSetting => ("Default meeting settings", $"https://help.{_slug}.example/settings/{id}"),
            _ => ($"Help article: {expectation.Title}", $"https://help.{_slug}.example/articles/{id}"),
        };
        return new Evidence { Kind = kind, Shows = EvidencePurpose.Achieve, Title = title, Reference = reference, Issued = DateBefore(30) };
    }

    private EvidenceKind[] AchieveKinds(string principle) => !_builtIn
        ? [EvidenceKind.Policy, EvidenceKind.Design, EvidenceKind.DefaultSetting]
        : principle switch
        {
            "PBD" => [EvidenceKind.DefaultSetting, EvidenceKind.DefaultSetting, EvidenceKind.Design, EvidenceKind.Policy],
            "SEC" => [EvidenceKind.Design, EvidenceKind.Policy, EvidenceKind.Policy],
            "EUC" => [EvidenceKind.DefaultSetting, EvidenceKind.Design, EvidenceKind.Documentation],
            _ => [EvidenceKind.Policy, EvidenceKind.Policy, EvidenceKind.Documentation],
        };

    // A date from 0 to about the given number of months (30 days each) before the attestation.
    private DateTime DateBefore(int months) => _attestedOn.AddDays(-_random.Between(0, months * 30));

    private static string Year(DateTime date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string Slug(string text) =>
        string.Join("-", new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray()).Split([' '], StringSplitOptions.RemoveEmptyEntries));
}
