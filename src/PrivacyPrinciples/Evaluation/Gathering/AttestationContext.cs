using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// What every expectation's decision may need from the whole attestation, read once per
/// evaluation: each expectation's answer, the declared evidence by identifier, and the statements,
/// normalised once, with those repeated across answers. Decides nothing. Dispose it when the
/// evaluation ends (it holds a pooled buffer).
/// </summary>
internal sealed class AttestationContext : IDisposable
{
    private readonly Dictionary<string, int>? _evidenceIndex;
    private readonly Answer?[] _answers;

    // Whether each declared evidence's reference leads somewhere (Substance.Locates), worked out
    // when first asked, since answers often cite the same evidence: 0 not yet, 1 yes, 2 no.
    private byte[]? _locates;

    // Whether each declared evidence's issuer is the vendor itself (IssuedByVendor), worked out when first asked, as above.
    private byte[]? _issuedByVendor;
    private byte[]? _namesIssuer;

    // Each declared evidence's issuer as its tests read it (see IssuerWords), made when first asked
    // (null not yet, or no issuer), and the attesting party's names an issuer is compared with:
    // each is normalised and split into words once per attestation, not once per test.
    private IssuerWords?[]? _issuers;
    private AttestingParty? _party;

    // Each declared evidence's issue date as a reason holds it, boxed when first asked: the reason
    // for counted evidence holds it for every citation, and each would box it again.
    private object?[]? _issued;

    // What makes each declared evidence a self-assessment (SelfAssessmentOf), worked out when first asked: null not yet, empty for nothing.
    private string?[]? _selfAssessment;

    // What makes each declared evidence publicity (PublicityOf), worked out when first asked: null not yet, empty for nothing.
    private string?[]? _publicity;

    // Each declared evidence's title, id and reference as one normalised text (SubjectText), made when first asked.
    private string?[]? _subjectTexts;

    // Each declared evidence's document (the position of the first declared evidence with the same
    // reference, see Substance.DocumentKey), and scratch for an answer's citations of each
    // document: worked out when an answer first cites two pieces.
    private int[]? _documentOf;
    private int[]? _citationMarks;
    private int[]? _chosenCitations;
    private int _citingAnswer;

    /// <param name="attestation">The attestation.</param>
    /// <param name="evaluatedOn">The evaluation date.</param>
    /// <param name="audienceMask">The declared audiences, as <see cref="AudienceVariants.MaskOf"/> gives them.</param>
    /// <param name="expectationIds">The expectations evaluated, in order: <see cref="AnswerTo"/> and <see cref="Statements"/> are asked by position in this list.</param>
    /// <param name="namingWords">The words that name the rule set's expectations (<see cref="Substance.WordsNamingExpectations"/>).</param>
    public AttestationContext(Attestation attestation, DateTime evaluatedOn, int audienceMask, IReadOnlyList<string> expectationIds, WordSet namingWords)
    {
        Attestation = attestation;
        EvaluatedOn = evaluatedOn;
        AudienceMask = audienceMask;
        var evidence = attestation.Evidence;
        if (evidence.Count > 0)
        {
            _evidenceIndex = new Dictionary<string, int>(evidence.Count, StringComparer.Ordinal);
            for (var i = 0; i < evidence.Count; i++)
            {
                // The reader refuses duplicate ids; an attestation built in code keeps the first.
                if (!_evidenceIndex.TryGetValue(evidence[i].Id, out _))
                {
                    _evidenceIndex[evidence[i].Id] = i;
                }
            }
        }

        (_answers, Statements) = Answers(attestation, expectationIds, namingWords, _evidenceIndex);
        (Facts, Disputes) = FactConsistency.Check(attestation.Facts);
        (Facts, StatementDisputes) = StatedAgainst.Check(Facts, attestation.Service.Description, _answers, expectationIds, Statements);
        if (attestation.IsThirdPartyAssessment)
        {
            Assessor = string.IsNullOrWhiteSpace(attestation.Assessment!.Assessor) ? "a third party" : attestation.Assessment.Assessor!.Trim();
            Undetermined = attestation.UndeterminedFacts.Count == 0 ? null : new HashSet<string>(attestation.UndeterminedFacts, StringComparer.Ordinal);
        }
    }

    /// <summary>For a third-party assessment, who made it, as questions name it; <see langword="null"/> for the vendor's own attestation.</summary>
    public string? Assessor { get; }

    /// <summary>The facts a third-party assessor could not determine; <see langword="null"/> when none.</summary>
    public HashSet<string>? Undetermined { get; }

    /// <summary>Whether a third-party assessor recorded the fact as undetermined.</summary>
    public bool IsUndetermined(PrivacyPrinciples.Attestations.FactDefinition fact) => Undetermined?.Contains(fact.Path) == true;

    public Attestation Attestation { get; }

    /// <summary>The facts answers are checked against: those stated, less any in a <see cref="Disputes">dispute</see> and any the attestation's own words <see cref="StatementDisputes">say the opposite of</see>.</summary>
    public ServiceFacts Facts { get; }

    /// <summary>The pairs of stated facts that cannot both hold (see <see cref="FactConsistency"/>); empty when none.</summary>
    public IReadOnlyList<FactDispute> Disputes { get; }

    /// <summary>The stated facts that a claim's statement or the service's description says the opposite of (see <see cref="StatedAgainst"/>); empty when none.</summary>
    public IReadOnlyList<StatementDispute> StatementDisputes { get; }

    /// <summary>What says the opposite of the stated fact, or <see langword="null"/>.</summary>
    public StatementDispute? StatementDisputeOf(FactDefinition fact)
    {
        for (var i = 0; i < StatementDisputes.Count; i++)
        {
            if (ReferenceEquals(StatementDisputes[i].Fact, fact))
            {
                return StatementDisputes[i];
            }
        }

        return null;
    }

    /// <summary>The first dispute the stated fact is in, or <see langword="null"/>.</summary>
    public FactDispute? DisputeOf(FactDefinition fact)
    {
        for (var i = 0; i < Disputes.Count; i++)
        {
            if (ReferenceEquals(Disputes[i].Fact, fact) || ReferenceEquals(Disputes[i].Other, fact))
            {
                return Disputes[i];
            }
        }

        return null;
    }

    public DateTime EvaluatedOn { get; }

    public int AudienceMask { get; }

    /// <summary>Every statement, normalised once: those of the evaluated expectations' answers by position, then any other answer's (they count towards repetition too).</summary>
    public StatementSet Statements { get; }

    /// <summary>The answer to the expectation at <paramref name="index"/> of the evaluated list, or <see langword="null"/>.</summary>
    public Answer? AnswerTo(int index) => _answers[index];

    /// <summary>Whether the claims' statements are held to their expectations' topics (see <see cref="ExpectationTopic.AreHeld"/>); set by the evaluator, which knows the topics, before any is judged.</summary>
    public bool HoldsClaimsToTopics { get; set; }

    /// <summary>
    /// For each document (see <see cref="DocumentOf"/>), how many of the expectations citing it it
    /// misses, when some narrow document misses enough to be held to its subject (see
    /// <see cref="EvidenceSubject.Misses"/>); <see langword="null"/> when none does. Set by the
    /// evaluator, which knows the topics, before any evidence is assessed.
    /// </summary>
    public int[]? EvidenceMisses { get; set; }

    /// <summary>
    /// The words that say what the declared evidence at <paramref name="index"/> is about: its
    /// title, id and reference, normalised (see <see cref="Substance.Normalise(string)"/>) into one text
    /// once per attestation, for <see cref="ExpectationTopic.IsNamedBy"/>.
    /// </summary>
    public string SubjectText(int index)
    {
        var texts = _subjectTexts ??= new string?[Attestation.Evidence.Count];
        if (texts[index] is null)
        {
            var item = Attestation.Evidence[index];
            texts[index] = Substance.Normalise(string.Concat(item.Title, " ", item.Id, " ", item.Reference));
        }

        return texts[index]!;
    }

    public void Dispose() => Statements.Dispose();

