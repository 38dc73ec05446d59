using System;
using System.Collections.Generic;
using System.Linq;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// The audiences a service's own name, tier and description say it serves: "video consultations
/// between clinicians and patients" serves health care, "live lessons for primary schools"
/// education and children, "meetings for ministries and municipalities" government.
/// </summary>
/// <remarks>
/// An attestation states for every audience whether the service serves it, and a served audience
/// can raise an expectation's level or make it apply. Stating that a telehealth service does not
/// serve health care would escape those raises, so an audience that the service's own words name
/// is evaluated as served, whatever <c>/audiences</c> says, and the report notes it
/// (<see cref="ReasonCodes.AudienceNamed"/>). Only the service's self-description is read, not
/// the answers' statements, which speak of audiences a service keeps out as often as of those it
/// serves ("we do not market to children"). For the same reason a word is not counted after a
/// negation in its sentence ("not intended for children"), nor within three words after "no" or
/// "without", which deny only what follows them ("no patient data"; but "no-download
/// consultations between clinicians and patients" names health care), and only up to a comma
/// unless a list goes on after it ("without waiting rooms, patients meet clinicians" names
/// health care; "without patients, clinicians or records" does not).
/// Only words that name the audience in any service's description are listed ("tutoring" is,
/// "tutors" is not: tutors are also a trade that buys calls like any small business; "young
/// learners" are children, "learners" alone may be any age and in any training): "health",
/// "lessons" or "minor" alone say too little ("health checks", "lessons learned", "minor
/// updates").
/// </remarks>
internal static class AudienceNames
{
    /// <summary>An audience the service's own words name, and the first word (or pair of words) that names it.</summary>
    internal readonly record struct Named(Audience Audience, string Word, string Pointer);

    private static readonly Dictionary<string, Audience[]> Words = Build(
        (Audience.Health,
        [
            "telehealth", "telemedicine", "telemedical", "telepsychiatry", "teletherapy", "telecare", "teleconsultation", "teleconsultations",
            "patient", "patients", "clinician", "clinicians", "clinic", "clinics", "clinical", "hospital", "hospitals",
            "physician", "physicians", "doctor", "doctors", "nurse", "nurses", "nursing", "healthcare", "medical",
            "therapist", "therapists", "psychotherapy", "psychotherapist", "psychotherapists", "psychiatrist", "psychiatrists",
            "psychologist", "psychologists", "dentist", "dentists", "dental", "pharmacy", "pharmacies", "pharmacist", "pharmacists", "hipaa",
            "health care", "mental health", "primary care",
            "counselling", "counseling", "counsellor", "counsellors", "counselor", "counselors", "midwife", "midwives", "surgeries",
            "nhs", "telepsychology", "general practitioner", "general practitioners", "general practice", "general practices",
            "care home", "care homes",

            // French, German, Spanish, Italian, Portuguese and Dutch, accents folded as statements are.
            "medecins", "hopital", "hopitaux", "telemedecine", "patienten", "arzte", "krankenhaus", "krankenhauser", "klinik", "kliniken",
            "telemedizin", "pacientes", "hospitales", "clinicas", "telemedicina", "pazienti", "ospedale", "ospedali", "cliniche",
            "hospitais", "ziekenhuis", "ziekenhuizen", "artsen", "huisartsen",
        ]),
        (Audience.Education,
        [
            "school", "schools", "classroom", "classrooms", "pupil", "pupils", "student", "students", "teacher", "teachers",
            "teaching", "university", "universities", "college", "colleges", "campus", "campuses", "lecture", "lectures",
            "lecturer", "lecturers", "kindergarten", "kindergartens", "elearning", "education", "educational", "educator", "educators",
            "edtech", "homework", "ferpa", "e learning", "edu", "k12", "k 12",
            "tutoring", "homeschool", "homeschooling", "curriculum", "coursework",
            "ecole", "ecoles", "eleves", "enseignants", "etudiants", "universite", "schule", "schulen", "schuler", "lehrer",
            "studierende", "studenten", "universitat", "unterricht", "escuela", "escuelas", "alumnos", "estudiantes", "universidad",
            "scuola", "scuole", "studenti", "alunni", "insegnanti", "universita", "escola", "escolas", "alunos", "estudantes",
            "universidade", "scholen", "leerlingen", "leraren", "universiteit",
        ]),
        (Audience.Children,
        [
            "child", "children", "kid", "kids", "minors", "toddler", "toddlers", "teen", "teens", "teenager", "teenagers",
            "pupil", "pupils", "coppa", "k12", "k 12", "primary school", "primary schools", "elementary school", "elementary schools",
            "secondary school", "secondary schools", "high school", "high schools",
            "schoolchildren", "youth", "young learners", "young people",
            "enfants", "ninos", "bambini", "criancas", "kinderen", "schuler", "eleves", "alumnos", "alunni", "alunos", "leerlingen",
        ]),
        (Audience.Government,
        [
            "government", "governments", "governmental", "ministry", "ministries", "municipality", "municipalities", "municipal",
            "parliament", "parliaments", "parliamentary", "judiciary", "courtroom", "courtrooms", "gov", "govcloud", "fedramp",
            "public sector", "public body", "public bodies", "public authority", "public authorities", "local authority",
            "local authorities", "public administration", "public administrations", "civil service", "city council",
            "city councils", "county council", "county councils", "town council", "town councils", "federal agencies",
            "government agencies", "court hearings",
            "gouvernement", "ministere", "collectivites", "behorden", "regierung", "ministerium", "gobierno", "ministerio",
            "governo", "ministero", "overheid", "gemeenten", "ministerie",
        ]));

