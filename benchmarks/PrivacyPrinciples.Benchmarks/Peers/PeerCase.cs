using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// One expectation of one attestation, as a fact a general rules engine can match: the
/// expectation's definition, the answer (if any), the service's facts and declared audiences, the
/// evaluation date, the evidence the answer cites, and what the evaluator's text test says of the
/// statement and the justification. The peers' adapters build these (<see cref="For"/>); building
/// them is part of what the benchmarks time. The decision fields are written by NRules' rule actions.
/// </summary>
/// <remarks>
/// Whether free text has substance (not blank, not a placeholder, not the title again, not pasted
/// into several answers, long enough) is an input here, judged by the evaluator's own
/// <see cref="Substance"/>, just as the evaluation date is an input: a word list and a length
/// threshold are not what a rules engine is for, and a second copy of them would measure string
/// handling rather than rule evaluation. Everything that decides with those inputs (the outcome,
/// what evidence counts, the level) is in the peers' rules.
/// </remarks>
public sealed class PeerCase
{
    private PeerCase(Expectation expectation, EvidenceClass evidenceClass, ExpectationText? ruleSetText, ExpectationTopic? topic, AudienceDeclarations served, ServiceFacts facts, Answer? answer, DateTime on, StatementSet statements, int index)
    {
        Expectation = expectation;
        EvidenceClass = evidenceClass;
        Id = expectation.Id;
        Answer = answer;
        Facts = facts;
        Declared = served;
        On = on;
        Level = expectation.Level;
        if (answer is not null)
        {
            // An implemented claim whose statement says the encryption the checks require is absent,
            // or sets the measure a date after the evaluation date, is not in place, as the evaluator reads it.
            StatementHasSubstance = statements.Judge(index, Substance.TitleWords(expectation.Title), ruleSetText, topic, answer.Status == AnswerStatus.Implemented,
                EncryptionAbsence.Of(expectation), on) == SubstanceVerdict.Substantive;

            // A partial claim (or an implemented one whose scope or statement limits it, read as
            // partial) whose text says only that the measure is not in place has no substance either.
            var partial = answer.Status == AnswerStatus.Partial
                || (answer.Status == AnswerStatus.Implemented && (answer.Scope is { IsLimiting: true } || PlanLimits.LimitingPhrase(answer.Statement) is not null));
            StatementHasSubstance &= !(partial && NothingInPlace.Says(statements, index, answer.Statement, answer.Scope));

            // A justification is judged on its own: the tests across answers are for statements.
            using var justifications = new StatementSet([answer.Justification]);
            JustificationHasSubstance = justifications.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText) == SubstanceVerdict.Substantive;
        }
    }

    /// <summary>The expectation's definition.</summary>
    public Expectation Expectation { get; }

    /// <summary>The expectation's evidence class: which kinds of evidence can show which purpose.</summary>
    public EvidenceClass EvidenceClass { get; }

    /// <summary>The expectation's identifier.</summary>
    public string Id { get; }

    /// <summary>The vendor's answer, or <see langword="null"/>.</summary>
    public Answer? Answer { get; }

    /// <summary>The service's facts, less any two that contradict each other (input: the evaluator's consistency test, as the statements' substance is).</summary>
    public ServiceFacts Facts { get; }

    /// <summary>The audiences the service serves, and does not: those it states, and those its own name or description names (input: the evaluator's reading, as the statements' substance is).</summary>
    public AudienceDeclarations Declared { get; }

    /// <summary>The evaluation date.</summary>
    public DateTime On { get; }

    /// <summary>Whether the answer's statement says something of its own (input: the evaluator's text test, with the attestation's boilerplate).</summary>
    public bool StatementHasSubstance { get; }

    /// <summary>Whether the answer's justification says something of its own (input: the evaluator's text test).</summary>
    public bool JustificationHasSubstance { get; }

    /// <summary>The evidence the answer cites, in order; empty when there is no answer.</summary>
    public IReadOnlyList<PeerCitation> Citations { get; private set; } = [];

    /// <summary>The decided outcome; <see langword="null"/> until a rule decides it.</summary>
    public Outcome? Outcome { get; set; }

    /// <summary>The aspects decided so far.</summary>
    public PeerAspects Aspects { get; set; }

    /// <summary>The level after audience raises; starts at the expectation's own level.</summary>
    public ExpectationLevel Level { get; set; }

    /// <summary>
    /// The cases for one attestation, one per expectation in order: what the evaluator's gathering
    /// reads (the answer, each citation resolved to the first declared evidence with its id, the
    /// statements repeated across answers), and nothing it decides.
    /// </summary>
    internal static PeerCase[] For(PeerRules rules, Attestation attestation, DateTime evaluatedOn)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        var expectations = rules.Active;
        var on = evaluatedOn.Date;
        // The statements are normalised once for the boilerplate test and their verdicts, in the
        // expectations' order, then any answer to another id, as the evaluator's gathering does.
        // A statement is judged with the attestation's own identifiers (evidence ids, fact paths)
        // and the titles of the evidence its answer cites blanked, by the evaluator's function, as the evaluator's gathering does.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < attestation.Evidence.Count; i++)
        {
            ids.TryAdd(attestation.Evidence[i].Id, i);
        }

        var answers = new Answer?[expectations.Count];
        var statements = new List<string?>(Math.Max(expectations.Count, attestation.Answers.Count));
        for (var i = 0; i < answers.Length; i++)
        {
            attestation.Answers.TryGetValue(expectations[i].Id, out answers[i]);
            statements.Add(AttestationContext.WithoutIdentifiers(answers[i], attestation, ids));
        }

        if (answers.Count(a => a is not null) != attestation.Answers.Count)
        {
            var evaluated = new HashSet<string>(expectations.Select(e => e.Id), StringComparer.Ordinal);
            statements.AddRange(attestation.Answers.Where(pair => !evaluated.Contains(pair.Key)).Select(pair => AttestationContext.WithoutIdentifiers(pair.Value, attestation, ids)));
        }
        using var statementSet = new StatementSet(statements, rules.NamingWords);

        // Whether the claims are held to their topics is an input too, decided across answers.
        var claims = Enumerable.Range(0, answers.Length).Where(i => answers[i] is { Status: AnswerStatus.Implemented or AnswerStatus.Partial, Statement: not null } && rules.Topics[i] is not null).ToArray();
        var heldToTopics = ExpectationTopic.AreHeld(claims.Count(i => statementSet.MissesTopic(i, rules.Topics[i]!)), claims.Length);

        // A reference's text inputs are worked out once per declared evidence, as the evaluator does.
        var references = new Dictionary<Evidence, PeerReference>(ReferenceEqualityComparer.Instance);
        Dictionary<string, Evidence>? declared = null;
        foreach (var item in attestation.Evidence)
        {
            declared ??= new Dictionary<string, Evidence>(StringComparer.Ordinal);
            declared.TryAdd(item.Id, item);
        }

        // The document each piece of evidence is, as the evaluator groups them (one address under
        // several keys, or under several queries with one title, is one document).
        var groups = AttestationContext.DocumentsOf(attestation.Evidence);
        var documentOf = new Dictionary<Evidence, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < groups.Length; k++)
        {
            documentOf[attestation.Evidence[k]] = groups[k];
        }

        // Which stated facts contradict each other follows from what the facts mean, not from the
        // rule set, so it is an input here, like the statements' substance; so is which stated
        // facts the attestation's own words say the opposite of (the evaluator's reading of them).
        var facts = FactConsistency.Check(attestation.Facts).Facts;
        facts = StatedAgainst.Check(facts, attestation.Service.Description, answers, [.. expectations.Select(e => e.Id)], statementSet).Facts;

        // An audience the service's own words name is served whatever the attestation states: the
        // evaluator's reading of the description is an input too.
        var served = AudienceNames.Served(attestation);
        var offSubject = EvidenceSubject.OffSubjectCitations(attestation, on, [.. expectations.Select(e => e.Id)], rules.NamingWords, rules.Topics);
        var cases = new PeerCase[expectations.Count];
        for (var i = 0; i < cases.Length; i++)
        {
            var expectation = expectations[i];
            var answer = answers[i];

            // An implemented claim whose scope or statement names a part of the service is the
            // partial answer it describes, and a citation of evidence that misses the expectation's
            // subject earns nothing (the evaluator's reading of the words is an input, as above).
            if (answer is { Status: AnswerStatus.Implemented } && (answer.Scope is { IsLimiting: true } || PlanLimits.LimitingPhrase(answer.Statement) is not null))
            {
                answer = answer with { Status = AnswerStatus.Partial };
            }

            if (answer is not null && offSubject?[i] is { } off)
            {
                answer = answer with { Evidence = [.. answer.Evidence.Where((_, j) => !off[j])] };
            }

            var c = new PeerCase(expectation, rules.Classes[i], rules.RuleSetText, heldToTopics ? rules.Topics[i] : null, served, facts, answer, on, statementSet, i);
            if (answer is { Evidence.Count: > 0 })
            {
                var citations = new PeerCitation[answer.Evidence.Count];
                var weighed = WeighedCitations(answer, declared, rules.Classes[i], rules, on, references, documentOf);
                for (var j = 0; j < citations.Length; j++)
                {
                    var citation = answer.Evidence[j];
                    Evidence? item = null;
                    _ = declared?.TryGetValue(citation.Ref, out item);
                    var repeats = item is not null && weighed[documentOf[item]] != j;
                    citations[j] = new PeerCitation(c, citation, item, item is null ? null : rules.KindRule(item.Kind), item is null ? PeerReference.None : ReferenceText(references, item), item is not null && AttestationContext.IssuedByAttestingParty(item.Issuer, attestation), item is not null && AttestationContext.NamesAnIssuer(item.Issuer), item is not null && (Substance.PublicityOf(item.Title, item.Reference, item.Issuer) is not null || Substance.SelfAssessmentOf(item.Title, item.Reference) is not null), repeats);
                }

                c.Citations = citations;
            }

            cases[i] = c;
        }

        return cases;
    }

    /// <summary>The decision, once every rule has fired.</summary>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidOperationException">No rule decided the outcome: the peer's rules are incomplete.</exception>
    public PeerDecision Decision() =>
        new(Id, Outcome ?? throw new InvalidOperationException($"No rule decided the outcome of {Id}."), Aspects, Level);

    // For each document an answer cites, the one citation of it that is weighed: one that fits
    // (its reference leads somewhere, its kind fits the purpose, and as independent validation it
    // may be independent and names its issuer), then one current on the
    // evaluation date, then the purpose worth most (achieve, validate, monitor), then the latest
    // issued, then the first evidence id in ordinal order.
    private static Dictionary<int, int> WeighedCitations(Answer answer, Dictionary<string, Evidence>? declared, EvidenceClass evidenceClass, PeerRules rules, DateTime on, Dictionary<Evidence, PeerReference> references, Dictionary<Evidence, int> documentOf)
    {
        var weighed = new Dictionary<int, int>();
        (bool Fits, bool Current, int Worth, DateTime Issued, string Ref) Rank(EvidenceCitation citation)
        {
            var item = declared![citation.Ref];
            var kindRule = rules.KindRule(item.Kind);
            var maxAge = kindRule.MaxAgeMonths;
            var withinAge = ((DateTime.MaxValue.Year - item.Issued.Year) * 12) + (DateTime.MaxValue.Month - item.Issued.Month) < maxAge
                || item.Issued.Date.AddMonths(maxAge) >= on;

            // Fits: a reference that leads somewhere, a kind the class accepts for the purpose, and
            // as independent validation a kind that may be independent, no publicity and a named issuer.
            var reference = item.Reference is null ? PeerReference.None : ReferenceText(references, item);
            var locates = reference.Normalised.Length > 0 && !reference.IsUnreachable
                && (reference.IsUrl || (reference.Normalised.Length >= 2 && !reference.IsPlaceholder
                    && (reference.SaysWithheld ? reference.HoldsDocumentNumberOrPath : reference.HoldsIdentifier || reference.Normalised.Count(ch => ch == ' ') >= 2)
                    && ((!reference.SaysWithheld && reference.Normalised.Count(ch => ch == ' ') >= 2) || reference.TitleNamesDocument)));
            var validates = !(citation.Shows == EvidencePurpose.Validate && item.Independent
                && (!kindRule.MayBeIndependent || Substance.PublicityOf(item.Title, item.Reference, item.Issuer) is not null
                    || Substance.SelfAssessmentOf(item.Title, item.Reference) is not null || !AttestationContext.NamesAnIssuer(item.Issuer)));
            return (locates && evidenceClass.KindsFor(citation.Shows).Contains(item.Kind) && validates,
                item.Issued.Date <= on && (item.Expires is null || item.Expires.Value.Date >= on) && withinAge,
                citation.Shows switch { EvidencePurpose.Achieve => 3, EvidencePurpose.Validate => 2, _ => 1 },
                item.Issued.Date,
                citation.Ref);
        }

        for (var i = 0; i < answer.Evidence.Count; i++)
        {
            var citation = answer.Evidence[i];
            if (declared is null || !declared.TryGetValue(citation.Ref, out var item))
            {
                continue;
            }

            var document = documentOf[item];
            if (!weighed.TryGetValue(document, out var chosen))
            {
                weighed[document] = i;
                continue;
            }

            var (mine, theirs) = (Rank(citation), Rank(answer.Evidence[chosen]));
            var precedes = mine.Fits != theirs.Fits ? mine.Fits
                : mine.Current != theirs.Current ? mine.Current
                : mine.Worth != theirs.Worth ? mine.Worth > theirs.Worth
                : mine.Issued != theirs.Issued ? mine.Issued > theirs.Issued
                : string.CompareOrdinal(mine.Ref, theirs.Ref) < 0;
            if (precedes)
            {
                weighed[document] = i;
            }
        }

        return weighed;
    }

    private static PeerReference ReferenceText(Dictionary<Evidence, PeerReference> references, Evidence item)
    {
        if (!references.TryGetValue(item, out var text))
        {
            text = item.Reference is { } reference ? ReferenceFacts(reference, item.Title ?? item.Id) : PeerReference.None;
            references[item] = text;
        }

        return text;
    }

    private static PeerReference ReferenceFacts(string reference, string title)
    {
        var normalised = Substance.Normalise(reference);
        return new PeerReference(
            normalised,
            Substance.Judge(reference, string.Empty, null) == SubstanceVerdict.Placeholder,
            Substance.IsUrl(reference),
            Substance.HoldsIdentifier(reference),
            Substance.SaysWithheld(normalised),
            Substance.HoldsDocumentNumberOrPath(reference),
            Substance.IsUnreachableUrl(reference),
            Substance.NamesDocument(title));
    }
}
