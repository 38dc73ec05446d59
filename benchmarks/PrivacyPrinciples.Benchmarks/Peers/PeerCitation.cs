using System;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Benchmarks.Peers;

/// <summary>
/// One piece of evidence an answer cites, as a fact a general rules engine can match: what the
/// answer says it shows, the declared evidence it refers to (<see langword="null"/> when the
/// attestation declares none with that id), the evaluation date, and the reference in the
/// evaluator's normalised text form. Whether it counts, and for which aspect, is the peers' rules'
/// decision.
/// </summary>
public sealed class PeerCitation
{
    internal PeerCitation(PeerCase owner, EvidenceCitation citation, Evidence? item, EvidenceKindRule? kindRule, PeerReference reference, bool issuedByVendor, bool namesIssuer, bool isPublicity, bool repeatsDocument)
    {
        KindRule = kindRule;
        Case = owner;
        Ref = citation.Ref;
        Shows = citation.Shows;
        Item = item;
        On = owner.On;
        // Inputs from the evaluator's text tests, like the statement's substance (see PeerCase.For):
        // the reference's normalised form, whether it is a placeholder ("n/a", "TBD"), a URL that
        // names more than a word, holds a path or number, or says the evidence is withheld ("on
        // request"). The peers' rules decide from them whether it is a locator.
        NormalisedReference = reference.Normalised;
        ReferenceIsPlaceholder = reference.IsPlaceholder;
        ReferenceIsUrl = reference.IsUrl;
        ReferenceHoldsIdentifier = reference.HoldsIdentifier;
        ReferenceSaysWithheld = reference.SaysWithheld;
        ReferenceHoldsDocumentNumberOrPath = reference.HoldsDocumentNumberOrPath;
        ReferenceIsUnreachable = reference.IsUnreachable;
        TitleNamesDocument = reference.TitleNamesDocument;

        // And whether its issuer names anyone, and whether the vendor itself, from the evaluator's test of names.
        IssuedByVendor = issuedByVendor;
        NamesIssuer = namesIssuer;

        // And whether its title, reference or issuer names publicity (a blog post, a marketing agency), from the evaluator's test.
        IsPublicity = isPublicity;

        // And whether another citation of the same answer cites the same document (as the
        // evaluator groups them: AttestationContext.DocumentsOf) and is the one weighed.
        RepeatsDocument = repeatsDocument;
    }

    /// <summary>The case whose answer cites the evidence.</summary>
    public PeerCase Case { get; }

    /// <summary>The id the answer cites.</summary>
    public string Ref { get; }

    /// <summary>What the answer says the evidence shows.</summary>
    public EvidencePurpose Shows { get; }

    /// <summary>The first declared evidence with the cited id; <see langword="null"/> when none is declared.</summary>
    public Evidence? Item { get; }

    /// <summary>The rule set's rule for the evidence's kind (how long it counts, whether it may be independent); <see langword="null"/> when <see cref="Item"/> is.</summary>
    public EvidenceKindRule? KindRule { get; }

    /// <summary>The evaluation date.</summary>
    public DateTime On { get; }

    /// <summary>The reference's letters and digits, lower case, one space between runs; empty when there is no reference.</summary>
    public string NormalisedReference { get; } = string.Empty;

    /// <summary>Whether the reference is placeholder text.</summary>
    public bool ReferenceIsPlaceholder { get; }

    /// <summary>Whether the reference is a URL that names more than one word after its scheme.</summary>
    public bool ReferenceIsUrl { get; }

    /// <summary>Whether the reference holds a digit, or a separator between two letters or digits (a path, a file name, a document number).</summary>
    public bool ReferenceHoldsIdentifier { get; }

    /// <summary>Whether the evidence's title (its id when it has none) says which document it is: what a document number alone does not.</summary>
    public bool TitleNamesDocument { get; }

    /// <summary>Whether the reference says the evidence is withheld ("available on request").</summary>
    public bool ReferenceSaysWithheld { get; }

    /// <summary>Whether the reference holds a document number (a word with letters and digits) or a path: what a reviewer can ask for when the evidence is withheld.</summary>
    public bool ReferenceHoldsDocumentNumberOrPath { get; }

    /// <summary>Whether the reference is a local file or a URL of this machine or a private network, which no reviewer can follow.</summary>
    public bool ReferenceIsUnreachable { get; }

    /// <summary>Whether the evidence's issuer is the vendor itself (its name, its identifier, the service's full name, or its own words) or, in a third-party assessment, the assessor: the party making the claims, so that "independent" evidence is its own.</summary>
    public bool IssuedByVendor { get; }

    /// <summary>Whether the evidence's issuer names anyone: not blank, not a placeholder, not only words such as "Unknown" or "Independent third party", not a crowd such as "Security researchers worldwide", and not only a kind of party such as "Bug bounty platform".</summary>
    public bool NamesIssuer { get; }

    /// <summary>Whether the evidence is publicity rather than work that can validate a measure: its title or reference names a genre written to promote, or its issuer a trade that promotes.</summary>
    public bool IsPublicity { get; }

    /// <summary>Whether another citation of the same answer, the one weighed, cites the same document: the same evidence for another purpose, or evidence declared under another id with the same reference. A document counts once in an answer.</summary>
    public bool RepeatsDocument { get; }
}

/// <summary>What the evaluator's text tests say of a reference, as the peers' rules take it.</summary>
/// <param name="Normalised">The reference's letters and digits, lower case, one space between runs.</param>
/// <param name="IsPlaceholder">Whether it is placeholder text.</param>
/// <param name="IsUrl">Whether it is a URL that names more than one word after its scheme.</param>
/// <param name="HoldsIdentifier">Whether it holds a digit, or a separator between two letters or digits.</param>
/// <param name="SaysWithheld">Whether it says the evidence is withheld.</param>
/// <param name="HoldsDocumentNumberOrPath">Whether it holds a document number or a path.</param>
/// <param name="IsUnreachable">Whether it is a local file or a URL of this machine or a private network.</param>
/// <param name="TitleNamesDocument">Whether the evidence's title (its id when it has none) says which document it is.</param>
internal readonly record struct PeerReference(string Normalised, bool IsPlaceholder, bool IsUrl, bool HoldsIdentifier, bool SaysWithheld, bool HoldsDocumentNumberOrPath, bool IsUnreachable, bool TitleNamesDocument)
{
    public static readonly PeerReference None = new(string.Empty, false, false, false, false, false, false, false);
}
