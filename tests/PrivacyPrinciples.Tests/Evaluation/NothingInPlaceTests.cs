using System.Collections.Generic;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// A partial claim whose statement (and scope) only says the measure is not in place
/// (docs/scoring.md, "Substance", <c>nothingInPlace</c>), while a partial claim that says what is
/// in place, names the part not covered, or describes a measure by what it prevents keeps its credit.
/// </summary>
public class NothingInPlaceTests
{
    [Theory]
    [InlineData("We do not publish a transparency report on government or law-enforcement requests for customer data.")]
    [InlineData("We cannot notify account holders in advance of material changes to our privacy notice yet.")]
    [InlineData("We have no process yet for consulting a regulator when an assessment leaves a high residual risk.")]
    [InlineData("Users can't delete their recordings yet.")]
    [InlineData("There is no guidance written for teachers or clinicians.")]
    [InlineData("We plan to publish a transparency report on government requests in 2027.")]
    [InlineData("Wir veröffentlichen keinen Transparenzbericht über Anfragen von Behörden.")]
    [InlineData("Nous ne publions pas encore de rapport de transparence sur les demandes des autorités.")]
    [InlineData("Todavía no publicamos un informe de transparencia sobre las solicitudes de las autoridades.")]
    public void APartialStatementThatOnlyDeniesTheMeasure_SaysNothingIsInPlace(string statement) =>
        Says(statement).Should().BeTrue("\"{0}\" says only that the measure is not in place", statement);

    [Theory]
    [InlineData("We do not yet cover the web client; the desktop apps are covered.")]
    [InlineData("End-to-end encryption is not yet available to participants who join from the web client.")]
    [InlineData("Guests cannot change their privacy settings yet.")]
    [InlineData("Multi-factor authentication is not yet available for all accounts.")]
    [InlineData("We publish general help articles, but none written for specific user groups yet.")]
    [InlineData("We do not track attention or analyse faces or voices in calls.")]
    [InlineData("We never sell call content, and hosts cannot unmute other participants.")]
    [InlineData("Recordings are not kept longer than 30 days; chat logs have no retention limit yet.")]
    [InlineData("Cloud recordings are deleted after 12 months; retention rules for chat logs are planned for 2027.")]
    [InlineData("Die Desktop-Apps sind verschlüsselt, der Web-Client noch nicht.")]
    [InlineData("TLS 1.3 for media and signalling is being rolled out to every client and room system this quarter.")]
    [InlineData("TLS 1.3 for media and signalling is in pilot with selected customers.")]
    public void APartialStatementThatSaysWhatIsInPlaceOrWhatIsNotCovered_DoesNot(string statement) =>
        Says(statement).Should().BeFalse("\"{0}\" is a partial measure honestly described", statement);

    [Fact]
    public void AScopeThatNamesThePartCovered_KeepsTheClaimsCredit() =>
        Says("We do not publish a transparency report on government requests yet.", new ImplementationScope { Platforms = ["Windows"] }).Should().BeFalse();

    [Fact]
    public void AScopeDescriptionIsReadWithTheStatement()
    {
        Says("We do not publish a transparency report on government requests.", new ImplementationScope { Description = "Published for Business customers each year." }).Should().BeFalse();
        Says("We do not publish a transparency report on government requests.", new ImplementationScope { Description = "A report cannot be published yet." }).Should().BeTrue();
    }

    private static bool Says(string statement, ImplementationScope? scope = null)
    {
        using var statements = new StatementSet(new List<string?> { statement });
        return NothingInPlace.Says(statements, 0, statement, scope);
    }
}
