using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Tests.Waivers;

/// <summary>What a waivers file must say before it accepts a gap: who approved it and why.</summary>
public class WaiverReaderTests
{
    private static ReadResult<WaiverSet> Read(string approver, string justification) => new WaiverReader().Read(
        $$"""
        { "schemaVersion": "1.0", "waivers": [ { "expectationId": "SEC-01", "justification": {{System.Text.Json.JsonSerializer.Serialize(justification)}}, "approver": {{System.Text.Json.JsonSerializer.Serialize(approver)}}, "expires": "2027-03-31" } ] }
        """,
        "w.json");

    [Theory]
    [InlineData("Head of Privacy")]
    [InlineData("Nobuko Sato, privacy lead")]
    [InlineData("Noone Street privacy office")]
    [InlineData("DPO")]
    [InlineData("Head of IT")]
    [InlineData("Chief Executive")]
    [InlineData("Mira Castellan (details on request)")]
    [InlineData("Dorothea Doerr")]
    [InlineData("Acting Head of Privacy")]
    [InlineData("May")]
    [InlineData("Ok-soon Park")]
    // A role held by one person, or a body that minutes its decisions, answers for a waiver.
    [InlineData("Privacy lead")]
    [InlineData("Engineering director")]
    [InlineData("Head of the engineering team")]
    [InlineData("Risk committee")]
    [InlineData("Board of directors")]
    [InlineData("Tidewater Security Partners LLP")]
    public void AnApproverWhoIsSomeone_IsAccepted(string approver) =>
        Read(approver, "Waiting room on by default ships in the spring release.").Errors.Should().BeEmpty();

    [Theory]
    [InlineData("TBD")]
    [InlineData("T\u0412D")]
    [InlineData("\u1D1B\u0299\u1D05")]
    [InlineData("\u3164\u3164\u3164")]
    [InlineData("Nobody")]
    [InlineData("None")]
    [InlineData("Unknown")]
    [InlineData("Not stated")]
    [InlineData("N/A")]
    [InlineData("No one")]
    [InlineData("me")]
    [InlineData("We")]
    [InlineData("N\u2C9Fbody")]
    [InlineData("Head \u2C9Ff Privacy")]
    [InlineData("To be appointed")]
    [InlineData("Pending")]
    [InlineData("Undisclosed")]
    [InlineData("Yes")]
    [InlineData("Approved")]
    [InlineData("Self")]
    [InlineData("The vendor")]
    [InlineData("Bot")]
    [InlineData("Auto-approved")]
    [InlineData("CI pipeline")]
    [InlineData("Everyone")]
    [InlineData("Name withheld under NDA")]
    // A form's field or an example's name left as it was, or a role no one holds.
    [InlineData("Your name")]
    [InlineData("Firstname Lastname")]
    [InlineData("First name, last name")]
    [InlineData("Approver name")]
    [InlineData("[Insert name here]")]
    [InlineData("John Doe")]
    [InlineData("Jane Doe, CISO")]
    [InlineData("Max Mustermann")]
    [InlineData("Joe Bloggs")]
    [InlineData("The DPO (vacant)")]
    [InlineData("Head of Privacy (TBC)")]
    [InlineData("Acting TBD")]
    public void AnApproverWhoIsNobody_IsRefusedAtTheApprover(string approver) =>
        Read(approver, "Waiting room on by default ships in the spring release.").Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Code = InputErrorCodes.WaiverApprover, Pointer = "/waivers/0/approver" });

    [Theory]
    // A group inside the organisation: nobody in it answers for what it approved.
    [InlineData("The engineering team")]
    [InlineData("Management")]
    [InlineData("Senior management")]
    [InlineData("Our security staff")]
    [InlineData("Engineering")]
    [InlineData("Privacy office")]
    [InlineData("Engineering managers")]
    // A crowd, as for an issuer of independent evidence.
    [InlineData("Customers")]
    [InlineData("Our user community")]
    // A kind of party, as for an issuer of independent evidence.
    [InlineData("Third-party auditor")]
    [InlineData("External security firm")]
    public void AnApproverWhoIsAGroupACrowdOrAKindOfParty_IsRefusedAtTheApprover_SayingSo(string approver) =>
        Read(approver, "Waiting room on by default ships in the spring release.").Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new
            {
                Code = InputErrorCodes.WaiverApprover,
                Pointer = "/waivers/0/approver",
                Message = $"'{approver}' names a group, a crowd or a kind of party, not a person or role who answers for the waiver; expected a person or role, such as 'Head of Privacy'",
            });

    [Theory]
    [InlineData("TBD")]
    [InlineData("n/a")]
    [InlineData("lorem ipsum")]
    [InlineData("\u200B\u3164")]
    [InlineData("x")]
    [InlineData("OK")]
    [InlineData("- -")]
    [InlineData("To be defined later.")]
    [InlineData("Por definir")]
    [InlineData("Migrati\u2C9Fn")]
    public void AJustificationThatSaysNothing_IsRefusedAtTheJustification(string justification) =>
        Read("Head of Privacy", justification).Errors.Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Code = InputErrorCodes.WaiverJustification, Pointer = "/waivers/0/justification" });

    [Theory]
    [InlineData("Encryption rollout is WIP and lands in Q3 2026; compensating network controls are in place.")]
    [InlineData("The go-live date is to be confirmed by procurement; interim data loss prevention controls apply.")]
    public void AJustificationThatMentionsAPlaceholderBesideAReason_IsAccepted(string justification) =>
        Read("Head of Privacy", justification).Errors.Should().BeEmpty();

    [Fact]
    public void AShortJustificationThatSaysSomething_IsAccepted() =>
        Read("Head of Privacy", "Accepted risk.").Errors.Should().BeEmpty("a waiver's reason may be brief; it is the approver who answers for it");
}
