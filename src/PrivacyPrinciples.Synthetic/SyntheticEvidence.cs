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
/// policy, design note, default setting or help article per answer. Every piece is declared once
/// (<see cref="Declared"/>) and cited by id; a citation is chosen among the kinds the rule set's
/// evidence class accepts for the expectation, as a careful vendor would. Dates fall in the 30
/// months before the attestation; validation artefacts expire 12 to 36 months after issue, so
/// some have expired or grown stale by the time they are reviewed. Not thread-safe: one instance
/// per attestation.
/// </summary>
internal sealed class SyntheticEvidence
{
    private static readonly EvidenceKind[] ValidationKinds = [EvidenceKind.IndependentAudit, EvidenceKind.Certification, EvidenceKind.PenetrationTest, EvidenceKind.BugBounty];
    private static readonly EvidenceKind[] MonitoringKinds = [EvidenceKind.Monitoring, EvidenceKind.InternalReview, EvidenceKind.InternalAudit];

    private readonly string _brand;
    private readonly string _slug;
    private readonly string _service;
    private readonly DateTime _attestedOn;
    private readonly RuleSet _ruleSet;
    private readonly Dictionary<string, EvidenceClass> _classes;
    private readonly ProfileTraits _traits;
    private readonly SyntheticRandom _random;
    private readonly List<Evidence> _validation = [];
    private readonly List<Evidence> _monitoring = [];
    private readonly List<Evidence> _declared = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public SyntheticEvidence(string brand, string slug, string service, DateTime attestedOn, RuleSet ruleSet, ProfileTraits traits, SyntheticRandom random, IReadOnlyList<Evidence>? declared = null)
    {
        _brand = brand;
        _slug = slug;
        _service = service;
        _attestedOn = attestedOn;
        _ruleSet = ruleSet;
        _classes = ruleSet.EvidenceClasses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _traits = traits;
        _random = random;

        // A follow-up keeps what the first round declared, so its citations still resolve.
        foreach (var item in declared ?? [])
        {
            Declare(item);
        }

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

    /// <summary>Every piece cited so far, in the order first cited: the attestation's evidence.</summary>
    public IReadOnlyList<Evidence> Declared => _declared;

    /// <summary>The evidence for one answer: none for a claim without implementation credit, otherwise up to four pieces.</summary>
    public IReadOnlyList<EvidenceCitation> For(Expectation expectation, AnswerStatus status, ExpectationLevel level)
    {
        if (status is not (AnswerStatus.Implemented or AnswerStatus.Partial))
        {
            return [];
        }

        var evidenceClass = _classes[expectation.EvidenceClass];
        var damp = status == AnswerStatus.Partial ? 0.7 : 1.0;
        var achieve = level == ExpectationLevel.Baseline ? _traits.AchieveBaseline : _traits.Achieve;
        var citations = new List<EvidenceCitation>(4);
        if (_random.Chance(achieve * damp))
        {
            citations.Add(Cite(Achievement(expectation, evidenceClass), EvidencePurpose.Achieve));
            if (_random.Chance(0.2))
            {
                citations.Add(Cite(Achievement(expectation, evidenceClass), EvidencePurpose.Achieve));
            }
        }

        var monitors = _monitoring.Where(m => evidenceClass.Monitor.Contains(m.Kind)).ToList();
        if (monitors.Count > 0 && _random.Chance(_traits.Monitor * damp))
        {
            citations.Add(Cite(_random.Pick(monitors), EvidencePurpose.Monitor));
        }

        var eligible = _validation.Where(v => evidenceClass.Validate.Contains(v.Kind)).ToList();
        if (eligible.Count > 0 && _random.Chance(_traits.Validate * damp * damp))
        {
            _random.Shuffle(eligible);
            citations.AddRange(eligible.Take(_random.Chance(0.25) ? 2 : 1).Select(v => Cite(v, EvidencePurpose.Validate)));
        }

        return citations.Count > 4 ? citations.Take(4).ToList() : citations;
    }

    /// <summary>
    /// One more piece of evidence for a claim, of the kind a follow-up question asks for: how the
    /// measure is monitored, or how it is validated; <see langword="null"/> when the vendor has
    /// nothing of that kind that fits the expectation.
    /// </summary>
    public EvidenceCitation? More(Expectation expectation, EvidencePurpose purpose)
    {
        var evidenceClass = _classes[expectation.EvidenceClass];
        var pool = purpose == EvidencePurpose.Monitor
            ? _monitoring.Where(m => evidenceClass.Monitor.Contains(m.Kind)).ToList()
            : _validation.Where(v => evidenceClass.Validate.Contains(v.Kind)).ToList();
        return pool.Count == 0 ? null : Cite(_random.Pick(pool), purpose);
    }

    private EvidenceCitation Cite(Evidence item, EvidencePurpose shows)
    {
        Declare(item);
        return new EvidenceCitation { Ref = item.Id, Shows = shows };
    }

    private void Declare(Evidence item)
    {
        if (_ids.Add(item.Id))
        {
            _declared.Add(item);
        }
    }

    // Ids are stable words from the title, made unique with a number when needed.
    private string NewId(string stem)
    {
        var id = Slug(stem);
        if (id.Length > 56)
        {
            id = id.Substring(0, 56).TrimEnd('-');
        }

        var unique = id;
        for (var n = 2; _ids.Contains(unique) || _validation.Any(v => v.Id == unique) || _monitoring.Any(m => m.Id == unique); n++)
        {
            unique = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

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
            Id = NewId(kind switch
            {
                EvidenceKind.IndependentAudit => "controls-audit-" + year,
                EvidenceKind.Certification => title.Contains("27001") ? "iso-27001-" + year : "iso-27701-" + year,
                EvidenceKind.PenetrationTest => "penetration-test-" + year,
                _ => "vulnerability-disclosure",
            }),
            Kind = kind,
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
        return new Evidence { Id = NewId(title), Kind = kind, Title = title, Reference = reference, Issued = issued };
    }

    private Evidence Achievement(Expectation expectation, EvidenceClass evidenceClass)
    {
        var principle = _ruleSet.Principles.FirstOrDefault(p => p.Id == expectation.Principle)?.Title ?? expectation.Principle;
        var id = expectation.Id.ToLowerInvariant();
        var preferred = AchieveKinds(expectation.Principle).Where(evidenceClass.Achieve.Contains).ToArray();
        var kind = _random.Pick(preferred.Length > 0 ? preferred : [.. evidenceClass.Achieve]);
        var (title, reference) = kind switch
        {
            EvidenceKind.Policy => ($"{principle} policy", $"https://trust.{_slug}.example/policies/{Slug(principle)}#{id}"),
            EvidenceKind.Design => ($"Design note: {expectation.Title}", _random.Chance(0.5) ? $"https://trust.{_slug}.example/architecture/{id}" : $"{_brand} design note {expectation.Id}"),
            EvidenceKind.DefaultSetting => ("Default meeting settings", $"https://help.{_slug}.example/settings/{id}"),
            EvidenceKind.PrivacyImpactAssessment => ($"Privacy impact assessment: {expectation.Title}", $"{_brand} privacy impact assessment {expectation.Id}"),
            _ => ($"Help article: {expectation.Title}", $"https://help.{_slug}.example/articles/{id}"),
        };
        return new Evidence { Id = NewId(id + "-" + Name(kind)), Kind = kind, Title = title, Reference = reference, Issued = DateBefore(30) };
    }

    // The kinds a vendor reaches for first, by principle; the rule set's class has the last word.
    private static EvidenceKind[] AchieveKinds(string principle) => principle switch
    {
        "PBD" => [EvidenceKind.DefaultSetting, EvidenceKind.DefaultSetting, EvidenceKind.Design, EvidenceKind.Policy],
        "SEC" => [EvidenceKind.Design, EvidenceKind.Policy, EvidenceKind.Policy],
        "EUC" => [EvidenceKind.DefaultSetting, EvidenceKind.Design, EvidenceKind.Documentation],
        _ => [EvidenceKind.Policy, EvidenceKind.Policy, EvidenceKind.Documentation],
    };

    // A date from 0 to about the given number of months (30 days each) before the attestation.
    private DateTime DateBefore(int months) => _attestedOn.AddDays(-_random.Between(0, months * 30));

    private static string Name(EvidenceKind kind) => Slug(Serialization.PrivacyPrinciplesJson.NameOf(kind));

    private static string Year(DateTime date) => date.Year.ToString(CultureInfo.InvariantCulture);

    private static string Slug(string text)
    {
        // camelCase words and punctuation both become hyphens.
        var spaced = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(text[i - 1]))
            {
                spaced.Append(' ');
            }

            spaced.Append(char.IsLetterOrDigit(c) && c < 128 ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join("-", spaced.ToString().Split([' '], StringSplitOptions.RemoveEmptyEntries));
    }
}
