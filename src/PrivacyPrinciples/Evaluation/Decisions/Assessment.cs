using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// The decision about one expectation, with its findings; scoring turns it into numbers. One
/// instance is reused for every expectation of an evaluation (see <see cref="Reset"/>), so its
/// lists grow once instead of being allocated thirty times; results copy what they keep.
/// </summary>
internal sealed class Assessment
{
    public Outcome Outcome { get; set; }

    public AnswerStatus? Status { get; set; }

    public ImplementationCredit Credit { get; set; }

    /// <summary>What current, fitting evidence covers; <see cref="Aspects.None"/> when nothing does or there is no credit.</summary>
    public Aspects Aspects { get; set; }

    public List<Reason> Reasons { get; } = [];

    public List<FollowUpQuestion> FollowUps { get; } = [];

    public List<EvidenceFinding> Evidence { get; } = [];

    /// <summary>Contradictions found so far in the whole evaluation: not cleared by <see cref="Reset"/>.</summary>
    public List<Contradiction> Contradictions { get; } = [];

    /// <summary>Scratch space for the fact tests behind a check's verdict.</summary>
    public List<CheckObservation> Observations { get; } = [];

    /// <summary>Whether the expectation counts in the denominators.</summary>
    public bool InScope => Outcome != Outcome.NotApplicable;

    /// <summary>Starts the next expectation.</summary>
    public void Reset(AnswerStatus? status)
    {
        Outcome = Outcome.Met;
        Status = status;
        Credit = ImplementationCredit.None;
        Aspects = Aspects.None;
        Reasons.Clear();
        FollowUps.Clear();
        Evidence.Clear();
        Observations.Clear();
    }

    public void Because(Reason reason) => Reasons.Add(reason);

    public void Ask(FollowUpQuestion question) => FollowUps.Add(question);

    /// <summary>Asks a question worded by <paramref name="wording"/> when it is read (see <see cref="FollowUpQuestions"/>).</summary>
    public void Ask(FollowUpKind kind, System.Func<string> wording, string pointer) =>
        FollowUps.Add(new FollowUpQuestion(kind, pointer, wording));
}
