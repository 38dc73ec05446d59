using System;
using System.Linq;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Which expectations read an "implemented" claim's statement for encryption said to be absent, and what it says.</summary>
public class EncryptionAbsenceTests
{
    // Subjects as the flags' values (the type is internal): 0 none, 1 in transit, 2 at rest, 4 end to end.
    [Theory]
    [InlineData("SEC-01", 1)]
    [InlineData("SEC-02", 4)]
    [InlineData("SEC-03", 4)]
    [InlineData("SEC-04", 2)]
    [InlineData("TRF-07", 0)]
    [InlineData("TRF-03", 0)]
    [InlineData("SEC-08", 0)]
    public void Of_TheBuiltInRuleSet_IsTheEncryptionItsChecksRequire(string id, int subjects) =>
        EncryptionAbsence.Of(BuiltInRuleSets.VtcJointStatement2020.Expectations.Single(e => e.Id == id)).Should().Be((EncryptionSubjects)subjects);

    [Theory]
    [InlineData("Recordings are not encrypted at rest.", 2, true)]
    [InlineData("Recordings are not encrypted.", 1, true)]
    [InlineData("We do not offer end-to-end encryption.", 4, true)]
    [InlineData("We don't encrypt stored chat.", 2, true)]
    [InlineData("Dial-in audio travels unencrypted over the phone network.", 1, true)]
    [InlineData("We do not offer end-to-end encryption.", 2, false)]
    [InlineData("Recordings are not encrypted at rest.", 0, false)]
    [InlineData("Recordings are never stored unencrypted.", 2, false)]
    [InlineData("No recording is ever stored unencrypted.", 2, false)]
    [InlineData("Meetings that are not end-to-end encrypted use TLS.", 4, false)]
    [InlineData("We never use encryption keys shared between customers.", 2, false)]
    [InlineData("We do not use unencrypted connections.", 1, false)]
    [InlineData("Data is not only encrypted but signed.", 1, false)]
    [InlineData("We do not sell personal data.", 2, false)]
    public void SaysAbsent_OnlyWhenTheRequiredEncryptionIsNegated(string statement, int subjects, bool absent) =>
        EncryptionAbsence.SaysAbsent(Substance.Normalise(statement).AsSpan(), (EncryptionSubjects)subjects).Should().Be(absent, "for \"{0}\"", statement);
}
