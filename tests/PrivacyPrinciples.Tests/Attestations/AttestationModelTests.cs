using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Attestations;

/// <summary>The attestation model on its own: what its members promise, without reading or evaluating.</summary>
public class AttestationModelTests
{
    public static TheoryData<Audience> EveryAudience() => [.. Enum.GetValues<Audience>()];

    [Theory]
    [MemberData(nameof(EveryAudience))]
    public void Serving_OneAudience_ServesThatOneAndNoOther(Audience audience)
    {
        var declarations = AudienceDeclarations.Serving(audience);

        declarations.Served().Should().Equal(audience);
        Enum.GetValues<Audience>().Where(declarations.Serves).Should().Equal(audience);
    }

    [Fact]
    public void Served_ListsTheAudiencesInTheirDeclaredOrder_WhateverOrderTheyWereGivenIn()
    {
        var declarations = AudienceDeclarations.Serving(Audience.Government, Audience.Consumers, Audience.Children);

        declarations.Served().Should().Equal(Audience.Consumers, Audience.Children, Audience.Government);
        AudienceDeclarations.Serving().Served().Should().BeEmpty();
    }

    [Fact]
    public void Serves_AValueThatIsNoAudience_IsRefused()
    {
        var act = () => AudienceDeclarations.Serving(Audience.Consumers).Serves((Audience)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("audience");
        ((Action)(() => AudienceDeclarations.Serving(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Collections_SetToNull_ReadAsEmpty()
    {
        var attestation = Empty() with { Evidence = null!, Answers = null!, UndeterminedFacts = null!, Facts = null! };

        attestation.Evidence.Should().BeEmpty();
        attestation.Answers.Should().BeEmpty();
        attestation.UndeterminedFacts.Should().BeEmpty();
        attestation.Facts.Should().NotBeNull();
        var scope = new ImplementationScope { Tiers = null!, Products = null!, Platforms = null! };
        scope.Tiers.Should().BeEmpty();
        scope.Products.Should().BeEmpty();
        scope.Platforms.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(AssessingParty.Vendor, false)]
    [InlineData(AssessingParty.ThirdParty, true)]
    public void IsThirdPartyAssessment_FollowsWhoAssessed(AssessingParty? by, bool expected)
    {
        var attestation = Empty() with { Assessment = by is AssessingParty party ? new AssessmentInfo { By = party, Assessor = "Example Consumer Guide" } : null };

        attestation.IsThirdPartyAssessment.Should().Be(expected);
    }

    [Fact]
    public void ImplementationScope_IsSpecifiedOnlyWhenItSaysSomething()
    {
        new ImplementationScope().IsSpecified.Should().BeFalse();
        new ImplementationScope { Description = "   " }.IsSpecified.Should().BeFalse();
        new ImplementationScope { Tiers = ["enterprise"] }.IsSpecified.Should().BeTrue();
        new ImplementationScope { RequiresAdminAction = false }.IsSpecified.Should().BeTrue();
    }
}
