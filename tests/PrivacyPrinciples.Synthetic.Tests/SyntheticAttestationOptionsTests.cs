using System;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic.Tests;

public class SyntheticAttestationOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new SyntheticAttestationOptions();

        options.Seed.Should().Be(1);
        options.RuleSet.Should().BeSameAs(BuiltInRuleSets.VtcJointStatement2020);
        options.AttestedFrom.Should().Be(new DateTime(2026, 1, 1));
        options.AttestedTo.Should().Be(new DateTime(2026, 9, 30));
        options.Mix.Strong.Should().Be(0.2);
        options.Mix.Average.Should().Be(0.45);
        options.Mix.Weak.Should().Be(0.2);
        options.Mix.PartialResponder.Should().Be(0.15);
    }

    [Fact]
    public void Constructor_SeveralInvalidOptions_ThrowsOnceListingEveryProblem()
    {
        var options = new SyntheticAttestationOptions
        {
            AttestedFrom = new DateTime(2026, 5, 1),
            AttestedTo = new DateTime(2026, 4, 30),
            Mix = new SyntheticProfileMix { Strong = -1, Average = double.NaN },
        };

        var act = () => new SyntheticAttestationGenerator(options);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Be(
            "The synthetic attestation options are not valid:\n"
            + "  AttestedFrom (2026-05-01) must be on or before AttestedTo (2026-04-30).\n"
            + "  Mix.Strong must be a finite number of 0 or more; it is -1.\n"
            + "  Mix.Average must be a finite number of 0 or more; it is NaN.");
    }

    [Fact]
    public void Constructor_EveryShareZero_Throws()
    {
        var options = new SyntheticAttestationOptions { Mix = new SyntheticProfileMix { Strong = 0, Average = 0, Weak = 0, PartialResponder = 0 } };

        var act = () => new SyntheticAttestationGenerator(options);

        act.Should().Throw<ArgumentException>().WithMessage("*Mix needs at least one weight above 0.*");
    }

    [Fact]
    public void Constructor_MissingRuleSetAndMix_Throws()
    {
        var options = new SyntheticAttestationOptions { RuleSet = null!, Mix = null! };

        var act = () => new SyntheticAttestationGenerator(options);

        act.Should().Throw<ArgumentException>().WithMessage("*RuleSet is required.*Mix is required.*");
    }

    [Fact]
    public void Constructor_DatesOutsideTheSupportedRange_Throw()
    {
        var options = new SyntheticAttestationOptions { AttestedFrom = DateTime.MinValue, AttestedTo = DateTime.MaxValue };

        var act = () => new SyntheticAttestationGenerator(options);

        act.Should().Throw<ArgumentException>().WithMessage("*AttestedFrom (0001-01-01) must be from 1990-01-01 to 2199-12-31.*AttestedTo (9999-12-31) must be from 1990-01-01 to 2199-12-31.*");
    }

    [Fact]
    public void Constructor_InvalidRuleSet_Throws()
    {
        var builtIn = BuiltInRuleSets.VtcJointStatement2020;
        var broken = builtIn with
        {
            Expectations = [.. builtIn.Expectations.Select(e => e.Id == "SEC-01" ? e with { Checks = [new Condition { Fact = "encryption.carrierPigeon", EqualTo = FactValue.From(true) }] } : e)],
        };

        var act = () => new SyntheticAttestationGenerator(new SyntheticAttestationOptions { RuleSet = broken });

        act.Should().Throw<ArgumentException>().WithMessage("*RuleSet is not valid:*carrierPigeon*");
    }
}
