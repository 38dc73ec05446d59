using System;
using System.Linq;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// The wording that says a measure is not in place yet, in the languages a statement is read in
/// besides English (docs/scoring.md, "Substance", <c>notInPlace</c>): a plan, a roadmap, work
/// under way, a matter under consideration, "not yet" before a word that says the measure is done,
/// soon, beta or pilot; while the same languages' statements of measures in place, "not yet" of the
/// people a measure handles and "prévu"/"previsto" in the sense of "provided for" are not read so.
/// </summary>
public class NotInPlaceWordingTests
{
    [Theory]
    // German.
    [InlineData("Die Ende-zu-Ende-Verschlüsselung ist für das nächste Quartal geplant; die Schlüssel werden auf den Geräten erzeugt.")]
    [InlineData("Die Mehrfaktor-Authentifizierung ist noch nicht für alle Konten umgesetzt, Passwörter brauchen 12 Zeichen.")]
    [InlineData("Ein standardmäßig aktiver Warteraum für jedes neue Meeting befindet sich in Vorbereitung; der Gastgeber lässt alle ein.")]
    [InlineData("Hinweise im Produkt beim Start einer Aufzeichnung befinden sich in der Entwicklung und sind für 2027 geplant.")]
    [InlineData("Eine dauerhafte Anzeige für alle Teilnehmenden während einer Aufzeichnung wird derzeit erwogen.")]
    [InlineData("Wir beabsichtigen, das Herunterladen und Löschen von Aufzeichnungen in den Kontoeinstellungen anzubieten.")]
    [InlineData("Die Verschlüsselung der Aufzeichnungen steht auf unserer Roadmap und wird in einer künftigen Version eingeführt.")]
    [InlineData("Die Ende-zu-Ende-Verschlüsselung ist in der Betaphase und steht einigen Kunden zur Verfügung.")]
    // French.
    [InlineData("Le chiffrement de bout en bout des réunions est prévu pour le prochain trimestre sur tous les clients.")]
    [InlineData("L'authentification multifacteur n'est pas encore déployée sur tous les comptes de nos clients.")]
    [InlineData("Une salle d'attente activée par défaut pour chaque nouvelle réunion est à l'étude avec nos équipes.")]
    [InlineData("Les avis dans le produit au démarrage d'un enregistrement sont en cours de développement.")]
    [InlineData("Un indicateur permanent pour chaque participant figure sur notre feuille de route pour les clients.")]
    [InlineData("Nous prévoyons de proposer le téléchargement et la suppression des enregistrements dans le compte.")]
    [InlineData("Le chiffrement des enregistrements n'a pas encore été mis en place sur nos serveurs de stockage.")]
    [InlineData("Le chiffrement de bout en bout est en version bêta pour une sélection de clients et de réunions.")]
    // Spanish.
    [InlineData("El cifrado de extremo a extremo de las reuniones está previsto para el próximo trimestre en todos los clientes.")]
    [InlineData("La autenticación multifactor todavía no está implantada en todas las cuentas de nuestros clientes.")]
    [InlineData("Una sala de espera activada por defecto en cada nueva reunión está en fase de estudio con el equipo.")]
    [InlineData("Los avisos en el producto cuando se inicia una grabación están en desarrollo para los clientes.")]
    [InlineData("Un indicador permanente para cada participante figura en nuestra hoja de ruta para este año.")]
    [InlineData("Tenemos previsto ofrecer la descarga y el borrado de las grabaciones desde la cuenta de cada usuario.")]
    [InlineData("El cifrado de las grabaciones aún no está disponible y se implementará en una próxima versión.")]
    // Italian.
    [InlineData("La crittografia end-to-end delle riunioni è prevista per il prossimo trimestre su tutti i client.")]
    [InlineData("L'autenticazione a più fattori non è ancora disponibile per tutti gli account dei nostri clienti.")]
    [InlineData("La sala d'attesa attiva per impostazione predefinita per ogni riunione è in fase di sviluppo.")]
    // Dutch.
    [InlineData("End-to-end-versleuteling van vergaderingen is gepland voor het volgende kwartaal op alle clients.")]
    [InlineData("Meervoudige authenticatie is nog niet voor alle accounts beschikbaar, zegt ons team.")]
    [InlineData("Een wachtkamer die standaard aan staat voor elke vergadering is in ontwikkeling bij ons team.")]
    // Portuguese.
    [InlineData("A criptografia de ponta a ponta das reuniões está prevista para o próximo trimestre em todos os clientes.")]
    [InlineData("A autenticação multifator ainda não está disponível para todas as contas dos nossos clientes.")]
    [InlineData("Uma sala de espera ativada por padrão em cada nova reunião está em desenvolvimento com a equipa.")]
    public void AStatementInAnotherLanguageThatSaysTheMeasureIsNotInPlaceYet_SaysSo(string statement)
    {
        var normalised = Substance.Normalise(statement);

        Substance.SaysNotInPlace(normalised.AsSpan()).Should().BeFalse("the English phrases do not read \"{0}\"", statement);
        NotInPlaceWording.Says(normalised.AsSpan(), StatementLanguage.Of(normalised.AsSpan())).Should().BeTrue("\"{0}\" says the measure is not in place yet", statement);
    }

