using System;
using System.IO;
using System.Text;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Rules;

/// <summary>
/// Reads rule sets from JSON and validates them completely (see <see cref="RuleSetValidator"/>).
/// Loading a rule set never runs code from it. Reading never throws for bad input. Thread-safe.
/// </summary>
public sealed class RuleSetReader
{
    internal static readonly DocumentLoader<RuleSet> Loader =
        new(
            () => JsonSchemas.RuleSet,
            () => Rules.RulesJsonContext.Default.RuleSet,
            RuleSetValidator.Validate,
            major: 2,
            olderVersionAdvice: "rule-set format 2 adds evidenceKinds, evidenceClasses and, on every expectation, evidenceClass, notApplicable, a list of sources (one citation per document) instead of source, and a basis (see docs/rule-sets.md)",
            bind: RuleSetBinder.TryBind);

    private readonly ReaderOptions _limits;

    /// <summary>Creates a reader with the default <see cref="ReaderOptions"/>.</summary>
    public RuleSetReader()
        : this(new ReaderOptions())
    {
    }

    /// <summary>Creates a reader.</summary>
    /// <param name="limits">The limits to enforce; copied, so later changes do not affect the reader.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public RuleSetReader(ReaderOptions limits) =>
        _limits = (limits ?? throw new ArgumentNullException(nameof(limits))).Copy();

    /// <summary>Reads a rule set from a file.</summary>
    /// <param name="path">The file's path; errors name it as given.</param>
    /// <returns>The rule set, or every problem found.</returns>
    public ReadResult<RuleSet> ReadFile(string path) => Loader.LoadFile(path ?? throw new ArgumentNullException(nameof(path)), _limits);

    /// <summary>Reads a file whose errors name it <paramref name="source"/>.</summary>
    internal ReadResult<RuleSet> ReadFile(string path, string source) => Loader.LoadFile(path, source, _limits);

    /// <summary>Reads a rule set from a stream, up to the size limit.</summary>
    /// <param name="stream">The stream, read to its end and not closed.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The rule set, or every problem found.</returns>
    public ReadResult<RuleSet> Read(Stream stream, string source) =>
        Loader.Load(stream ?? throw new ArgumentNullException(nameof(stream)), source ?? string.Empty, _limits);

    /// <summary>Reads a rule set from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The rule set, or every problem found.</returns>
    public ReadResult<RuleSet> Read(ReadOnlyMemory<byte> utf8Json, string source) => Loader.Load(utf8Json, source ?? string.Empty, _limits);

    /// <summary>Reads a rule set from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The name errors use for the input.</param>
    /// <returns>The rule set, or every problem found.</returns>
    public ReadResult<RuleSet> Read(string json, string source) =>
        Loader.Load(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), source ?? string.Empty, _limits);
}
