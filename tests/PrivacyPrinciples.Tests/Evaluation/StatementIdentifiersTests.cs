using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;
using static PrivacyPrinciples.Tests.Support.TestAttestations;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// A statement's fact paths and evidence ids are the attestation's data, blanked before the
/// statement is judged; they are found as the statement reads, however its characters are encoded.
/// </summary>
public class StatementIdentifiersTests
{
    private static readonly Dictionary<string, int> Declared = new() { ["acme-security-white-paper"] = 0 };

    private static string? Blanked(string statement) =>
        AttestationContext.WithoutIdentifiers(new Answer { Status = AnswerStatus.Implemented, Statement = statement }, WithGoodFacts(), Declared);

    [Theory]
    [InlineData("SEC-01: encryption.inTransit = true; evidence: acme-security-white-paper")]
    [InlineData("SEC-01: ｅｎｃｒｙｐｔｉｏｎ.ｉｎＴｒａｎｓｉｔ = true; evidence: ａｃｍｅ-ｓｅｃｕｒｉｔｙ-ｗｈｉｔｅ-ｐａｐｅｒ")]
    [InlineData("SEC-01: en\u00ADcryption.in\u00ADTransit = true; evidence: ac\u00ADme-se\u00ADcurity-white-pa\u00ADper")]
    [InlineData("SEC-01: encry\u0301ption．inTransit = true; evidence: acme-security-white-paper")]
    public void Identifiers_AreBlanked_HoweverTheyAreEncoded(string statement) =>
        Substance.Normalise(Blanked(statement)!).Should().Be("sec 01 true evidence");

    [Fact]
    public void TheTitlesOfEveryDeclaredDocument_AreBlanked_NotOnlyThoseTheAnswerCites()
    {
        // A list of the documents other answers cite says no more of this measure than a list of its own.
        var attestation = WithGoodFacts() with
        {
            Evidence =
            [
                new Evidence { Id = "soc2", Kind = EvidenceKind.IndependentAudit, Reference = "https://trust.example/soc2", Title = "SOC 2 Type II report 2026", Issued = new(2026, 5, 31) },
                new Evidence { Id = "notice", Kind = EvidenceKind.Policy, Reference = "https://vendor.example/privacy", Title = "Layered privacy notice", Issued = new(2026, 4, 1) },
                new Evidence { Id = "x", Kind = EvidenceKind.Other, Reference = "https://vendor.example/x", Title = "Dashboard", Issued = new(2026, 4, 1) },
            ],
        };
        var answer = new Answer { Status = AnswerStatus.Implemented, Statement = "Covered by: soc 2 TYPE II report, 2026; Layered privacy notice; the dashboard." };

        Substance.Normalise(AttestationContext.WithoutIdentifiers(answer, attestation, null)!).Should().Be("covered by the dashboard");
    }

    [Fact]
    public void AStatementWithoutIdentifiers_IsJudgedAsWritten()
    {
        const string Statement = "Calls are encrypted with TLS 1.3 on every client — browsers and room systems too.";

        Blanked(Statement).Should().BeSameAs(Statement);
    }

    [Fact]
    public void ADisguisedStatement_StaysAsWritten_SoThatTheDisguiseIsSeen()
    {
        // A zero-width space between two letters disguises the text; reading it as it reads would hide that.
        const string Statement = "SEC-01: encryp\u200Btion.inTransit = true";

        Blanked(Statement).Should().Be(Statement);
    }
}