    [Theory]
    // "Not yet" of the people a measure handles, and measures in place.
    [InlineData("Teilnehmende, die noch nicht zugelassen wurden, warten im Warteraum, bis der Gastgeber sie einlässt.")]
    [InlineData("Penetrationstests sind jährlich geplant und werden von einer unabhängigen Firma durchgeführt.")]
    [InlineData("Unsere Kontrollen werden derzeit von einem externen Prüfer geprüft, und jede Version wird getestet.")]
    [InlineData("Datenschutz ist in der Entwicklung jeder Funktion verankert, und Aufzeichnungen werden verschlüsselt.")]
    [InlineData("Les participants qui ne sont pas encore entrés en réunion attendent dans la salle d'attente.")]
    [InlineData("Un délai de 30 jours est prévu par le contrat, et un espace prévu pour les invités reste séparé des membres.")]
    [InlineData("Chaque participant sera mis en sourdine à l'entrée, et l'hôte sera averti de chaque nouvelle arrivée.")]
    [InlineData("Les correctifs critiques sont déployés sous 14 jours, comme prévu dans notre politique de gestion des vulnérabilités.")]
    [InlineData("Los participantes que aún no han sido admitidos esperan en la sala de espera hasta que el anfitrión los admite.")]
    [InlineData("Según lo previsto en el contrato, las grabaciones se borran a los 180 días y el borrado queda registrado.")]
    [InlineData("La conservazione a breve termine dei registri è prevista dal contratto, e le registrazioni sono cifrate.")]
    [InlineData("Deelnemers die nog niet zijn toegelaten wachten in de wachtkamer tot de gastheer hen toelaat.")]
    [InlineData("Os participantes que ainda não foram admitidos esperam na sala de espera até o anfitrião os admitir.")]
    public void AStatementInAnotherLanguageOfAMeasureInPlace_DoesNotSaySo(string statement)
    {
        var normalised = Substance.Normalise(statement);

        NotInPlaceWording.Says(normalised.AsSpan(), StatementLanguage.Of(normalised.AsSpan())).Should().BeFalse("\"{0}\" states a measure in place", statement);
    }

    [Fact]
    public void TheWording_IsReadOnlyInTheLanguagesAStatementReadsAs()
    {
        // "en desarrollo" in an English sentence, or an English one, is no Spanish statement.
        var english = Substance.Normalise("The waiting room is on by default for every meeting, and our team in Desarrollo, Texas, runs en desarrollo builds.");

        StatementLanguage.Of(english.AsSpan()).Should().Be(StatementLanguages.English);
        NotInPlaceWording.Says(english.AsSpan(), StatementLanguage.Of(english.AsSpan())).Should().BeFalse();
        NotInPlaceWording.Says(english.AsSpan(), StatementLanguages.Spanish).Should().BeTrue();
    }

    [Fact]
    public void AStatementThatMayReadAsAnotherLanguage_IsFoundByTheMarkerSearch_WhereverItsMarkerStands()
    {
        // The search that spares English statements their languages must find every marker of the
        // other languages, at the text's start, inside and at its end.
        foreach (var marker in StatementLanguage.Markers.Skip(1).SelectMany(m => m))
        {
            foreach (var text in new[] { marker + " xq " + marker, "xq " + marker + " xq", "xq " + marker, marker })
            {
                StatementLanguage.MayReadAsOtherThanEnglish(text.AsSpan()).Should().BeTrue("\"{0}\" holds the marker \"{1}\"", text, marker);
            }
        }

        StatementLanguage.MayReadAsOtherThanEnglish(Substance.Normalise("The waiting room is on by default for every new meeting, and hosts admit people one by one.").AsSpan()).Should().BeFalse();
    }

    [Fact]
    public void EveryPhrase_IsFoundInItsLanguage()
    {
        // Each phrase written out with the first of each word's alternatives (a prefix made a
        // word), between a language's markers, is found in that language.
        for (var language = 1; language < StatementLanguage.Count; language++)
        {
            var markers = StatementLanguage.Markers[language];
            foreach (var phrase in NotInPlaceWording.Phrases[language])
            {
                var words = phrase.Split(' ').Where(w => w != "~").Select(w => w.Split('|')[0].TrimEnd('*') + (w.Split('|')[0].EndsWith('*') ? "o" : ""));
                var text = Substance.Normalise(string.Join(" ", [markers[0], markers[1], .. words, markers[2]]));

                NotInPlaceWording.Says(text.AsSpan(), (StatementLanguages)(1 << language)).Should().BeTrue("\"{0}\" holds \"{1}\"", text, phrase);
            }
        }
    }
}
