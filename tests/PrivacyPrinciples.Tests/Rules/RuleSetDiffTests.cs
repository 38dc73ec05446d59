using System.Linq;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Rules;

public class RuleSetDiffTests
{
    private static readonly RuleSet Latest = BuiltInRuleSets.VtcJointStatement2020;

    [Fact]
    public void ARuleSetComparedWithItself_HasNoChanges()
    {
        RuleSetDiff.Compare(Latest, Latest).Expectations.Should().BeEmpty();
    }

    [Fact]
    public void EachKindOfChange_IsFoundAndNamedByItsFormatName()
    {
        var sec01 = Latest.Expectations.Single(e => e.Id == "SEC-01");
        var changed = Latest with
        {
            Version = "2.1.0",
            Expectations =
            [
                .. Latest.Expectations.Where(e => e.Id != "TRF-05").Select(e => e.Id == "SEC-01" ? e with { Level = ExpectationLevel.Expected, Checks = [], Rationale = e.Rationale + " More." } : e),
                sec01 with { Id = "SEC-13", Title = "A new one" },
            ],
            Revision = new RuleSetRevision { PreviousVersion = "2.0.0", Notes = [new RevisionNote { Expectation = "SEC-01", Note = "Lowered for a test." }, new RevisionNote { Note = "Whole." }] },
        };

        var changes = RuleSetDiff.Compare(Latest, changed);

        changes.Expectations.Select(e => (e.Id, e.Kind)).Should().Equal(("SEC-01", RevisionKind.Changed), ("SEC-13", RevisionKind.Added), ("TRF-05", RevisionKind.Removed));
        var first = changes.Expectations[0];
        first.ChangedAspects.Should().Equal("rationale", "level", "checks");
        (first.LevelBefore, first.LevelAfter).Should().Be((ExpectationLevel.Baseline, ExpectationLevel.Expected));
        first.Notes.Should().Equal("Lowered for a test.");
        changes.GeneralNotes.Should().Equal("Whole.");
        RuleSetDiff.IsSubstantive("rationale").Should().BeFalse();
        RuleSetDiff.IsSubstantive("sources").Should().BeFalse();
        RuleSetDiff.IsSubstantive("checks").Should().BeTrue();
        RuleSetDiff.IsSubstantive("level").Should().BeTrue();
    }

    [Fact]
    public void ListsCompareByContent_NotByReference()
    {
        var copy = Latest with { Expectations = [.. Latest.Expectations.Select(e => e with { Checks = [.. e.Checks], Sources = [.. e.Sources] })] };

        RuleSetDiff.Compare(Latest, copy).Expectations.Should().BeEmpty();
    }
}