    // The audiences the word lists name, as a mask.
    private static readonly int Listed = Words.Values.SelectMany(audiences => audiences).Aggregate(0, (mask, audience) => mask | (1 << (int)audience));

    // Words after which, in the same sentence, a word names an audience the service keeps out.
    private static readonly HashSet<string> Negations = new(
        ["not", "never", "nor", "neither", "except", "excluding", "excludes", "exclude", "unlike", "unsuitable", "instead",
         "pas", "nicht", "nunca", "nao", "niet"],
        StringComparer.Ordinal);

    // Words that deny only the few words after them: "no patient data", "without patient records",
    // but "no-download consultations between clinicians and patients" still names health care.
    private static readonly HashSet<string> Determiners = new(
        ["no", "without", "non", "sans", "kein", "keine", "keinen", "ohne", "sin", "senza", "sem", "geen", "zonder"],
        StringComparer.Ordinal);

    private const int DeterminerReach = 3;

    private static readonly char[] SentenceEnds = ['.', ';', '!', '?', ':', '\n', '\r'];

    // Where a clause may end inside a sentence; a determiner's reach stops there unless its list goes on (see ContinuesAList).
    private static readonly char[] ClauseEnds = [','];

    // Words that join the items of a list, in the languages of the determiners.
    private static readonly HashSet<string> ListJoiners = new(["or", "and", "nor", "ou", "et", "oder", "und", "ni"], StringComparer.Ordinal);

    /// <summary>
    /// The audiences the service's name, tier and description name and the attestation states it
    /// does not serve, in the order of <see cref="Audience"/>, each with its first word and the
    /// pointer of the false statement (<c>/audiences/health</c>); empty for none.
    /// </summary>
    public static IReadOnlyList<Named> Undeclared(Attestation attestation)
    {
        var service = attestation.Service;
        if ((AudienceVariants.MaskOf(attestation.Audiences) & Listed) == Listed)
        {
            // Every audience the words name is declared: nothing to read.
            return [];
        }

        List<Named>? named = null;
        var found = 0;
        foreach (var text in new[] { service.Name, service.Tier, service.Description })
        {
            if (text is not null)
            {
                Find(text, attestation.Audiences, ref found, ref named);
            }
        }

        if (named is null)
        {
            return [];
        }

        named.Sort((a, b) => a.Audience.CompareTo(b.Audience));
        return named;
    }

    /// <summary>The audiences the attestation states it serves and those its service's own words name (see <see cref="Undeclared"/>), as a bit mask (see <see cref="AudienceVariants.MaskOf"/>).</summary>
    public static int Mask(Attestation attestation, IReadOnlyList<Named> undeclared)
    {
        var mask = AudienceVariants.MaskOf(attestation.Audiences);
        foreach (var named in undeclared)
        {
            mask |= 1 << (int)named.Audience;
        }

        return mask;
    }

    /// <summary>The audiences served as the evaluator reads them: those stated and those the service's own words name (see <see cref="Undeclared"/>).</summary>
    public static AudienceDeclarations Served(Attestation attestation)
    {
        var mask = Mask(attestation, Undeclared(attestation));
        return mask == AudienceVariants.MaskOf(attestation.Audiences)
            ? attestation.Audiences
            : AudienceDeclarations.Serving([.. Enumerable.Range(0, EnumCount<Audience>.Value).Where(bit => (mask & (1 << bit)) != 0).Select(bit => (Audience)bit)]);
    }

