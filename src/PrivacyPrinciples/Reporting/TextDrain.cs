using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Moves text a writer built in a <see cref="StringBuilder"/> to the output and empties the builder,
/// so that a batch's document goes out a part at a time instead of becoming one string.
/// </summary>
internal static class TextDrain
{
    private const int Slice = 4096;

    /// <summary>Writes the builder's text in slices small enough to stay off the large object heap, and clears it.</summary>
    public static void Drain(StringBuilder text, TextWriter writer) => Write(text, text.Length, writer);

    /// <summary>
    /// As <see cref="Drain"/>, but holds back the line breaks the text ends with: they are written
    /// before the next text that is not only line breaks, so a document whose end trims its last
    /// line breaks to one (see <paramref name="held"/>) can still be written a part at a time.
    /// </summary>
    /// <param name="text">The text built so far.</param>
    /// <param name="writer">The output.</param>
    /// <param name="held">Line breaks drained but not yet written; the caller writes what it wants at the end instead.</param>
    public static void DrainHoldingLineBreaks(StringBuilder text, TextWriter writer, ref int held)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }

        if (end == 0)
        {
            held += text.Length;
            text.Clear();
            return;
        }

        for (; held > 0; held--)
        {
            writer.Write('\n');
        }

        held = text.Length - end;
        Write(text, end, writer);
    }

    private static void Write(StringBuilder text, int length, TextWriter writer)
    {
        var slice = ArrayPool<char>.Shared.Rent(Slice);
        try
        {
            for (var start = 0; start < length; start += slice.Length)
            {
                var count = Math.Min(slice.Length, length - start);
                text.CopyTo(start, slice, 0, count);
                writer.Write(slice, 0, count);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(slice);
        }

        text.Clear();
    }
}
