using System;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Which dates in an "implemented" claim's statement say the measure is due only after the evaluation date.</summary>
public class DateToComeTests
{
    private static readonly DateTime On = new(2026, 11, 1);

    [Theory]
    [InlineData("MFA becomes mandatory for every account by March 2027.")]
    [InlineData("From Q2 2027 the waiting room is on by default for every new meeting.")]
    [InlineData("Targeted for the first half of 2027: every participant sees an indicator.")]
    [InlineData("Starting 1 January 2027, users can delete their recordings themselves.")]
    [InlineData("As of 2027-02-01 recording never starts on its own.")]
    [InlineData("Guests get the same controls by the end of 2027.")]
    [InlineData("Hosts can lock meetings, effective from 15th December 2026.")]
    [InlineData("Deletion is self-service no later than the second quarter of 2027.")]
    [InlineData("Recording indicators reach dial-in users by December 2026.")]
    [InlineData("The new notice is slated for 2027 Q1.")]
    [InlineData("Passcodes are on by default as from H2 2027.")]
    // A period to come, whatever the date.
    [InlineData("The waiting room becomes the default for every new meeting in the coming months.")]
    [InlineData("MFA becomes mandatory for every account by next year.")]
    [InlineData("From next quarter, users can delete their recordings themselves.")]
    [InlineData("Later this year every participant sees a recording indicator.")]
    [InlineData("Guests get the same controls by the end of next year.")]
    [InlineData("Dial-in participants hear an announcement in next year's release.")]
    [InlineData("Over the upcoming quarters every client gets the indicator.")]
    public void Names_ADateThatHasNotBegun_AfterAWordThatSetsWhenItIsDone(string statement) =>
        DateToCome.Names(Substance.Normalise(statement).AsSpan(), On).Should().BeTrue("\"{0}\" sets the measure a date to come", statement);

    [Theory]
    // A period that has begun, a date in the past, or a date after a word that sets no deadline.
    [InlineData("Guests get the same controls by the end of 2026.")]
    [InlineData("Recording indicators reached dial-in users by November 2026.")]
    [InlineData("Every account has had to use MFA since 2024, and from 2025 passwords are checked against breached lists.")]
    [InlineData("Our ISO/IEC 27001 certificate is valid until November 2028.")]
    [InlineData("The certificate expires in 2028 and is renewed each year by a surveillance audit.")]
    [InlineData("An independent firm tests the platform every year; the next test is booked for March 2027.")]
    [InlineData("Keys are protected by 2048-bit RSA and rotated every year.")]
    [InlineData("Meetings are protected by 2048 bit keys.")]
    [InlineData("Session tokens are signed by 4096 servers in our fleet.")]
    [InlineData("Telemetry is deleted after 13 months, by a job that runs every night.")]
    [InlineData("Meeting links carry a random 64-bit token, and up to 2027 failed attempts are blocked by the rate limiter.")]
    [InlineData("No digits here at all, from start to end.")]
    // "Next" and "coming" of something that is no period, or after a word that sets no time.
    [InlineData("Hosts admit the next person in the lobby, and people coming late wait there too.")]
    [InlineData("Every year an independent firm tests the platform; next year's test is already booked.")]
    [InlineData("Deletion requests are answered within the next 30 days.")]
    [InlineData("The host sees who is coming up next in the waiting room.")]
    [InlineData("Recording indicators stay on later this way than the banner.")]
    // A date when the next of a recurring check is due.
    [InlineData("An independent firm tests the platform every year; the next test is due by March 2027.")]
    [InlineData("Our ISO/IEC 27001 certificate is current and is renewed by June 2027.")]
    [InlineData("Keys are rotated yearly, the next rotation by Q2 2027.")]
    [InlineData("The access review is run every quarter, next review by next quarter's end.")]
    public void Names_NothingElse(string statement) =>
        DateToCome.Names(Substance.Normalise(statement).AsSpan(), On).Should().BeFalse("\"{0}\" sets no date to come", statement);

    [Fact]
    public void Names_APeriodToCome_WhateverTheDate() =>
        DateToCome.Names(Substance.Normalise("MFA becomes mandatory for every account by next year.").AsSpan(), new DateTime(2090, 1, 1)).Should().BeTrue();

    [Fact]
    public void Names_ADate_OnlyUntilItsPeriodBegins()
    {
        var statement = Substance.Normalise("MFA becomes mandatory for every account by March 2027.");

        DateToCome.Names(statement.AsSpan(), new DateTime(2027, 2, 28)).Should().BeTrue();
        DateToCome.Names(statement.AsSpan(), new DateTime(2027, 3, 1)).Should().BeFalse("on the date named the measure is due, and the claim is judged as any other");
    }

    [Fact]
    public void Names_AYearFarBeyondTheEvaluationDate_AsAQuantity() =>
        DateToCome.Names(Substance.Normalise("Recordings are encrypted at rest by 2040 rotating keys.").AsSpan(), On).Should().BeFalse();

    [Theory]
    [InlineData("Ab dem dritten Quartal 2027 ist der Warteraum für jedes neue Meeting standardmäßig aktiv.")]
    [InlineData("Ab März 2027 muss jedes Konto die Mehrfaktor-Authentifizierung nutzen.")]
    [InlineData("Ab dem nächsten Quartal starten Aufzeichnungen nie von selbst.")]
    [InlineData("D'ici 2027, chaque compte doit utiliser l'authentification multifacteur.")]
    [InlineData("À partir du 1er janvier 2027, les utilisateurs peuvent supprimer leurs enregistrements.")]
    [InlineData("Dans les prochains mois, la salle d'attente sera activée par défaut.")]
    [InlineData("Desde el segundo trimestre de 2027, la sala de espera está activada por defecto.")]
    [InlineData("A más tardar en el primer semestre de 2027, cada participante ve un indicador.")]
    [InlineData("Entro marzo 2027 ogni account dovrà usare l'autenticazione a più fattori.")]
    [InlineData("Vanaf 1 januari 2027 kunnen gebruikers hun opnames zelf verwijderen.")]
    [InlineData("A partir do segundo trimestre de 2027, a sala de espera fica ativada por padrão.")]
    public void AStatementInAnotherLanguageThatSetsTheMeasureADateToCome_SaysSo(string statement)
    {
        var normalised = Substance.Normalise(statement);

        DateToCome.Names(normalised.AsSpan(), On).Should().BeFalse("the English reading does not read \"{0}\"", statement);
        DateToCome.NamesInOtherLanguages(normalised.AsSpan(), On).Should().BeTrue("\"{0}\" sets the measure a date to come", statement);
    }

    [Theory]
    [InlineData("Das Zertifikat ist bis 2028 gültig; die Verschlüsselung ist seit 2024 aktiv.")]
    [InlineData("Ab 2025 ist der Warteraum standardmäßig aktiv, ab Ende 2026 auch für Gäste.")]
    [InlineData("Les clés sont renouvelées chaque année, et des audits ont lieu depuis 2023.")]
    [InlineData("Desde 2024 la sala de espera está activada por defecto para los clientes.")]
    [InlineData("Per jaar testen wij de versleuteling; het certificaat verloopt in 2028.")]
    [InlineData("Le prochain participant attend dans la salle d'attente jusqu'à son admission.")]
    public void AStatementInAnotherLanguageWithNoDateToCome_DoesNot(string statement) =>
        DateToCome.NamesInOtherLanguages(Substance.Normalise(statement).AsSpan(), On).Should().BeFalse("\"{0}\" sets no date to come", statement);
}