    /// <summary>Whether the reference of the declared evidence at <paramref name="index"/>, beside its title (or id), can lead a reviewer to it (see <see cref="Substance.Locates"/>).</summary>
    public bool ReferenceLocates(int index)
    {
        var locates = _locates ??= new byte[Attestation.Evidence.Count];
        if (locates[index] == 0)
        {
            var item = Attestation.Evidence[index];
            locates[index] = Substance.Locates(item.Reference, item.Title ?? item.Id) ? (byte)1 : (byte)2;
        }

        return locates[index] == 1;
    }

    /// <summary>
    /// Whether the issuer of the declared evidence at <paramref name="index"/> is the vendor itself:
    /// its words, normalised (see <see cref="Substance.Normalise(string)"/>), hold the vendor's name
    /// or identifier as a run of whole words, less any legal form ("Ltd", "Inc", "GmbH"…), or as
    /// such a run written without its spaces or split into more words; or they hold the attested
    /// service's full name, of two words or more, the same way ("Example Meet assurance office");
    /// or they say it is the issuer's own ("our", "internal", "in-house", "self", or only "we" or
    /// "us"); or they are nothing but the words of a role or function inside an organisation
    /// ("CEO", "Security team", "the vendor"). "Example Vendor Ltd", "example-vendor", "Example
    /// Vendor internal audit", "Our compliance team" and "Head of Security" are all Example
    /// Vendor's own.
    /// </summary>
    /// <remarks>
    /// In a third-party assessment the assessor makes the claims, so evidence it issued itself (the
    /// assessment, its own tests) is its own as well: independent validation is independent of
    /// whoever makes the claims. <see cref="IssuedByAssessor"/> tells the two apart.
    /// </remarks>
    public bool IssuedByVendor(int index)
    {
        var issued = _issuedByVendor ??= new byte[Attestation.Evidence.Count];
        if (issued[index] == 0)
        {
            issued[index] = IssuerAt(index) is { } issuer && IssuedByAttestingParty(issuer, Party) ? (byte)1 : (byte)2;
        }

        return issued[index] == 1;
    }

    /// <summary>The issue date of the declared evidence at <paramref name="index"/>, boxed once per piece of evidence, as a reason's value.</summary>
    public object IssuedValue(int index)
    {
        var issued = _issued ??= new object?[Attestation.Evidence.Count];
        return issued[index] ??= Attestation.Evidence[index].Issued;
    }

    /// <summary>What makes the declared evidence at <paramref name="index"/> the attesting party's assessment of itself (see <see cref="Substance.SelfAssessmentOf"/>), or <see langword="null"/>; worked out once per piece of evidence.</summary>
    public string? SelfAssessmentOf(int index)
    {
        var self = _selfAssessment ??= new string?[Attestation.Evidence.Count];
        if (self[index] is null)
        {
            var item = Attestation.Evidence[index];
            self[index] = Substance.SelfAssessmentOf(item.Title, item.Reference) ?? string.Empty;
        }

        return self[index]!.Length == 0 ? null : self[index];
    }

    /// <summary>What makes the declared evidence at <paramref name="index"/> publicity rather than validation (see <see cref="Substance.PublicityOf"/>), or <see langword="null"/>; worked out once per piece of evidence.</summary>
    public string? PublicityOf(int index)
    {
        var publicity = _publicity ??= new string?[Attestation.Evidence.Count];
        if (publicity[index] is null)
        {
            var item = Attestation.Evidence[index];
            publicity[index] = Substance.PublicityOf(item.Title, item.Reference, item.Issuer) ?? string.Empty;
        }

        return publicity[index]!.Length == 0 ? null : publicity[index];
    }

    /// <summary>Whether the declared evidence at <paramref name="index"/> names an issuer (see <see cref="NamesAnIssuer(string?)"/>); worked out once per piece of evidence.</summary>
    public bool NamesIssuer(int index)
    {
        var named = _namesIssuer ??= new byte[Attestation.Evidence.Count];
        if (named[index] == 0)
        {
            named[index] = IssuerAt(index) is { } issuer && NamesAnIssuer(issuer) ? (byte)1 : (byte)2;
        }

        return named[index] == 1;
    }

    /// <summary>Whether the issuer of the declared evidence at <paramref name="index"/> names a crowd (see <see cref="NamesACrowd(string?)"/>).</summary>
    public bool IssuerNamesACrowd(int index) => IssuerAt(index) is { } issuer && NamesACrowd(issuer);

    /// <summary>Whether the issuer of the declared evidence at <paramref name="index"/> names only a kind of party (see <see cref="NamesOnlyAKindOfParty(string?)"/>).</summary>
    public bool IssuerNamesOnlyAKindOfParty(int index) => IssuerAt(index) is { } issuer && NamesOnlyAKindOfParty(issuer);

    // The issuer of the declared evidence at `index`, made into words when first asked; null when it has none.
    private IssuerWords? IssuerAt(int index)
    {
        if (Attestation.Evidence[index].Issuer is not { } issuer)
        {
            return null;
        }

        var issuers = _issuers ??= new IssuerWords?[Attestation.Evidence.Count];
        return issuers[index] ??= new IssuerWords(issuer);
    }

    // The attesting party's names, made into words when an issuer is first compared with them.
    private AttestingParty Party => _party ??= new AttestingParty(Attestation);

    /// <summary>
    /// The document of the declared evidence at <paramref name="index"/>, as the position in
    /// <c>/evidence</c> of the first declared evidence with the same reference (see
    /// <see cref="Substance.DocumentKey(string?)"/>): one document declared under several ids (as
    /// documentation, monitoring and an audit) is still one piece of evidence.
    /// </summary>
    public int DocumentOf(int index) => (_documentOf ??= Documents(Attestation.Evidence))[index];

    /// <summary>
    /// Starts an answer's citations: a new mark, and one slot per declared evidence for the
    /// citations of each document. A slot is the answer's while its mark is the answer's; the
    /// citation it holds is the caller's to choose.
    /// </summary>
    public (int Mark, int[] Marks, int[] Citations) BeginCitations()
    {
        var count = Attestation.Evidence.Count;
        return (++_citingAnswer, _citationMarks ??= new int[count], _chosenCitations ??= new int[count]);
    }

    // For each declared evidence, the position of the first with the same document. Keys are
    // compared by a hash of their text and then by the text itself, each written into a buffer,
    // so that no string is made of them (this runs for most attestations of a batch).
    private static int[] Documents(IReadOnlyList<Evidence> evidence)
    {
        var documents = new int[evidence.Count];
        var hashes = new ulong[evidence.Count];
        var firstOf = new Dictionary<ulong, int>(evidence.Count);
        var longest = 1;
        foreach (var item in evidence)
        {
            longest = Math.Max(longest, item.Reference?.Length ?? 0);
        }

        var (key, other) = (ArrayPool<char>.Shared.Rent(longest), ArrayPool<char>.Shared.Rent(longest));
        try
        {
            for (var i = 0; i < evidence.Count; i++)
            {
                documents[i] = i;
                if (evidence[i].Reference is not { } reference)
                {
                    continue;
                }

                var (start, length) = Substance.DocumentKey(reference, key);
                if (length == 0)
                {
                    // A reference that names nothing is no document that another could share.
                    continue;
                }

                var text = key.AsSpan(start, length);
                var hash = Hash(text);
                hashes[i] = hash;
                if (!firstOf.TryGetValue(hash, out var first))
                {
                    firstOf[hash] = i;
                    continue;
                }

                // Two keys with one hash: each earlier document with that hash is compared (almost
                // always only the first, unless keys were made to collide).
                for (var j = first; j < i; j++)
                {
                    if (documents[j] == j && hashes[j] == hash
                        && Substance.DocumentKey(evidence[j].Reference!, other) is var (otherStart, otherLength) && text.SequenceEqual(other.AsSpan(otherStart, otherLength)))
                    {
                        documents[i] = j;
                        break;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(key);
            ArrayPool<char>.Shared.Return(other);
        }

        JoinQueriedPages(evidence, documents);
        return documents;
    }

    /// <summary>
    /// For each declared evidence, the position of the first with the same document, as the
    /// evaluator counts documents (see <see cref="DocumentOf"/>).
    /// </summary>
    internal static int[] DocumentsOf(IReadOnlyList<Evidence> evidence) => Documents(evidence);

    // One page declared several times under one title, each time with another query
    // ("…/trust/?section=1", "?section=2", or none), is one document. A query may select another
    // document ("…/download?file=soc2.pdf"), but not one a reader could tell apart by its title.
    // Only an attestation with a queried address is looked at again, so most make nothing here.
    private static readonly char[] QueryMark = ['?'];

    private static void JoinQueriedPages(IReadOnlyList<Evidence> evidence, int[] documents)
    {
        var queried = false;
        foreach (var item in evidence)
        {
            queried |= item.Reference is { } reference && reference.IndexOfAny(QueryMark) >= 0 && Substance.AddressWithoutQuery(reference) is not null;
        }

        if (!queried)
        {
            return;
        }

        var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < evidence.Count; i++)
        {
            if (evidence[i] is not { Reference: { } reference, Title: { } title } || Substance.AddressWithoutQuery(reference) is not { } address
                || Substance.DocumentKey(address) is not { } page || Substance.Normalise(title) is not { Length: > 0 } named)
            {
                continue;
            }

            if (!firstOf.TryGetValue(page + "\n" + named, out var first))
            {
                firstOf[page + "\n" + named] = i;
                continue;
            }

            // Both documents become the one declared first; every evidence of either follows.
            var (kept, joined) = (Math.Min(documents[first], documents[i]), Math.Max(documents[first], documents[i]));
            for (var j = 0; j < documents.Length; j++)
            {
                documents[j] = documents[j] == joined ? kept : documents[j];
            }
        }
    }

    // FNV-1a over the characters (a hash wraps around by design); two keys with one hash are still compared.
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037ul;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211ul);
        }

