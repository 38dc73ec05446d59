using System;

namespace PrivacyPrinciples.Serialization;

/// <summary>
/// Limits enforced while reading input documents, so a hostile or broken file cannot exhaust
/// memory. A document over a limit gets an <see cref="InputError"/>, never an exception. Mutable
/// options; readers copy them when constructed.
/// </summary>
public sealed class ReaderOptions
{
    /// <summary>The largest document, in bytes.</summary>
    /// <value>The default value is 4 MiB (4,194,304 bytes).</value>
    public int MaxDocumentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays.</summary>
    /// <value>The default value is 32.</value>
    public int MaxDepth { get; set; } = 32;

    /// <summary>The most items in one array and the most properties in one object.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxItems { get; set; } = 1_000;

    /// <summary>The longest string or property name, in characters.</summary>
    /// <value>The default value is 20,000.</value>
    public int MaxStringLength { get; set; } = 20_000;

    /// <summary>
    /// The most errors listed for one document. Past it, errors are only counted, and one last
    /// error (<c>limit-errors</c>) says how many more there were, so a document with an error every
    /// few bytes is read in time proportional to its size.
    /// </summary>
    /// <value>The default value is 100.</value>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        Positive(MaxDocumentBytes, nameof(MaxDocumentBytes));
        Positive(MaxDepth, nameof(MaxDepth));
        Positive(MaxItems, nameof(MaxItems));
        Positive(MaxStringLength, nameof(MaxStringLength));
        Positive(MaxErrors, nameof(MaxErrors));

        static void Positive(int value, string name)
        {
            if (value <= 0)
            {
                throw new ArgumentOutOfRangeException(name, value, $"ReaderOptions.{name} must be positive.");
            }
        }
    }

    internal ReaderOptions Copy()
    {
        Validate();
        return (ReaderOptions)MemberwiseClone();
    }
}
