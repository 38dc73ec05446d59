using System;
using System.Linq;
using System.Reflection;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Comparison;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Reports, comparisons and engagement reports are made by the library only: a consumer can read every result, but cannot build or change one.</summary>
public class ResultTypesTests
{
    public static TheoryData<Type> ResultTypes() =>
    [
        typeof(EvaluationReport), typeof(AttestationInfo), typeof(RuleSetInfo), typeof(Coverage), typeof(PrincipleResult),
        typeof(ExpectationResult), typeof(EvidenceFinding), typeof(FollowUpQuestion), typeof(Contradiction), typeof(BaselineGap),
        typeof(AppliedWaiver), typeof(Reason),
        typeof(ReportComparison), typeof(PrincipleChange), typeof(ExpectationChange),
        typeof(EngagementReport), typeof(EngagementLoadResult), typeof(VendorResponse), typeof(SubmissionSummary), typeof(GoodPractice),
        typeof(ImprovementArea), typeof(ExpectationTrend), typeof(VendorTrend), typeof(FollowUpLetter), typeof(LetterQuestion), typeof(PrincipleHeading),
    ];

    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void ResultType_HasNoPublicConstructorAndNoPublicSetter(Type type)
    {
        type.IsSealed.Should().BeTrue();
        type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !IsCopyConstructor(c, type))
            .Should().BeEmpty("only the library makes results");
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .Should().BeEmpty("results cannot be changed or forged with an object initializer");
    }

    // A record's copy constructor is protected for non-sealed records and private for sealed ones; never public.
    private static bool IsCopyConstructor(ConstructorInfo constructor, Type type) =>
        constructor.GetParameters() is [var only] && only.ParameterType == type;

    [Fact]
    public void TwoEvaluationsOfTheSameAttestation_AreEqual_AndTheirListsCannotBeChanged()
    {
        var evaluator = new AttestationEvaluator();
        var attestation = WithGoodFacts().With("SEC-01", AnswerStatus.Planned);

        var first = evaluator.Evaluate(attestation, EvaluationDate);
        var second = evaluator.Evaluate(attestation, EvaluationDate);

        first.Should().NotBeSameAs(second);
        (first == second).Should().BeTrue("results compare by value, lists included");
        first.GetHashCode().Should().Be(second.GetHashCode());
        first.GetExpectation("SEC-01").Should().Be(second.GetExpectation("SEC-01"));
        (first.Principles is Array || first.GetExpectation("SEC-01").Reasons is Array).Should().BeFalse("a list cannot be cast back to an array and changed");
        (first == evaluator.Evaluate(attestation, EvaluationDate.AddDays(1))).Should().BeFalse();
    }
}