        return hash;
    }

    /// <summary>Whether the issuer of the declared evidence at <paramref name="index"/> is the third party that made this assessment.</summary>
    public bool IssuedByAssessor(int index) =>
        Party.Assessor is { } assessor && IssuerAt(index) is { } issuer && Names(issuer, assessor, NameWords.None);

    /// <summary>Whether an issuer names the vendor or, in a third-party assessment, the assessor (see <see cref="IssuedByVendor"/>).</summary>
    internal static bool IssuedByAttestingParty(string? issuer, Attestation attestation) =>
        issuer is not null && IssuedByAttestingParty(new IssuerWords(issuer), new AttestingParty(attestation));

    private static bool IssuedByAttestingParty(IssuerWords issuer, AttestingParty party) =>
        Names(issuer, party.VendorName, party.VendorId)
        || (party.Assessor is { } assessor && Names(issuer, assessor, NameWords.None))
        || NamesService(issuer, party.Service)
        || SaysItsOwn(issuer.Words);

    /// <summary>
    /// The least words the attested service's name needs, less any legal form, for an issuer that
    /// holds it to be the vendor's own (see <see cref="NamesService"/>).
    /// </summary>
    /// <remarks>
    /// A name of one word may be a word anyone uses ("Huddle", "Classroom", "Connect"), and when it
    /// is the vendor's own brand the vendor's name or identifier holds it already. A name of two
    /// words or more, in their order, is the product's brand: no outside party is named after it.
    /// </remarks>
    private const int ServiceNameWords = 2;

    // Whether an issuer's words hold the attested service's full name, of ServiceNameWords words or
    // more less a legal form, as the vendor's name is held (see Names, without initials: two
    // letters name too many things): "Harbourlight Meetings Assurance Office" is the vendor of
    // Harbourlight Meetings, whatever the vendor's own name. Single words of the service's name
    // are no sign: "Department of Education" is not the vendor of "Meet for Education".
    private static bool NamesService(IssuerWords issuer, NameWords service) =>
        service.Words.Length >= ServiceNameWords && Names(issuer, service, NameWords.None, initials: false);

    /// <summary>
    /// Whether an issuer names anyone at all: not blank, not a placeholder, not made only of
    /// words that name nobody in particular, say the name is kept back, or say what kind of party
    /// it is without saying which ("Name withheld under NDA", "Unknown", "N/A",
    /// "Independent third party", "To be appointed", "A Big Four firm", "Accredited CB",
    /// "Company X", "Various"), not a crowd (see <see cref="NamesACrowd(string?)"/>: "Security
    /// researchers worldwide", "Our user community"), and not only a kind of party (see
    /// <see cref="NamesOnlyAKindOfParty(string?)"/>: "Bug bounty platform", "External security firm").
    /// Independent evidence needs an issuer a reviewer could ask.
    /// </summary>
    internal static bool NamesAnIssuer(string? issuer) => issuer is not null && NamesAnIssuer(new IssuerWords(issuer));

    private static bool NamesAnIssuer(IssuerWords issuer)
    {
        if (Substance.IsBlank(issuer.Text) || Substance.Judge(issuer.Text, string.Empty, null) is SubstanceVerdict.Placeholder or SubstanceVerdict.Disguised)
        {
            return false;
        }

        var words = issuer.Words;
        return !words.All(w => NobodyWords.Contains(w) || UnnamingWords.Contains(w) || PartyWords.Contains(w) || LegalForms.Contains(w)) && !IsCrowd(words)
            && (!IsKindOfParty(words) || SaysItsOwn(words));
    }

    /// <summary>
    /// Whether an issuer says only what kind of party issued the evidence, not which one: a word
    /// for a kind of organisation or practitioner ("platform", "firm", "lab", "auditor",
    /// "assessor", "provider", "consultancy", "party"), and otherwise only words that say what it
    /// does or how it stands ("bug bounty", "security", "testing", "penetration", "assurance",
    /// "independent", "external", "third-party", "accredited") or name nobody ("a", "an", "the"):
    /// "Bug bounty platform", "A bug bounty platform", "Third-party auditor", "An independent
    /// assessor", "External security firm", "Independent testing lab". Such a phrase fits
    /// thousands of organisations, so no reviewer could ask the one that did the work.
    /// </summary>
    /// <remarks>
    /// As for a crowd (see <see cref="NamesACrowd(string?)"/>), any other word may be a proper name and keeps
    /// the issuer a party ("Tidewater Bounty Platform", "Kestrel Assurance", "Payment Card Security
    /// Standards Council"), and so does a legal form ("Independent Testing Lab Ltd", "Kestrel
    /// Assurance LLP"). "Company", "group", "corporation" and "holdings" are both legal forms and
    /// kinds of organisation: here they are taken as kinds ("External security company"), since
    /// with no other name they name none. A crowd is a crowd first, and words that make the issuer
    /// the vendor's own ("Security team", "Privacy office": see <see cref="IssuedByVendor"/>) keep
    /// it the vendor's: its own work counts as monitoring.
    /// </remarks>
    internal static bool NamesOnlyAKindOfParty(string? issuer) => issuer is not null && NamesOnlyAKindOfParty(new IssuerWords(issuer));

    private static bool NamesOnlyAKindOfParty(IssuerWords issuer) =>
        !Substance.IsBlank(issuer.Text) && !IsCrowd(issuer.Words) && IsKindOfParty(issuer.Words) && !SaysItsOwn(issuer.Words);

    // The test of NamesOnlyAKindOfParty on an issuer's normalised words.
    private static bool IsKindOfParty(string[] words)
    {
        var kind = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if ((LegalForms.Contains(word) && !KindWords.Contains(word)) || (i + 1 < words.Length && IsLetterLegalForm(word, words[i + 1])))
            {
                return false;
            }

            if (KindWords.Contains(word) || PartyWords.Contains(word))
            {
                kind |= KindWords.Contains(word) || PartyHeads.Contains(word);
            }
            else if (!TradeWords.Contains(word) && !CrowdQualifiers.Contains(word) && !NobodyWords.Contains(word) && !UnnamingWords.Contains(word))
            {
                return false;
            }
        }

        return kind;
    }

    // Words for a kind of organisation or practitioner that issues evidence, without naming one
    // (see NamesOnlyAKindOfParty), besides those of PartyWords that are such words (PartyHeads).
    private static readonly HashSet<string> KindWords = new(
        ["platform", "platforms", "firm", "firms", "lab", "labs", "laboratory", "laboratories", "consultancy", "consultancies", "provider", "providers",
         "vendor", "vendors", "supplier", "suppliers", "contractor", "contractors", "agency", "agencies", "company", "companies", "corporation", "group",
         "holdings", "organisation", "organisations", "organization", "organizations", "practice", "house", "partner", "partners", "specialist",
         "specialists", "expert", "experts", "team", "teams", "service", "services", "certifier", "certifiers", "registrar", "registrars",
         "examiner", "examiners", "inspector", "inspectors", "accountant", "accountants", "accountancy", "cb", "cbs", "entity", "institute",
         "authority", "bureau", "office", "pentester", "pentesters", "hacker", "whitehat",

         // The same in French, German, Italian, Spanish, Portuguese and Dutch, as normalised.
         "cabinet", "societe", "entreprise", "prestataire", "laboratoire", "firma", "unternehmen", "anbieter", "dienstleister", "labor",
         "pruflabor", "societa", "azienda", "fornitore", "laboratorio", "empresa", "proveedor", "fornecedor", "bedrijf", "leverancier",
         "organisatie"],
        StringComparer.Ordinal);

    // The words of PartyWords that name a kind of party (the others only qualify one: "independent", "third").
    private static readonly HashSet<string> PartyHeads = new(
        ["party", "parties", "auditor", "auditors", "assessor", "assessors", "tester", "testers", "consultant", "consultants", "firm", "certifier",
         "body", "reviewer", "reviewers", "researcher", "researchers", "partie", "prufer", "pruferin", "parte", "partij", "auditeur", "revisor", "tercero",
         "terceiro", "dritter", "dritte", "derde", "tiers", "terzo"],
        StringComparer.Ordinal);

    // Words that say what a party does or how it stands, without naming it ("security", "testing",
    // "penetration", "assurance", "accredited"; and, of CrowdQualifiers, "bug bounty", "independent").
    private static readonly HashSet<string> TradeWords = new(
        ["testing", "test", "tests", "penetration", "pen", "pentest", "pentesting", "audit", "audits", "auditing", "assurance", "assessment",
         "assessments", "assessing", "certification", "certifying", "compliance", "review", "reviews", "reviewing", "consulting", "advisory",
         "accounting", "cryptography", "cryptographic", "crypto", "offensive", "red", "blue", "hacking", "appsec", "application", "applications",
         "software", "network", "cloud", "risk", "quality", "standards", "inspection", "verification", "validation", "evaluation", "attestation",
         "data", "protection", "information", "it", "technology", "technical", "forensic", "forensics", "code", "source", "outside", "outsourced",
         "specialised", "specialized", "specialist", "professional", "qualified", "licensed", "approved", "authorised", "authorized", "recognised",
         "recognized", "reputable", "established", "experienced", "neutral", "impartial", "objective", "unaffiliated", "unrelated", "separate",
         "contracted", "commissioned", "hired", "engaged", "appointed", "chosen", "leading", "major", "big", "small", "boutique", "regional",
         "iso", "soc", "pci", "type", "ii", "accredited", "certified", "independent", "external", "third", "party", "sector", "industry",
         "public", "government", "governmental",
         "sicherheit", "securite", "sicurezza", "seguridad", "seguranca", "beveiliging", "prufung", "pruf"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether an issuer names a crowd or community instead of a party: a word that names many
    /// people none of whom is named ("researchers", "hackers", "community", "users", "customers",
    /// "the public"), and otherwise only words that say what kind of crowd it is or where
    /// ("independent", "ethical", "security", "worldwide", "open", "invited", "bug bounty",
    /// "platform"), link them ("via", "through") or name nobody ("the", "our", "various"):
    /// "Security researchers worldwide", "Our user community", "Customers", "The security
    /// community", "Ethical hackers", "Open researcher community via an independent bounty
    /// platform". Independent evidence needs an issuer a reviewer could ask, and a crowd is no
    /// one: its members are not named, and nobody answers for them.
    /// </summary>
    /// <remarks>
    /// Any other word keeps the issuer a party, since it may be a proper name ("Open Web Security
    /// Community", "Researchers Guild", "Tidewater Bounty Platform"), and so does a legal form
    /// ("Security Community e.V.", "Ethical Hackers Ltd"): a registered organisation answers for
    /// what it issued, and a reviewer can look it up. (In the test of <see cref="NamesAnIssuer(string?)"/>
    /// that is older than this one, a legal form beside words that name nobody, "XYZ Ltd" or
    /// "Company X", names no one; a crowd's words are words of a name often enough, "Community",
    /// "Researchers", "Global", that a legal form beside them is taken at its word.)
    /// </remarks>
    internal static bool NamesACrowd(string? issuer) => issuer is not null && NamesACrowd(new IssuerWords(issuer));

    private static bool NamesACrowd(IssuerWords issuer) => !Substance.IsBlank(issuer.Text) && IsCrowd(issuer.Words);

    // The test of NamesACrowd on an issuer's normalised words.
    private static bool IsCrowd(string[] words)
    {
        var crowd = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (LegalForms.Contains(word) || (i + 1 < words.Length && IsLetterLegalForm(word, words[i + 1])))
            {
                return false;
            }

            if (CrowdWords.Contains(word))
            {
                crowd = true;
            }
            else if (!CrowdQualifiers.Contains(word) && !NobodyWords.Contains(word) && !UnnamingWords.Contains(word) && !PartyWords.Contains(word)
                && !OwnWords.Contains(word) && !Pronouns.Contains(word))
            {
                return false;
            }
        }

        return crowd;
    }

    // Whether two words of one letter each are a legal form written with dots ("e.V.", "S.A.", "B.V.").
    private static bool IsLetterLegalForm(string word, string next)
    {
        if (word.Length != 1 || next.Length != 1)
        {
            return false;
        }

        foreach (var form in LetterLegalForms)
        {
            if (form[0] == word[0] && form[1] == next[0])
            {
                return true;
            }
        }

        return false;
    }

    // Legal forms of two letters, as they read written with dots: a registered association ("e.V.",
    // "e.G.") and the companies of LegalForms.
    private static readonly string[] LetterLegalForms = ["ev", "eg", "sa", "bv", "nv", "ag", "kg", "ug", "ab", "as", "oy", "co", "lp"];

    // Words that name many people without naming any of them, or the public at large: an issuer made
    // of such a word and words that only qualify it is a crowd, not a party (see NamesACrowd).
    // Plurals only: "researcher" or "user" qualifies a crowd ("researcher community"), and one
    // person left unnamed is another matter.
    private static readonly HashSet<string> CrowdWords = new(
        ["community", "communities", "crowd", "crowds", "researchers", "hackers", "whitehats", "hunters", "users", "customers", "clients",
         "subscribers", "members", "public", "people", "individuals", "participants", "contributors", "volunteers", "reporters", "finders",
         "experts", "specialists", "professionals", "enthusiasts", "peers", "citizens", "freelancers", "students", "teachers", "parents",
         "patients", "clinicians", "developers", "world", "internet", "ecosystem",

         // The same in French, German, Italian, Spanish, Portuguese and Dutch, as normalised.
         "communaute", "chercheurs", "utilisateurs", "gemeinschaft", "forscher", "nutzer", "kunden", "comunita", "ricercatori", "utenti",
         "comunidad", "investigadores", "usuarios", "comunidade", "pesquisadores", "utilizadores", "gemeenschap", "onderzoekers", "gebruikers",
         "klanten"],
        StringComparer.Ordinal);

    // Words that say what kind of crowd it is, where it is, or how it is reached, without naming
    // anyone ("independent security researchers worldwide", "open researcher community via a bounty
    // platform"); and "fictional", which says that a name is made up, not which it is.
    private static readonly HashSet<string> CrowdQualifiers = new(
        ["worldwide", "global", "globally", "international", "wide", "open", "invited", "vetted", "trusted", "verified", "registered", "ethical",
         "white", "grey", "gray", "hat", "hats", "security", "cyber", "cybersecurity", "infosec", "bug", "bugs", "bounty", "bounties", "programme",
         "programmes", "program", "programs", "platform", "platforms", "crowdsourced", "freelance", "wider", "broader", "general", "entire", "whole",
         "responsible", "coordinated", "disclosure", "vulnerability", "vulnerabilities", "skilled", "talented", "leading", "top", "best", "academic",
         "local", "national", "active", "engaged", "diverse", "large", "larger", "growing", "privacy", "researcher", "hacker", "user", "customer",
         "client", "member", "developer", "via", "through", "from", "in", "at", "across", "around", "with", "for", "within", "who",
         "fictional", "fictitious"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a name (an approver's) is made only of words that name nobody to a reader: "Nobody",
    /// "None", "Unknown", "Not stated", "N/A", "Me", "We", "Pending", "Auto-approved", "CI
    /// pipeline", "The vendor", "Everyone".
    /// </summary>
    internal static bool NamesNobody(string name)
    {
        var normalised = Substance.Normalise(name);
        var words = normalised.Split(' ');
        return normalised.Length == 0
            || words.All(w => NobodyWords.Contains(w) || UnnamingWords.Contains(w) || Pronouns.Contains(w) || AttestingPartyWords.Contains(w) || TemplateNameWords.Contains(w))
            || words.Any(VacancyWords.Contains)
            || PlaceholderPeople.Any(person => (" " + normalised + " ").Contains(" " + person + " ", StringComparison.Ordinal));
    }

    // The words of a form's field for a name, left as they were ("Your name", "Firstname Lastname",
    // "Approver name"): only such words together name nobody. (Kept apart from UnnamingWords, which
    // issuers are read against too.)
    private static readonly HashSet<string> TemplateNameWords = new(
        ["your", "yours", "approver", "approvers", "approving", "firstname", "lastname", "surname", "fullname", "forename", "first", "last", "full",
         "family", "middle", "person", "placeholder", "insert", "here", "enter", "example", "sample", "dummy", "fake", "title", "role"],
        StringComparer.Ordinal);

    // Words that say a role is held by no one: "The DPO (vacant)", "Head of Privacy (TBC)".
    private static readonly HashSet<string> VacancyWords = new(
        ["vacant", "vacancy", "unfilled", "unstaffed", "unoccupied", "tbd", "tba", "tbc", "vacante", "vakant", "vacature"],
        StringComparer.Ordinal);

    // The names forms and examples use for no one in particular, as normalised words.
    private static readonly string[] PlaceholderPeople =
        ["john doe", "jane doe", "john q doe", "richard roe", "jane roe", "john q public", "joe public", "joe bloggs", "fred bloggs",
         "max mustermann", "erika mustermann", "max musterfrau", "erika musterfrau"];

    /// <summary>
    /// Whether an approver's name names a group rather than a person or a role someone holds: a
    /// word for a group of people inside an organisation ("team", "department", "staff",
    /// "employees", "management", "leadership") or a function's name alone ("Engineering",
    /// "Legal"), and otherwise only words that say which function or whose it is ("the", "our",
    /// "engineering", "security", "senior"): "The engineering team", "Management", "Senior
    /// management", "Security staff". Nobody in a group answers for what it approved; a role held
    /// by one person does ("Head of Privacy", "Privacy lead", "DPO", "Chief Executive"), and so does
    /// a body that minutes its decisions ("Risk committee", "Board of directors").
    /// </summary>
    internal static bool NamesAGroup(string name)
    {
        var words = Substance.Normalise(name).Split(' ');
        var group = false;
        foreach (var word in words)
        {
            if (GroupWords.Contains(word) || FunctionWords.Contains(word))
            {
                group = true;
            }
            else if (!NobodyWords.Contains(word) && !OwnWords.Contains(word) && !Pronouns.Contains(word) && !AttestingPartyWords.Contains(word) && !GroupQualifiers.Contains(word))
            {
                return false;
            }
        }

        return group;
    }

    // Words for a group of people inside an organisation, none of whom is named by it (see NamesAGroup).
    private static readonly HashSet<string> GroupWords = new(
        ["team", "teams", "department", "departments", "dept", "unit", "units", "division", "divisions", "staff", "employees", "personnel",
         "workforce", "engineers", "developers", "management", "leadership", "crew", "squad", "function", "functions", "office", "group",
         "colleagues", "people", "everyone", "all", "managers", "leads", "heads"],
        StringComparer.Ordinal);

    // The names of an organisation's functions: alone, or with a word of GroupWords, a department.
    private static readonly HashSet<string> FunctionWords = new(
        ["engineering", "security", "privacy", "compliance", "legal", "it", "operations", "ops", "product", "development", "devops", "sre",
         "infosec", "cybersecurity", "risk", "audit", "finance", "procurement", "support", "sales", "marketing", "hr", "platform",
         "infrastructure", "governance", "quality", "assurance", "data", "protection", "information", "technology", "administration",
         "admin", "admins", "administrators", "executive"],
        StringComparer.Ordinal);

    // Words that say whose or which group it is without naming anyone.
    private static readonly HashSet<string> GroupQualifiers = new(
        ["senior", "middle", "upper", "top", "whole", "entire", "wider", "core", "central", "relevant", "responsible", "respective", "internal",
         "our", "company", "wide", "s"],
        StringComparer.Ordinal);

    // Whether an issuer's words say it is the party's own, or name only a role or function inside
    // an organisation (which names no organisation but the one attesting). Single words of the
    // service's name beside a role are no sign (see NamesService for its full name): "Department of
    // Education" is not the vendor of "Meet for Education".
    private static bool SaysItsOwn(string[] words)
    {
        if (AnyIn(words, OwnWords) || HoldsRun(words, InHouse))
        {
            return true;
        }

        // A person named by an officer's title ("Dana Whitcombe, Chief Information Security
        // Officer", "J. Smith, CISO") of an organisation the issuer does not name is the attesting
        // party's officer: an outside firm is named with its legal form.
        if (AnyIn(words, OfficerWords) && !AnyIn(words, LegalForms))
        {
            return true;
        }

        // "We", "Us" and "Me" alone, or beside a role, are the party's own; beside a name they may
        // end it ("… US LLP").
        if (!AnyIn(words, RoleWords) && !AnyIn(words, Pronouns))
        {
            return false;
        }

        // "Trust" names a body's subject only beside a body ("Trust and Safety Council"; "One Trust" is a name).
        var body = AnyIn(words, BodyWords);
        foreach (var word in words)
        {
            if (!NobodyWords.Contains(word) && !RoleWords.Contains(word) && !Pronouns.Contains(word) && !(body && word == "trust"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyIn(string[] words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // "In house", as normalising leaves "in-house" (kept, not made for each issuer).
    private static readonly string[] InHouse = ["in", "house"];

    // Words that name a body an organisation forms of its staff, customers or advisers.
    private static readonly HashSet<string> BodyWords = new(["board", "committee", "council", "councils", "panel", "panels", "forum"], StringComparer.Ordinal);

    // Whether an issuer's words hold either name as a run of whole words, less a legal form, or
    // run together or apart ("HarbourLight", "Harbour Light" for Harbourlight), or start a word
    // whose case changes there ("HarbourlightSec" holds Harbourlight; "BrightLine" does not hold
    // Line, which only ends it).
    private static bool Names(IssuerWords issuer, NameWords name, NameWords id, bool initials = true)
    {
        if (Holds(issuer.Compared, name, id))
        {
            return true;
        }

        foreach (var prefix in issuer.CasePrefixes)
        {
            if (Holds([prefix], name, id))
            {
                return true;
            }
        }

        return initials && HoldsInitials(issuer.Compared, name.Words);

        static bool Holds(string[] words, NameWords name, NameWords id) =>
            HoldsRun(words, name.Words) || HoldsRun(words, id.Words) || HoldsSpelled(words, name.Spelled) || HoldsSpelled(words, id.Spelled);
    }

    // Whether a word of the issuer is the initials of a name of two words or more, less its legal
    // form ("HS Assurance" for Harbourlight Systems Ltd).
    private static bool HoldsInitials(string[] words, string[] nameWords)
    {
        if (nameWords.Length < 2)
        {
            return false;
        }

        foreach (var word in words)
        {
            var initials = word.Length == nameWords.Length;
            for (var i = 0; initials && i < nameWords.Length; i++)
            {
                initials = word[i] == nameWords[i][0];
            }

            if (initials)
            {
                return true;
            }
        }

        return false;
    }

    // The beginnings of the text's words that end where a lower-case letter is followed by an
    // upper-case one ("Harbourlight" and "HarbourlightSec" of "HarbourlightSecOps").
    private static IEnumerable<string> CasePrefixes(string text)
    {
        var wordStart = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i - 1]))
            {
                wordStart = i;
            }
            else if (char.IsLower(text[i - 1]) && char.IsUpper(text[i]))
            {
                yield return text.Substring(wordStart, i - wordStart);
            }
        }
    }

    // Whether consecutive words, written without the spaces between them, spell `name` (itself
    // written without spaces): a name of fewer than four letters is too short to tell this way.
    private static bool HoldsSpelled(string[] words, string name)
    {
        if (name.Length < 4)
        {
            return false;
        }

        for (var start = 0; start < words.Length; start++)
        {
            var length = 0;
            for (var end = start; end < words.Length && length < name.Length; end++)
            {
                if (string.CompareOrdinal(words[end], 0, name, length, words[end].Length) != 0)
                {
                    break;
                }

                length += words[end].Length;
                if (length == name.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A name's words as names are compared: normalised, and without "and", for which "&" and "+"
    // stand (normalising leaves no word of them), so that "Slate and Chalk Live", "Slate & Chalk
    // Live" and "Slate + Chalk Live" are one name whichever side writes which.
    private static string[] ComparedWords(string[] words) =>
        Array.IndexOf(words, "and") < 0 ? words : [.. words.Where(w => w != "and")];

    // An issuer as the tests of it read it, each form made when first asked and then kept, so that
    // however many tests (and citations) ask, the issuer is normalised and split once.
    private sealed class IssuerWords(string text)
    {
        private string[]? _words;
        private string[]? _compared;
        private string[]? _casePrefixes;

        // The issuer as declared.
        public string Text { get; } = text;

        // Its normalised words (see Substance.Normalise), as split at each space.
        public string[] Words => _words ??= Substance.Normalise(Text).Split(' ');

        // Its words as names are compared (see ComparedWords).
        public string[] Compared => _compared ??= ComparedWords(Words);

        // Each beginning of a word that ends where its case changes (see CasePrefixes), normalised;
        // read as it reads, so that a soft hyphen or a mark in the word does not end it.
        public string[] CasePrefixes => _casePrefixes ??= [.. AttestationContext.CasePrefixes(Substance.Readable(Text)).Select(Substance.Normalise)];
    }

    // A vendor's name or identifier (or the service's, or the assessor's) as normalised words,
    // without a legal form (empty when nothing else is left), and those words written together.
    private sealed class NameWords
    {
        // No name: no words.
        public static readonly NameWords None = new(null);

        public NameWords(string? name)
        {
            Words = name is null ? [] : [.. ComparedWords(Substance.Normalise(name).Split(' ')).Where(w => w.Length > 0 && !LegalForms.Contains(w))];
            Spelled = string.Concat(Words);
        }

        public string[] Words { get; }

        public string Spelled { get; }
    }

    // The names of the party attesting that an issuer is compared with (see IssuedByVendor).
    private sealed class AttestingParty(Attestation attestation)
    {
        public NameWords VendorName { get; } = new(attestation.Vendor.Name);

        public NameWords VendorId { get; } = new(attestation.Vendor.Id);

        public NameWords Service { get; } = new(attestation.Service.Name);

        // In a third-party assessment, the assessor's name; null in the vendor's own attestation.
        public NameWords? Assessor { get; } = attestation.IsThirdPartyAssessment ? new(attestation.Assessment!.Assessor) : null;
    }

    // Whether the words hold the run, each word the same or, of six letters or more, misspelt by
    // one letter left out, added, changed or two swapped ("Harborlight" for "Harbourlight").
    private static bool HoldsRun(string[] words, string[] run)
    {
        for (var start = 0; run.Length > 0 && start + run.Length <= words.Length; start++)
        {
            var held = true;
            for (var i = 0; i < run.Length && held; i++)
            {
                held = NearlySame(words[start + i], run[i]);
            }

            if (held)
            {
                return true;
            }
        }

        return false;
    }

    // The least letters a word needs before a misspelling of it is read as the word.
    private const int MisspeltWordLetters = 6;

    // Whether two words are the same, or both of MisspeltWordLetters or more and one edit apart (a
    // letter left out, added or changed, or two neighbours swapped).
    private static bool NearlySame(string word, string other)
    {
        if (string.Equals(word, other, StringComparison.Ordinal))
        {
            return true;
        }

        if (Math.Min(word.Length, other.Length) < MisspeltWordLetters || Math.Abs(word.Length - other.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < word.Length && start < other.Length && word[start] == other[start])
        {
            start++;
        }

        var (end, otherEnd) = (word.Length, other.Length);
        while (end > start && otherEnd > start && word[end - 1] == other[otherEnd - 1])
        {
            (end, otherEnd) = (end - 1, otherEnd - 1);
        }

        // What differs between the common start and end: one letter or none on each side, or two
        // neighbours swapped.
        var (left, right) = (end - start, otherEnd - start);
        return (left <= 1 && right <= 1)
            || (left == 2 && right == 2 && word[start] == other[start + 1] && word[start + 1] == other[start]);
    }

    // Words that name nobody in particular: said of an approver or issuer, they leave it unnamed.
    private static readonly HashSet<string> NobodyWords = new(
        ["nobody", "none", "no", "one", "noone", "unknown", "anonymous", "someone", "somebody", "anyone", "anybody", "n", "a", "na", "nil", "null",
         "undefined", "unspecified", "unnamed", "not", "applicable", "stated", "given", "provided", "available", "disclosed", "redacted", "withheld",
         "the", "an", "of", "by", "and", "this", "that", "",

         // "Nobody" and "unknown" in French, German, Italian, Spanish, Portuguese and Dutch.
         "personne", "niemand", "keiner", "nessuno", "nadie", "ninguem", "inconnu", "unbekannt", "sconosciuto", "desconocido", "desconhecido",
         "onbekend", "de", "la", "le", "el", "der", "die"],
        StringComparer.Ordinal);

    // Words that stand where a name should be without being one: that it is kept back or not yet
    // chosen, that it is elsewhere or many, praise, a letter standing for a name, an approval
    // given by no one ("auto-approved", "CI pipeline"), or the attesting party as such.
    private static readonly HashSet<string> UnnamingWords = new(
        ["name", "names", "named", "under", "nda", "undisclosed", "confidential", "confidentiality", "private", "secret", "pending", "selection",
         "selected", "select", "tbd", "tba", "tbc", "appointed", "appoint", "chosen", "be", "to", "yet", "later", "see", "report", "above",
         "below", "ditto", "same", "as", "per", "various", "multiple", "several", "many", "some", "other", "others", "different", "reputable",
         "accredited", "certified", "recognised", "recognized", "renowned", "respected", "well", "known", "big", "four", "cb", "firms",
         "companies", "agency", "x", "y", "z", "xx", "xxx", "xyz", "abc", "etc", "yes", "approved", "approval", "self", "bot", "auto",
         "automatic", "automated", "automatically", "pipeline", "ci", "system", "script", "everyone", "everybody", "all", "any", "whoever",
         "on", "upon", "request", "requested", "auditing", "audited", "anonyme", "anonym", "anonimo"],
        StringComparer.Ordinal);

    // Words that name the attesting party as such: an issuer so named is the vendor's own (see
    // SaysItsOwn), an approver so named is no one a reader could ask.
    private static readonly HashSet<string> AttestingPartyWords = new(
        ["vendor", "company", "provider", "supplier", "organisation", "organization", "business"], StringComparer.Ordinal);

    // Words that say what kind of party an issuer is without saying which one.
    private static readonly HashSet<string> PartyWords = new(
        ["independent", "external", "outside", "third", "party", "parties", "auditor", "auditors", "assessor", "assessors", "tester", "testers",
         "consultant", "consultants", "firm", "certifier", "certification", "body", "reviewer", "reviewers", "researcher", "researchers",
         "independant", "independante", "externe", "tiers", "tierce", "partie", "unabhangig", "unabhangiger", "unabhangige", "externer",
         "dritter", "dritte", "pruferin", "prufer", "indipendente", "esterno", "terzo", "terza", "parte", "independiente", "externo",
         "tercero", "tercera", "independente", "terceiro", "onafhankelijk", "extern", "externe", "derde", "partij", "auditeur", "revisor"],
        StringComparer.Ordinal);

    // Words by which a party speaks of itself ("us" and "we" only alone: "US" ends many a firm's name).
    private static readonly HashSet<string> OwnWords = new(
        ["our", "ours", "ourselves", "own", "self", "itself", "internal", "internally", "inhouse", "my", "mine", "myself",
         "notre", "nos", "interne", "internes", "unser", "unsere", "unserer", "selbst", "intern", "interner", "nuestro", "nuestra",
         "nosotros", "interno", "interna", "nostro", "nostra", "nosso", "nossa", "onze", "eigen", "eigene"],
        StringComparer.Ordinal);

    // Words by which a party speaks of itself that may also end a firm's name ("US", "WE").
    private static readonly HashSet<string> Pronouns = new(["we", "us", "me", "i", "moi", "nous", "ich", "wir", "yo", "io", "noi", "wij"], StringComparer.Ordinal);

    // Words that name a role or function inside an organisation, or the organisation attesting as such.
    private static readonly HashSet<string> RoleWords = new(
        ["vendor", "company", "provider", "supplier", "service", "organisation", "organization", "business", "team", "teams", "department", "dept",
         "unit", "office", "function", "staff", "employee", "employees", "management", "board", "committee", "executive", "executives", "officer",
         "officers", "head", "director", "manager", "lead", "chief", "ceo", "cto", "cio", "ciso", "cso", "cpo", "dpo", "coo", "cfo", "vp", "president",
         "engineering", "engineers", "security", "privacy", "compliance", "audit", "risk", "it", "legal", "data", "protection", "information",
         "technology", "operations", "assurance", "quality", "product", "development", "devops", "sre", "platform", "for",
         "directors", "managers", "heads", "leads", "leader", "leaders", "leadership", "owner", "owners", "founder", "founders", "author", "authors",
         "attestation",

         // The bodies an organisation forms of its own staff, customers or advisers, and what they
         // oversee ("Trust and Safety Council", "Customer Advisory Board", "Ethics Panel"); "trust"
         // only beside such a body (see SaysItsOwn).
         "council", "councils", "panel", "panels", "forum", "advisory", "advisers", "advisors", "customer", "customers", "safety", "ethics",
         "steering", "oversight", "governance", "working"],
        StringComparer.Ordinal);

    // Words that name an officer of an organisation, whoever the person is.
    private static readonly HashSet<string> OfficerWords = new(
        ["officer", "officers", "ciso", "cso", "cto", "cio", "ceo", "cpo", "dpo", "coo", "cfo", "cdo", "cro"],
        StringComparer.Ordinal);

    // Words that say what kind of company a name is, not which one.
    private static readonly HashSet<string> LegalForms = new(
        ["ltd", "limited", "inc", "incorporated", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "ug", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "pty", "co", "corp", "corporation", "company", "group", "holdings"],
        StringComparer.Ordinal);

    /// <summary>Finds declared evidence by identifier, with its position in <c>/evidence</c>.</summary>
    public bool TryGetEvidence(string id, out Evidence evidence, out int index)
    {
        if (_evidenceIndex is not null && _evidenceIndex.TryGetValue(id, out index))
        {
            evidence = Attestation.Evidence[index];
            return true;
        }

        evidence = null!;
        index = -1;
        return false;
    }

    /// <summary>
    /// A statement with the attestation's own identifiers blanked, as it is judged: each declared
    /// evidence id (a key of <paramref name="evidence"/>, whose values are positions in
    /// <c>/evidence</c>) and each fact path ("encryption.inTransit")
    /// written into it as a word of its own, punctuation around it aside, and the title of each
    /// piece of declared evidence (cited by this answer or another), written into it with any
    /// case and punctuation between its words. They are the attestation's data, not words of the
    /// vendor's own: a statement made by listing them ("SEC-01: encryption.inTransit = true;
    /// evidence: acme-security-white-paper, acme-tls-monitoring", "Covered by: Acme security white
    /// paper; TLS monitoring dashboard") says nothing of how the measure is met. They are found as
    /// the text reads (see <see cref="Substance.Readable"/>): written in full-width letters, or
    /// with a soft hyphen or an accent in them, they are still the attestation's data, and the
    /// statement is then judged as it reads. The text itself when it holds none.
    /// </summary>
    internal static string? WithoutIdentifiers(Answer? answer, Attestation attestation, Dictionary<string, int>? evidence)
    {
        if (answer?.Statement is not { } text)
        {
            return null;
        }

        // A disguised text has no substance whatever it holds, and must stay as it is for that
        // test to see it; any other is read as it reads when that finds what its characters hide.
        var read = Substance.Readable(text);
        if (!ReferenceEquals(read, text) && !Substance.IsDisguised(text) && Blanked(read, attestation, evidence) is var blankedRead && !ReferenceEquals(blankedRead, read))
        {
            return blankedRead;
        }

        return Blanked(text, attestation, evidence);
    }

    // The text with the identifiers and cited titles it holds as written blanked, or the text itself.
    private static string Blanked(string text, Attestation attestation, Dictionary<string, int>? evidence)
    {
        // Every declared document's title, not only those the answer cites: a list of the titles of
        // the documents other answers cite says no more of this measure than a list of its own.
        char[]? blanked = null;
        DeclaredTitles.Of(attestation).Blank(text, ref blanked);

        // Only a word joined by a dot, hyphen or underscore between two letters or digits can be an
        // identifier (every fact path has a dot): the joints are found first, a vector at a time,
        // and only their words are looked at.
        for (var at = text.IndexOfAny(IdentifierJoints); at >= 0; at = at + 1 < text.Length ? text.IndexOfAny(IdentifierJoints, at + 1) : -1)
        {
            if (at == 0 || at + 1 == text.Length || !char.IsLetterOrDigit(text[at - 1]) || !char.IsLetterOrDigit(text[at + 1]))
            {
                continue;
            }

            var (from, to) = (at, at);
            while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            while (to < text.Length && !char.IsWhiteSpace(text[to]))
            {
                to++;
            }

            // The rest of the word needs no second look; then the word without the punctuation around it.
            at = to;
            while (from < to && !char.IsLetterOrDigit(text[from]))
            {
                from++;
            }

            while (to > from && !char.IsLetterOrDigit(text[to - 1]))
            {
                to--;
            }

            var word = text.AsSpan(from, to - from);
            if (FactCatalog.HasPath(word) || (evidence is not null && IsKey(evidence, word)))
            {
                blanked ??= text.ToCharArray();
                blanked.AsSpan(from, to - from).Fill(' ');
            }
        }

        return blanked is null ? text : new string(blanked);
    }

    private static readonly char[] IdentifierJoints = ['.', '-', '_'];

    // The least words a title needs to be blanked where it is written: a title of one word ("Audit",
    // "x") is a word anyone may use.
    private const int TitleWords = 2;

    // Where `word` first starts in `text`, in any case (as StringComparison.OrdinalIgnoreCase
    // compares), or -1. A word that starts with an ASCII letter is looked for by that letter in
    // either case, a vector at a time, and compared only there: with invariant globalization (as
    // the tool runs) the general search compares at every character.
    internal static int IndexOfIgnoreCase(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        var c = word[0];
        if (c >= 128 || !char.IsLetter(c))
        {
            return text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        }

        // Unicode's simple upper case of two characters outside ASCII is an ASCII letter (dotless i,
        // long s); the runtime's ordinal casing leaves them apart, but they are looked at too so that
        // this search can never miss what the general one would find.
        var (lower, upper) = ((char)(c | 0x20), (char)(c & ~0x20));
        var other = lower switch { 'i' => '\u0131', 's' => '\u017F', _ => lower };
        var at = 0;
#if NET
        // Where the platform has vectors and the word's second character is ASCII, the places where
        // both its first two characters may stand are found eight at a time: a common first letter
        // alone stops a search at every few characters. A character outside ASCII may be either
        // (it is compared whole), and so may one that differs from the word's only in bit 0x20.
        if (Vector128.IsHardwareAccelerated && word.Length >= 2 && word[1] < 128)
        {
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var (first, second) = (Vector128.Create((ushort)lower), Vector128.Create((ushort)(word[1] | 0x20)));
            var (bit, ascii) = (Vector128.Create((ushort)0x20), Vector128.Create((ushort)0xFF80));
            for (; at + Vector128<ushort>.Count + 1 <= text.Length; at += Vector128<ushort>.Count)
            {
                var (one, two) = (Vector128.LoadUnsafe(ref chars, (nuint)at), Vector128.LoadUnsafe(ref chars, (nuint)at + 1));
                var may = (Vector128.Equals(one | bit, first) | ~Vector128.Equals(one & ascii, Vector128<ushort>.Zero))
                    & (Vector128.Equals(two | bit, second) | ~Vector128.Equals(two & ascii, Vector128<ushort>.Zero));
                for (var places = may.ExtractMostSignificantBits(); places != 0; places &= places - 1)
                {
                    var place = at + BitOperations.TrailingZeroCount(places);
                    if (place > text.Length - word.Length)
                    {
                        return -1;
                    }

                    if (text.Slice(place, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                    {
                        return place;
                    }
                }
            }
        }
#endif

        while (at <= text.Length - word.Length)
        {
            var found = text.Slice(at, text.Length - word.Length + 1 - at).IndexOfAny(lower, upper, other);
            if (found < 0)
            {
                return -1;
            }

            // A second ASCII letter or digit rules most places out before the whole word is compared.
            at += found;
            if ((word.Length == 1 || word[1] >= 128 || !char.IsLetterOrDigit(word[1]) || (text[at + 1] | 0x20) == (word[1] | 0x20) || text[at + 1] >= 128)
                && text.Slice(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            at++;
        }

        return -1;
    }

    // The titles of an attestation's declared evidence, of two words or more (as read: see
    // Substance.Readable), as runs of words found by their first word in any case, made once per
    // attestation: a statement is then read word by word once, however many documents are declared.
    private sealed class DeclaredTitles
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Attestation, DeclaredTitles> Made = new();

        // The titles by their first two words, one space apart: a statement's word that starts a
        // title (the vendor's name, say, which starts many) is looked up with the word after it, so
        // only the titles that go on as the text does are compared.
        private readonly Dictionary<string, List<string[]>> _byFirstWords = new(StringComparer.OrdinalIgnoreCase);

        // A bit for each first word's length and first two letters in any case (see Bit): most of a
        // statement's words are ruled out by it before a first word is looked up.
        private readonly ulong[] _firstWords = new ulong[16];

        private DeclaredTitles(Attestation attestation)
        {
            foreach (var item in attestation.Evidence)
            {
                if (item.Title is not { } title)
                {
                    continue;
                }

                var readable = Substance.Readable(title);
                var words = new List<string>();
                for (var (start, length) = NextWord(readable, 0); length > 0; (start, length) = NextWord(readable, start + length))
                {
                    words.Add(readable.Substring(start, length));
                }

                if (words.Count < TitleWords)
                {
                    continue;
                }

                var key = words[0] + " " + words[1];
                if (!_byFirstWords.TryGetValue(key, out var runs))
                {
                    _byFirstWords[key] = runs = [];
                }

                runs.Add([.. words]);
                var bit = Bit(words[0].AsSpan());
                _firstWords[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        public static DeclaredTitles Of(Attestation attestation) => Made.GetValue(attestation, made => new DeclaredTitles(made));

        // Blanks (in `blanked`, a copy of `text` made when first needed) every place where a title's
        // words are written one after another as whole words, in any case and with anything but
        // letters and digits between them ("TLS monitoring, dashboard" for "TLS monitoring dashboard").
        public void Blank(string text, ref char[]? blanked)
        {
            if (_byFirstWords.Count == 0)
            {
                return;
            }

            Span<char> key = stackalloc char[KeyRoom];
            for (var (start, length) = NextWord(text, 0); length > 0; (start, length) = NextWord(text, start + length))
            {
                var bit = Bit(text.AsSpan(start, length));
                if ((_firstWords[bit >> 6] & (1UL << (bit & 63))) == 0)
                {
                    continue;
                }

                // The word and the next, one space apart, as the titles are keyed.
                var (secondStart, secondLength) = NextWord(text, start + length);
                if (secondLength == 0)
                {
                    continue;
                }

                var pair = length + 1 + secondLength <= KeyRoom ? key.Slice(0, length + 1 + secondLength) : new char[length + 1 + secondLength];
                text.AsSpan(start, length).CopyTo(pair);
                pair[length] = ' ';
                text.AsSpan(secondStart, secondLength).CopyTo(pair.Slice(length + 1));
                if (!TryRuns(pair, out var runs))
                {
                    continue;
                }

                foreach (var run in runs)
                {
                    var (end, matched) = (secondStart + secondLength, true);
                    for (var w = 2; w < run.Length && matched; w++)
                    {
                        var (wordStart, wordLength) = NextWord(text, end);
                        matched = wordLength == run[w].Length && text.AsSpan(wordStart, wordLength).Equals(run[w].AsSpan(), StringComparison.OrdinalIgnoreCase);
                        end = wordStart + wordLength;
                    }

                    if (matched)
                    {
                        blanked ??= text.ToCharArray();
                        blanked.AsSpan(start, end - start).Fill(' ');
                    }
                }
            }
        }

        // One of 1024 bits for a word, the same for words the same in any case.
        private static int Bit(ReadOnlySpan<char> word)
        {
            var first = char.ToUpperInvariant(word[0]);
            var second = word.Length > 1 ? char.ToUpperInvariant(word[1]) : '\0';
            // A hash, whose products wrap by design.
            return unchecked((int)((((uint)word.Length * 0x9E3779B1u) ^ ((uint)first * 0x85EBCA6Bu) ^ ((uint)second * 0xC2B2AE35u)) >> 22));
        }

        // Room on the stack for two words and the space between (a longer pair is made on the heap).
        private const int KeyRoom = 256;

        private bool TryRuns(ReadOnlySpan<char> words, out List<string[]> runs) =>
#if NET
            _byFirstWords.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.TryGetValue(words, out runs!) : _byFirstWords.TryGetValue(words.ToString(), out runs!);
#else
            _byFirstWords.TryGetValue(words.ToString(), out runs!);
#endif
    }

    // Whether the word found ends at `end`: the text ends there or is not a letter or digit there.
    private static bool EndsRun(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    // The next word of letters and digits from `from`: where it starts and its length, 0 for none.
    // A character at a time: a statement's words are a few characters long, shorter than a vector
    // search needs to pay for its start (two searches a word took twice as long).
    private static (int Start, int Length) NextWord(string text, int from)
    {
        while (from < text.Length && !IsLetterOrDigit(text[from]))
        {
            from++;
        }

        var end = from;
        while (end < text.Length && IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return (from, end - from);
    }

    // char.IsLetterOrDigit, answered without its table for ASCII where the platform allows.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) =>
#if NET
        c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
#else
        char.IsLetterOrDigit(c);
#endif

    // Whether a word is a key of an ordinal dictionary, without making a string of it where the platform allows.
    private static bool IsKey<T>(Dictionary<string, T> keys, ReadOnlySpan<char> word) =>
#if NET
        keys.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.ContainsKey(word) : keys.ContainsKey(word.ToString());
#else
        keys.ContainsKey(word.ToString());
#endif

    // Each evaluated expectation's answer, and every statement: the answers' in the same order, then
    // those of answers to no evaluated expectation (unknown or deprecated ones, rare).
    private static (Answer?[] Answers, StatementSet Statements) Answers(Attestation attestation, IReadOnlyList<string> ids, WordSet namingWords, Dictionary<string, int>? evidence)
    {
        var answers = new Answer?[ids.Count];
        var found = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            found += attestation.Answers.TryGetValue(ids[i], out answers[i]) ? 1 : 0;
        }

        var statements = new List<string?>(Math.Max(ids.Count, attestation.Answers.Count));
        for (var i = 0; i < ids.Count; i++)
        {
            statements.Add(WithoutIdentifiers(answers[i], attestation, evidence));
        }

        if (found != attestation.Answers.Count)
        {
            var evaluated = new HashSet<string>(ids, StringComparer.Ordinal);
            foreach (var pair in attestation.Answers)
            {
                if (!evaluated.Contains(pair.Key))
                {
                    statements.Add(WithoutIdentifiers(pair.Value, attestation, evidence));
                }
            }
        }

        return (answers, new StatementSet(statements, namingWords));
    }
}
