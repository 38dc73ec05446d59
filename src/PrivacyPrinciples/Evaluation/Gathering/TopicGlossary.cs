namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The words of the measures a rule set speaks of, in the languages a statement is read in besides
/// English (see <see cref="StatementLanguage"/>), by concept: an expectation whose English topic
/// holds a concept's English key (see <see cref="ExpectationTopic"/>) is about that concept in every
/// language, so a German statement to it is read against the German stems of its concepts
/// ("Aufzeichnungen werden verschlüsselt" is about encryption at rest as "recordings are encrypted" is).
/// Data, not code: any rule set written in English gets the concepts its words name, and an
/// expectation whose words name fewer than <see cref="ExpectationTopic.FewestConcepts"/> of them
/// keeps its statements in other languages unjudged, as before. Immutable, so thread-safe.
/// </summary>
/// <remarks>
/// Each stem is a word's start, as normalised (accents are dropped as the text is read, so they may
/// be written): a word matches a stem that starts it. A stem written with a leading hyphen matches
/// anywhere in a word too, for the languages that write compounds as one word
/// ("-aufzeichn" in "Sitzungsaufzeichnung", "-speicher" in "gespeichert"); the others match only a
/// word's start, so that "werbung" does not match "Bewerbung" nor "frist" "langfristig". Stems are
/// chosen to name a measure, not to praise one: no "customer", "platform", "process", "team",
/// "solution", "quality", "security" or "improve", which generated marketing writes as readily as a
/// vendor describing a measure, and none shorter than four letters. Cognates that share an
/// English key's first five letters ("Authentifizierung", "vidéo", "transparence") match that
/// key already; some are listed anyway, where a language's own spelling differs.
/// </remarks>
internal static class TopicGlossary
{
    /// <summary>
    /// Each concept: its English words (whose keys name it in an expectation's topic), then its
    /// stems in German, French, Spanish, Italian, Dutch and Portuguese, in the order of
    /// <see cref="StatementLanguage"/>, each a list separated by spaces.
    /// </summary>
    internal static readonly string[][] Concepts =
    [
        // Security measures.
        ["encryption encrypted crypto", "-verschlüssel -entschlüssel kryptogr chiffrier", "chiffr crypt déchiffr", "cifr encript criptogr", "cifr crittogr", "-versleutel encryptie gecodeerd", "cifr criptogr encript"],
        ["password passcode", "-passwort -kennwort zugangscode", "passe", "contraseñ", "parola parole", "-wachtwoord toegangscode", "senha passe"],
        ["authentication factor credential", "authentifi authentisier anmeld faktor", "authentifi facteur identifiant", "autentica factor credencial", "autentica fattor credenzial", "authenticatie verificatie factor inlog aanmeld", "autentica fator credencia"],
        ["lock", "sperr gesperr abschließ verriegel", "verrouill", "bloque bloqu", "blocc", "vergrendel", "bloque tranc"],
        ["waiting room admission admit", "-warteraum -warteräum -wartebereich -wartezimmer zulass zugelassen einlass", "attente admiss admet", "espera admit admisi", "attesa ammett ammiss", "-wachtkamer -wachtruimte toelat toegelaten", "espera admit admiss"],
        ["host moderator", "-gastgeber moderator veranstalt", "hôte organisat animat", "anfitri organizad", "organizzat ospitant", "gastheer organisator", "anfitri organizad"],
        ["invite uninvited guest", "einlad eingeladen gast gäste", "invit", "invitad", "invit ospit", "uitnodig gast gasten", "convid"],
        ["penetration test tested", "-penetrationstest getestet prüfung prüfer prüft geprüft", "test", "prueba", "collaud", "getest", "teste"],
        ["certification certified", "-zertifi", "certifi", "certifica", "certifica", "certific", "certifica"],
        ["vulnerability weakness bounty", "-schwachstell -sicherheitslück", "vulnérab faille", "vulnerab", "vulnerab", "kwetsba", "vulnerab"],
        ["patch fixed fixing", "patch behoben beheb korrigier", "correctif corrig", "parche correg", "patch corregg corrett", "patch verholp opgelost", "patch corrig correc"],
        ["update outdated version", "aktualisier -updat veraltet", "version obsolète", "actualiza version", "aggiorna version", "bijgewerkt bijwerk updat verouderd", "atualiza versão"],
        ["incident breach", "-vorfall -vorfäll -datenpann verletzung", "incident violation", "incident brecha violaci", "incident violazion", "incident datalek inbreuk", "incident violaç"],
        ["notification notify", "-benachrichtig meldung gemeldet", "notifi signal", "notifica aviso", "notifica segnala", "melding gemeld", "notifica aviso"],
        ["researcher", "-forscher", "chercheur", "investigador", "ricercat", "onderzoeker", "pesquisador investigador"],
        ["access", "-zugriff zugreif zugang", "accès", "acceso", "accesso", "toegang", "acesso"],
        ["staff employee", "mitarbeit personal beschäftigt", "employé personnel salarié", "emplead personal", "dipendent personale", "medewerk personeel", "funcionári colaborador"],
        ["training trained", "-schulung geschult trainier", "formation formés entraîn", "formación capacitac entrena", "formazion addestr", "opleiding getraind training", "formação treina"],
        ["logged log", "-protokoll", "journal", "registr bitácora", "registr", "gelogd logboek", "registr"],
        ["subprocessor third party", "-auftragsverarbeit unterauftrag dritt", "traitant tiers", "subencarg encargad tercer", "subresponsab terze terzi", "subverwerk verwerker derde", "suboperador operador terceir"],
        ["processing processed", "-verarbeit", "traitement traité traitant", "tratamiento tratad", "trattament elabora", "verwerk", "tratamento tratad"],
        ["risk", "-risik", "risque", "riesgo", "rischi", "risico", "risco"],
        ["assessment impact", "-folgenabschätz abschätz bewertung", "évaluation analyse", "evaluaci", "valutazion", "beoordel", "avaliaç"],
        ["regulator", "-aufsicht -behörd", "autorité régulat", "autoridad regulad", "autorità garante", "toezicht autoriteit", "autoridade regulad"],

        // Defaults and what a meeting shows.
        ["participant party", "-teilnehm", "particip", "particip", "partecip", "-deelnem", "particip"],
        ["audio microphone", "-mikrofon", "micro", "micrófono", "microfon", "-microfoon", "microfone"],
        ["camera video", "-kamera", "caméra", "cámara", "telecamer", "camera", "câmera câmara"],
        ["mute muted", "stumm", "muet sourdine", "silenci", "silenzia disattiv", "gedempt dempen", "silenci mudo"],
        ["screen sharing share", "-bildschirm -freigab freigeb geteilt teilen", "écran partag", "pantalla compart", "schermo condivi", "-scherm delen gedeeld", "tela ecrã compartilh partilh"],
        ["announce announcement", "ankündig angekündig", "annonc", "anunci", "annunc", "aankondig", "anunci"],
        ["list visible", "-liste sichtbar", "liste", "lista", "lista elenco", "-lijst zichtbaar", "lista visível"],
        ["default setting", "voreingestellt -einstellung standardmäßig", "défaut paramètr réglage", "predetermin configura", "predefinit impostazion", "standaard -instelling", "padrão predefini configura"],
        ["recording record", "-aufzeichn -aufgezeichn -mitschnitt", "enregistr", "grabac grabad grabar", "registrazion registrat", "-opname opnemen opgenomen", "gravaç gravad gravar"],
        ["collect", "erhebung erhoben erheben erfass gesammelt sammel", "collect recueil", "recopil recolec", "raccol", "verzamel", "coleta colet recolh"],
        ["tracking attention", "aufmerksamkeit", "traçage", "rastre", "traccia tracciament", "gevolgd", "rastrea rastreament"],
        ["retention kept", "-aufbewahr", "conserv", "conserv", "conserv", "-bewaar", "conserv retenç"],
        ["delete deletion", "lösch -gelösch", "supprim effac", "borr elimin", "cancell elimin", "verwijder gewist", "apag elimin exclu"],
        ["store stored storage", "-speicher", "stock héberg", "almacen", "archivi memorizz", "-opslag opgeslagen", "armazen"],
        ["telemetry", "-telemetri -nutzungsdaten", "télémétri", "telemetr", "telemetr", "telemetri", "telemetr"],
        ["period", "-speicherfrist -löschfrist zeitraum", "durée délai", "plazo", "periodo durata", "-bewaartermijn", "prazo"],

        // Audiences.
        ["children child", "-kinder minderjähr jugendlich", "enfant mineur", "niño niña menor", "bambin minor", "-kinderen minderjar", "criança menor"],
        ["school education classroom teacher", "-schule schül -unterricht -lehrkr lehrer", "école élève enseign", "escuela alumn docent profesor", "scuol student insegn docent", "-onderwijs leerling leraar docent", "escola aluno ensino professor"],
        ["health clinician", "-gesundheit -klinik ärzt arzt -patient", "santé médec médic patient", "salud médic paciente", "sanit medic pazient", "-gezondheid zorg kliniek -patiënt", "saúde médic paciente"],
        ["government", "-regierung -behörd öffentlich -verwaltung", "gouvern administrat", "gobierno administraci", "governo amministraz pubblic", "overheid", "governo"],
        ["guidance tailored", "-leitfad -anleitung handbuch", "guide", "guía", "guida manuale", "handleiding", "guia manual"],
        ["sector", "sektor branche", "secteur", "sector", "settor", "sector", "setor"],
        ["age parent profiling", "alters eltern profil", "parent profil", "edad padres perfil", "genitor profil", "leeftijd ouders profiler", "idade pais perfil"],

        // Transparency.
        ["notice", "-hinweis -datenschutzerklär", "avis", "aviso", "avviso informativa", "kennisgeving", "aviso"],
        ["policy", "-richtlini", "politique", "política", "politica", "beleid", "política"],
        ["purpose", "zweck", "finalit", "finalidad propósito", "finalit scopo scopi", "doeleinde", "finalidade propósito"],
        ["advertising sale sell sold", "werbung werbe verkauf", "publicit vend vente", "publicid vend venta", "pubblicit vend", "reclame verkoop verkocht verkopen", "publicid vend venda"],
        ["model train", "trainier", "modèle entraîn", "modelo entrena", "modell addestr", "model trainen", "modelo treina"],
        ["consent opt", "-einwillig zustimm", "consent", "consent", "consens", "-toestemming", "consent"],
        ["location region border country", "standort -rechenzentr länder", "localis région pays", "ubicaci región país", "ubicazion region paes", "locatie -datacenter landen", "localiza região país"],
        ["transfer", "übermittl übertrag", "transfert", "transferenc", "trasferiment", "doorgifte", "transferênc"],
        ["request law enforcement", "anfrag ersuch -strafverfolg gesetz", "demande requête réquisition", "solicitud petici", "richiest", "verzoek aanvra", "solicitaç pedido"],
        ["report", "-bericht", "rapport", "informe", "rapporto", "rapport verslag", "relatório"],
        ["change", "änderung geändert", "modifi changement", "cambio modifica", "modific cambiament", "wijziging gewijzigd", "alteraç mudanç modifica"],
        ["difference between", "unterschied", "différen", "diferenc", "differen", "verschil", "diferenç"],
        ["analytics", "analyse analytik", "analyse analyti", "analític anális", "analisi analitic", "analyse", "análise analític"],

        // What a user controls.
        ["download", "herunterlad", "télécharg", "descarg", "scaric", "download", "baixar descarreg"],
        ["account", "-konto", "compte", "cuenta", "account", "account", "conta"],
        ["remove", "entfern", "retir", "expuls", "rimuov", "verwijder", "remov"],
        ["control", "kontroll steuer", "contrôl", "control", "controll", "controle", "control"],
        ["streaming stream", "übertragung livestream", "diffus", "transmisi", "trasmission", "uitzend", "transmiss"],
        ["call", "anruf gespräch", "appel", "llamad", "chiamat", "gesprek oproep", "chamad"],
        ["file", "-datei", "fichier", "archivo", "file", "bestand", "arquivo ficheiro"],
        ["telephone dial", "telefon einwahl", "téléphon", "telefon", "telefon", "telefoon inbel", "telefon"],
    ];
}
