using System.Linq;
using System.Threading.Tasks;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Follow-up questions are worded when first read, from what the decision saw, not from what came after it.</summary>
public class FollowUpQuestionTests
{
    private static readonly AttestationEvaluator Evaluator = new();

    [Fact]
    public void QuestionsReadBackFromJson_AreEqualToTheOnesEvaluated()
    {
        var report = Evaluator.Evaluate(Sparse(), EvaluationDate);
        var readBack = new ReportReader().Read(PrivacyPrinciplesJson.Serialize(report), "report.json").GetValueOrThrow().Single();

        var original = report.Expectations.SelectMany(e => e.FollowUps).ToArray();
        var read = readBack.Expectations.SelectMany(e => e.FollowUps).ToArray();

        original.Should().NotBeEmpty();
        read.Should().Equal(original, "a question is equal to another with the same kind, pointer and wording");
        read.Select(q => q.GetHashCode()).Should().Equal(original.Select(q => q.GetHashCode()));
    }

    [Fact]
    public void AQuestionAboutFacts_NamesTheFactsOfItsOwnDecision_WhenReadAfterLaterOnes()
    {
        // Each expectation's decision fills the same scratch list of fact tests; a question read only
        // after the whole evaluation must still name the facts of its own expectation.
        var report = Evaluator.Evaluate(Sparse(), EvaluationDate);
        var questions = report.Expectations
            .SelectMany(e => e.FollowUps.Where(q => q.Kind == FollowUpKind.MissingFacts).Select(q => (e, q)))
            .ToArray();

        questions.Should().NotBeEmpty();
        foreach (var (expectation, question) in questions)
        {
            question.Question.Should().Contain(expectation.Id + " (");
            var facts = expectation.Reasons.Where(r => r.Code == ReasonCodes.CheckUnknown).Select(r => r.Arguments[0].Value).ToArray();
            facts.Should().NotBeEmpty();
            facts.Should().OnlyContain(fact => question.Question.Contains(fact), "question {0} is about the facts of {1}", question.Question, expectation.Id);
        }
    }

    [Fact]
    public void AQuestionReadFromManyThreadsAtOnce_IsWordedTheSameForAll()
    {
        var report = Evaluator.Evaluate(Sparse(), EvaluationDate);
        var questions = report.Expectations.SelectMany(e => e.FollowUps).ToArray();

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < questions.Length; i++)
            {
                _ = questions[i].Question;
            }
        });
        var again = Evaluator.Evaluate(Sparse(), EvaluationDate).Expectations.SelectMany(e => e.FollowUps).ToArray();

        questions.Select(q => q.Question).Should().Equal(again.Select(q => q.Question));
    }

    private static Attestation Sparse() =>
        new AttestationReader().Read(System.IO.File.ReadAllBytes(RepositoryPaths.Combine("samples", "attestations", "driftwood-rooms.json")), "driftwood-rooms.json").GetValueOrThrow();
}
