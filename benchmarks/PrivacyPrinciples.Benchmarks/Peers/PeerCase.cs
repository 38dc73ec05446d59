using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// One expectation of one attestation, as a fact a general rules engine can match: the
/// expectation's definition, the answer (if any), the service's facts and declared audiences, and
/// the evaluation date. The peers' adapters build these; building them is part of what the
/// benchmarks time. The decision fields are written by NRules' rule actions.
/// </summary>
public sealed class PeerCase
{
    /// <summary>Creates the case for one expectation.</summary>
    /// <param name="expectation">The expectation.</param>
    /// <param name="attestation">The attestation.</param>
    /// <param name="audiences">The attestation's declared audiences in JSON spelling.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <param name="evidenceValidityMonths">How long evidence without an expiry date counts.</param>
    public PeerCase(Expectation expectation, Attestation attestation, string[] audiences, DateTime evaluatedOn, int evidenceValidityMonths)
    {
        Expectation = expectation;
        Id = expectation.Id;
        attestation.Answers.TryGetValue(expectation.Id, out var answer);
        Answer = answer;
        Facts = attestation.Facts;
        Audiences = audiences;
        DeclaredAudiences = attestation.Audiences;
        On = evaluatedOn.Date;
        ValidityMonths = evidenceValidityMonths;
        Level = expectation.Level;
    }

    /// <summary>The expectation's definition.</summary>
    public Expectation Expectation { get; }

    /// <summary>The expectation's identifier.</summary>
    public string Id { get; }

    /// <summary>The vendor's answer, or <see langword="null"/>.</summary>
    public Answer? Answer { get; }

    /// <summary>The service's facts.</summary>
    public ServiceFacts Facts { get; }

    /// <summary>The declared audiences, in JSON spelling (<c>health</c>, <c>children</c>).</summary>
    public IReadOnlyList<string> Audiences { get; }

    /// <summary>The declared audiences.</summary>
    public IReadOnlyList<Audience> DeclaredAudiences { get; }

    /// <summary>The evaluation date.</summary>
    public DateTime On { get; }

    /// <summary>How many months evidence without an expiry date counts.</summary>
    public int ValidityMonths { get; }

    /// <summary>The decided outcome; <see langword="null"/> until a rule decides it.</summary>
    public Outcome? Outcome { get; set; }

    /// <summary>The decided assurance level.</summary>
    public AssuranceLevel Assurance { get; set; }

    /// <summary>The level after audience raises; starts at the expectation's own level.</summary>
    public ExpectationLevel Level { get; set; }

    /// <summary>The decision, once every rule has fired.</summary>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidOperationException">No rule decided the outcome: the peer's rules are incomplete.</exception>
    public PeerDecision Decision() =>
        new(Id, Outcome ?? throw new InvalidOperationException($"No rule decided the outcome of {Id}."), Assurance, Level);

    /// <summary>Raises the assurance level to <paramref name="level"/> when it is higher.</summary>
    /// <param name="level">The level some evidence shows.</param>
    public void AtLeast(AssuranceLevel level)
    {
        if (level > Assurance)
        {
            Assurance = level;
        }
    }
}
