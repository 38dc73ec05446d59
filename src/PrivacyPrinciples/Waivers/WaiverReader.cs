using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Waivers;

/// <summary>
/// Reads waivers files (<c>schemas/waivers.schema.json</c>). Reading never throws for bad input:
/// the result carries every problem with its pointer, line and column. Thread-safe.
/// </summary>
public sealed class WaiverReader
{
    internal static readonly DocumentLoader<WaiverSet> Loader =
        new(() => JsonSchemas.Waivers, () => WaiversJsonContext.Default.WaiverSet, CheckSemantics);

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderOptions"/>.</summary>
    public WaiverReader()
        : this(new ReaderOptions())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public WaiverReader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a waivers file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The waivers, or every problem found.</returns>
    public ReadResult<WaiverSet> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads waivers from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The waivers, or every problem found.</returns>
    public ReadResult<WaiverSet> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);

    /// <summary>Reads waivers from a stream.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The waivers, or every problem found.</returns>
    public ReadResult<WaiverSet> Read(Stream stream, string source) =>
        Loader.Load(stream ?? throw new ArgumentNullException(nameof(stream)), source ?? string.Empty, _limits);

    /// <summary>Reads waivers from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The waivers, or every problem found.</returns>
    public ReadResult<WaiverSet> Read(ReadOnlyMemory<byte> utf8Json, string source) => Loader.Load(utf8Json, source ?? string.Empty, _limits);

    // A reason may be brief, as the approver answers for it ("Migration.", "Accepted risk"), but it
    // is a word: "x", "OK" and "-" are none.
    private const int MinimumJustificationWords = 1;

    // Why a text that does not read as it is stored (see Substance.IsDisguised) is refused.
    private const string Disguised = "mixes letters of other scripts into its words, or reverses their order, so it does not read as it is written";

    private static void CheckSemantics(WaiverSet waivers, SemanticContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < waivers.Waivers.Count; i++)
        {
            if (!seen.Add(waivers.Waivers[i].ExpectationId))
            {
                context.Add(InputErrorCodes.DuplicateWaiver, $"expectation '{waivers.Waivers[i].ExpectationId}' is waived more than once; expected one waiver per expectation", JsonPointer.Append("/waivers", i) + "/expectationId");
            }

            // Someone answers for every accepted gap: a placeholder, or "Nobody", is nobody, and a
            // team, a crowd or a kind of party ("The engineering team", "Customers", "External
            // auditor") is no one in particular.
            var approver = Substance.Normalise(waivers.Waivers[i].Approver);
            if (Substance.IsDisguised(waivers.Waivers[i].Approver))
            {
                context.Add(InputErrorCodes.WaiverApprover, $"'{waivers.Waivers[i].Approver}' {Disguised}; expected the approver's name or role in plain letters, such as 'Head of Privacy'", JsonPointer.Append("/waivers", i) + "/approver");
            }
            else if (approver.Length < 2 || Substance.Judge(waivers.Waivers[i].Approver, string.Empty, null) == SubstanceVerdict.Placeholder
                || AttestationContext.NamesNobody(waivers.Waivers[i].Approver))
            {
                context.Add(InputErrorCodes.WaiverApprover, $"'{waivers.Waivers[i].Approver}' does not name who approved the waiver; expected a person or role, such as 'Head of Privacy'", JsonPointer.Append("/waivers", i) + "/approver");
            }
            else if (AttestationContext.NamesAGroup(waivers.Waivers[i].Approver) || AttestationContext.NamesACrowd(waivers.Waivers[i].Approver)
                || AttestationContext.NamesOnlyAKindOfParty(waivers.Waivers[i].Approver))
            {
                // As for an issuer of independent evidence: a team, a crowd or a kind of party is
                // given, but no one who answers for the accepted gap.
                context.Add(InputErrorCodes.WaiverApprover, $"'{waivers.Waivers[i].Approver}' names a group, a crowd or a kind of party, not a person or role who answers for the waiver; expected a person or role, such as 'Head of Privacy'", JsonPointer.Append("/waivers", i) + "/approver");
            }

            // And says why: a blank justification, one without a word that counts ("x", "OK"), or a
            // placeholder ("TBD") with hardly a word besides, accepts a gap for no reason; a reason
            // that mentions "TBC" is a reason.
            if (Substance.Judge(waivers.Waivers[i].Justification, string.Empty, null) == SubstanceVerdict.Disguised)
            {
                context.Add(InputErrorCodes.WaiverJustification, $"'{waivers.Waivers[i].Justification}' {Disguised}; expected the reason in plain letters, such as when the measure ships", JsonPointer.Append("/waivers", i) + "/justification");
            }
            else if (Substance.Judge(waivers.Waivers[i].Justification, string.Empty, null) is var said
                && Substance.CountedWords(waivers.Waivers[i].Justification) is var counted
                && (said == SubstanceVerdict.Missing || counted < MinimumJustificationWords || (said == SubstanceVerdict.Placeholder && counted < Substance.MinimumWords)))
            {
                context.Add(InputErrorCodes.WaiverJustification, $"'{waivers.Waivers[i].Justification}' does not say why the gap is accepted; expected the reason, such as when the measure ships", JsonPointer.Append("/waivers", i) + "/justification");
            }
        }
    }
}
