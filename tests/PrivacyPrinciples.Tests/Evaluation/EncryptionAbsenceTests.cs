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

    [Theory]
    [InlineData("Aufzeichnungen und Sicherungen werden im Ruhezustand nicht verschlüsselt.", 2, true)]
    [InlineData("Chat und Dateiübertragungen werden während der Übertragung nicht verschlüsselt.", 1, true)]
    [InlineData("Wir bieten keine Ende-zu-Ende-Verschlüsselung an.", 4, true)]
    [InlineData("Aufzeichnungen werden unverschlüsselt gespeichert.", 2, true)]
    [InlineData("Les enregistrements ne sont pas chiffrés au repos.", 2, true)]
    [InlineData("Le chat et les fichiers ne sont pas chiffrés en transit.", 1, true)]
    [InlineData("Las grabaciones no se cifran en reposo.", 2, true)]
    [InlineData("El chat y los archivos no se cifran en tránsito.", 1, true)]
    [InlineData("Le registrazioni non sono cifrate a riposo.", 2, true)]
    [InlineData("Opnames worden in rust niet versleuteld.", 2, true)]
    [InlineData("As gravações não são criptografadas em repouso.", 2, true)]
    [InlineData("Aufzeichnungen werden nie unverschlüsselt gespeichert.", 2, false)]
    [InlineData("Meetings sind nicht Ende-zu-Ende-verschlüsselt, aber per TLS geschützt.", 1, false)]
    [InlineData("Räume, die wenn nötig nicht verschlüsselt sind, werden blockiert.", 1, false)]
    [InlineData("Les enregistrements sont chiffrés au repos avec AES-256.", 2, false)]
    [InlineData("Las salas que no se cifran de extremo a extremo usan TLS.", 1, false)]
    [InlineData("Wir verkaufen keine personenbezogenen Daten.", 2, false)]
    public void SaysAbsentInOtherLanguages_OnlyWhenTheRequiredEncryptionIsNegated(string statement, int subjects, bool absent) =>
        EncryptionAbsence.SaysAbsentInOtherLanguages(Substance.Normalise(statement).AsSpan(), (EncryptionSubjects)subjects).Should().Be(absent, "for \"{0}\"", statement);
}