    private static void Find(string text, AudienceDeclarations declared, ref int found, ref List<Named>? named)
    {
        foreach (var sentence in text.Split(SentenceEnds))
        {
            var denied = 0;
            if (sentence.IndexOf(',') < 0)
            {
                // Most sentences are one clause: read as they are, with nothing more made of them.
                _ = FindInClause(Substance.Normalise(sentence), declared, ref denied, ref found, ref named);
                continue;
            }

            var clauses = sentence.Split(ClauseEnds);
            for (var c = 0; c < clauses.Length; c++)
            {
                // Words are one space apart in the normalised text, so a word and the next are one slice of it.
                var normalised = Substance.Normalise(clauses[c]);

                // "No" or "without" denies the words of its list across a comma ("without patients,
                // clinicians or records"), not a new clause ("without waiting rooms, patients meet
                // clinicians"): its reach goes on only where a conjunction soon follows.
                if (c > 0 && denied > 0 && !ContinuesAList(normalised, denied))
                {
                    denied = 0;
                }

                if (!FindInClause(normalised, declared, ref denied, ref found, ref named))
                {
                    // A negation: the rest of the sentence is what the service keeps out.
                    break;
                }
            }
        }
    }

    // Reads a clause's words, with `denied` of them still denied by a determiner before; false at a
    // negation, after which nothing more of the sentence is read.
    private static bool FindInClause(string normalised, AudienceDeclarations declared, ref int denied, ref int found, ref List<Named>? named)
    {
        for (var (start, end) = (0, WordEnd(normalised, 0)); start < normalised.Length; (start, end) = (end + 1, WordEnd(normalised, end + 1)))
        {
            var word = normalised.AsSpan(start, end - start);
            if (IsKey(Negations, word))
            {
                return false;
            }

            if (IsKey(Determiners, word))
            {
                denied = DeterminerReach;
                continue;
            }

            if (denied > 0)
            {
                denied--;
                continue;
            }

            var pairEnd = end < normalised.Length ? WordEnd(normalised, end + 1) : end;
            if (pairEnd > end && Lookup(normalised.AsSpan(start, pairEnd - start)) is { } pair)
            {
                Add(pair, normalised.Substring(start, pairEnd - start), declared, ref found, ref named);
            }

            if (Lookup(word) is { } single)
            {
                Add(single, word.ToString(), declared, ref found, ref named);
            }
        }

        return true;
    }

    // Whether one of the first `reach` + 1 words of a clause joins a list ("clinicians or records").
    private static bool ContinuesAList(string normalised, int reach)
    {
        for (var (start, end, seen) = (0, WordEnd(normalised, 0), 0); start < normalised.Length && seen <= reach; (start, end, seen) = (end + 1, WordEnd(normalised, end + 1), seen + 1))
        {
            if (IsKey(ListJoiners, normalised.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordEnd(string normalised, int from)
    {
        var space = from < normalised.Length ? normalised.IndexOf(' ', from) : -1;
        return space < 0 ? normalised.Length : space;
    }

    // Adds the audiences not yet found that the attestation says it does not serve.
    private static void Add(Audience[] audiences, string word, AudienceDeclarations declared, ref int found, ref List<Named>? named)
    {
        foreach (var audience in audiences)
        {
            var bit = 1 << (int)audience;
            if ((found & bit) == 0 && !declared.Serves(audience))
            {
                found |= bit;
                (named ??= []).Add(new Named(audience, word, "/audiences/" + FactCatalog.JsonName(audience)));
            }
        }
    }

    private static Audience[]? Lookup(ReadOnlySpan<char> words) =>
#if NET
        Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(words, out var audiences) ? audiences : null;
#else
        Words.TryGetValue(words.ToString(), out var audiences) ? audiences : null;
#endif

    private static bool IsKey(HashSet<string> set, ReadOnlySpan<char> word) =>
#if NET
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
#else
        set.Contains(word.ToString());
#endif

    private static Dictionary<string, Audience[]> Build(params (Audience Audience, string[] Words)[] lists)
    {
        var words = new Dictionary<string, Audience[]>(StringComparer.Ordinal);
        foreach (var (audience, list) in lists)
        {
            foreach (var word in list)
            {
                words[word] = words.TryGetValue(word, out var audiences) ? [.. audiences, audience] : [audience];
            }
        }

        return words;
    }
}
