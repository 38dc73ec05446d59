using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;

namespace PrivacyPrinciples.Engagements;

/// <summary>Reads engagement files (<c>schemas/engagement.schema.json</c>). Reading never throws for bad input. Thread-safe.</summary>
public sealed class EngagementReader
{
    internal static readonly DocumentLoader<Engagement> Loader =
        new(() => JsonSchemas.Engagement, () => EngagementJsonContext.Default.Engagement, CheckSemantics);

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with limits suited to engagements (10,000 invited vendors).</summary>
    public EngagementReader()
        : this(new ReaderOptions { MaxItems = 10_000 })
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    public EngagementReader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads an engagement file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The engagement, or every problem found.</returns>
    public ReadResult<Engagement> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads an engagement from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The engagement, or every problem found.</returns>
    public ReadResult<Engagement> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);

    /// <summary>Reads an engagement from a stream, up to the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The engagement, or every problem found.</returns>
    public ReadResult<Engagement> Read(Stream stream, string source) =>
        Loader.Load(stream ?? throw new ArgumentNullException(nameof(stream)), source ?? string.Empty, _limits);

    /// <summary>Reads an engagement from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The engagement, or every problem found.</returns>
    public ReadResult<Engagement> Read(ReadOnlyMemory<byte> utf8Json, string source) => Loader.Load(utf8Json, source ?? string.Empty, _limits);

    private static void CheckSemantics(Engagement engagement, SemanticContext context)
    {
        var vendors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < engagement.Invited.Count; i++)
        {
            if (!vendors.Add(engagement.Invited[i].VendorId))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("invited vendor", engagement.Invited[i].VendorId), JsonPointer.Append("/invited", i) + "/vendorId");
            }
        }

        var rounds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < engagement.Rounds.Count; i++)
        {
            if (!rounds.Add(engagement.Rounds[i].Id))
            {
                context.Add(InputErrorCodes.DuplicateId, ErrorMessages.DuplicateId("round", engagement.Rounds[i].Id), JsonPointer.Append("/rounds", i) + "/id");
            }

            if (engagement.Rounds[i].Deadline is null && engagement.Deadline is null && engagement.Rounds[i].EvaluatedOn is null)
            {
                context.Add(InputErrorCodes.EngagementDates, "the round has no deadline and no evaluation date, and the engagement has no deadline; expected a deadline, so answers can be judged on time and evidence judged current", JsonPointer.Append("/rounds", i));
            }
        }

        if (engagement.RuleSet is not null && engagement.Profile is not null)
        {
            context.Add(InputErrorCodes.EngagementDates, "the engagement names both a rule set and a profile; expected one of them (a profile names its own base rule set)", "/profile");
        }
    }
}
