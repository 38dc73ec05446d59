using System;
using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// Whether evidence is cited under expectations it is not about. A document's words (its title,
/// id and reference, see <see cref="AttestationContext.SubjectText"/>) miss an expectation when
/// they use none of its topic's words (see <see cref="ExpectationTopic.IsNamedBy"/>). One miss
/// proves little: an honest title may name its subject in words of its own ("Signing in" for
/// multi-factor authentication, "Residency checks" for data locations), and the honest samples
/// hold documents that miss up to two of the expectations they are cited under. A narrow document
/// (a policy, a help page, a design note: not <see cref="CoversTheProgramme"/>) that misses
/// <see cref="FewestMisses"/> of them or more is cited for its presence, not its subject (a
/// retention schedule as how multi-factor authentication, encryption and access control are
/// achieved; one security white paper under every answer): each citation of it under an
/// expectation whose subject it misses then earns nothing. Stateless, so thread-safe.
/// </summary>
internal static class EvidenceSubject
{
    /// <summary>A narrow document is held to its subject when it misses at least this many of the expectations it is cited under.</summary>
    public const int FewestMisses = 3;

    /// <summary>
    /// Whether evidence of <paramref name="kind"/> monitors or validates a security or privacy
    /// programme as a whole (a controls dashboard, an internal review or audit, an independent
    /// audit, a certification, a penetration test, a bug bounty, a privacy impact assessment), and
    /// so may be cited under many expectations without naming each: an ISO/IEC 27001 certificate
    /// honestly covers encryption, access and incident response, and one controls dashboard
    /// monitors many measures (see <see cref="Decisions.EvidenceReuse"/>). Whether it fits each
    /// expectation is the evidence class's call, by kind. The other kinds (a policy, a help page,
    /// a design note, a default setting, a contract, training, a transparency report, other) say
    /// how one measure is achieved, and are held to their subject.
    /// </summary>
    public static bool CoversTheProgramme(EvidenceKind kind) => kind is EvidenceKind.Monitoring or EvidenceKind.InternalReview or EvidenceKind.InternalAudit
        or EvidenceKind.IndependentAudit or EvidenceKind.Certification or EvidenceKind.PenetrationTest or EvidenceKind.BugBounty or EvidenceKind.PrivacyImpactAssessment;

    /// <summary>
    /// For each document of the attestation (by <see cref="AttestationContext.DocumentOf"/>), how
    /// many of the expectations citing it it misses, when at least one narrow document misses
    /// <see cref="FewestMisses"/> or more; otherwise <see langword="null"/> (as for most
    /// attestations). Only documents cited under <see cref="FewestMisses"/> expectations or more
    /// are read, each citation's words once per expectation.
    /// </summary>
    /// <param name="context">The attestation.</param>
    /// <param name="topics">The topic of each expectation evaluated, by its position in <see cref="AttestationContext.AnswerTo"/>; <see langword="null"/> for one without a topic, which no document misses.</param>
    public static int[]? Misses(AttestationContext context, IReadOnlyList<ExpectationTopic?> topics) => MissesOf(context, topics);

    /// <summary>
    /// For each expectation of <paramref name="ids"/> (by position), which citations of its answer
    /// cite evidence held to its subject that misses this expectation's, as evaluating reads them;
    /// <see langword="null"/> when no evidence is held to its subject. The benchmarks' peer engines
    /// take this reading as an input, as they take the statements' substance.
    /// </summary>
    internal static bool[]?[]? OffSubjectCitations(Attestation attestation, DateTime evaluatedOn, IReadOnlyList<string> ids, WordSet namingWords, IReadOnlyList<ExpectationTopic?> topics)
    {
        var audienceMask = AudienceNames.Mask(attestation, AudienceNames.Undeclared(attestation));
        using var context = new AttestationContext(attestation, evaluatedOn.Date, audienceMask, ids, namingWords);
        if (MissesOf(context, topics) is not { } misses)
        {
            return null;
        }

        var off = new bool[]?[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            if (context.AnswerTo(i) is not { } answer || topics[i] is not { } topic)
            {
                continue;
            }

            for (var j = 0; j < answer.Evidence.Count; j++)
            {
                if (context.TryGetEvidence(answer.Evidence[j].Ref, out var item, out var index) && !CoversTheProgramme(item.Kind)
                    && misses[context.DocumentOf(index)] >= FewestMisses && !topic.IsNamedBy(context.SubjectText(index)))
                {
                    (off[i] ??= new bool[answer.Evidence.Count])[j] = true;
                }
            }
        }

        return off;
    }

    private static int[]? MissesOf(AttestationContext context, IReadOnlyList<ExpectationTopic?> topics)
    {
        var count = context.Attestation.Evidence.Count;
        if (count == 0)
        {
            return null;
        }

        // First how many expectations cite each narrow document (once per answer, whatever the
        // number of its citations there), then the misses of those cited often enough to be held.
        var (cited, lastAnswer) = (new int[count], new int[count]);
        var often = false;
        for (var i = 0; i < topics.Count; i++)
        {
            var evidence = context.AnswerTo(i)?.Evidence ?? [];
            for (var c = 0; c < evidence.Count; c++)
            {
                if (Narrow(context, evidence[c], out var document, out _) && lastAnswer[document] != i + 1)
                {
                    lastAnswer[document] = i + 1;
                    often |= ++cited[document] >= FewestMisses;
                }
            }
        }

        if (!often)
        {
            return null;
        }

        Array.Clear(lastAnswer, 0, count);
        var misses = new int[count];
        var held = false;
        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i] is not { } topic)
            {
                continue;
            }

            var evidence = context.AnswerTo(i)?.Evidence ?? [];

            for (var c = 0; c < evidence.Count; c++)
            {
                // An answer's first citation of a document speaks for the document there.
                if (Narrow(context, evidence[c], out var document, out var index) && cited[document] >= FewestMisses && lastAnswer[document] != i + 1)
                {
                    lastAnswer[document] = i + 1;
                    if (!topic.IsNamedBy(context.SubjectText(index)))
                    {
                        held |= ++misses[document] >= FewestMisses;
                    }
                }
            }
        }

        return held ? misses : null;
    }

    /// <summary>Whether a citation's evidence is declared, and narrow (see <see cref="CoversTheProgramme"/>); its document and its position if so.</summary>
    private static bool Narrow(AttestationContext context, EvidenceCitation citation, out int document, out int index)
    {
        document = -1;
        if (!context.TryGetEvidence(citation.Ref, out var item, out index) || CoversTheProgramme(item.Kind))
        {
            return false;
        }

        document = context.DocumentOf(index);
        return true;
    }
}
