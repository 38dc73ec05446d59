using System.Collections.Generic;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>The decision about one expectation, with its findings; scoring turns it into numbers.</summary>
internal sealed class Assessment
{
    public Outcome Outcome { get; set; }

    public AnswerStatus? Status { get; set; }

    public ImplementationCredit Credit { get; set; }

    public AssuranceLevel Assurance { get; set; }

    public List<Reason> Reasons { get; } = [];

    public List<FollowUpQuestion> FollowUps { get; } = [];

    public List<Contradiction> Contradictions { get; } = [];

    /// <summary>Whether the expectation counts in the denominators.</summary>
    public bool InScope => Outcome != Outcome.NotApplicable;

    public void Because(string code, string message, string pointer) =>
        Reasons.Add(new Reason { Code = code, Message = message, Pointer = pointer });

    public void Ask(FollowUpKind kind, string question, string pointer) =>
        FollowUps.Add(new FollowUpQuestion { Kind = kind, Question = question, Pointer = pointer });
}
