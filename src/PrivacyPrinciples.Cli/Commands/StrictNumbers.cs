using System.CommandLine.Parsing;
using System.Globalization;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary>
/// Numbers on the command line are read the same way everywhere, whatever the culture: digits, an
/// optional leading minus and, for decimals, one full stop. <c>6,5</c> is refused rather than read
/// as 65 (a thousands separator) or 6.5 (a decimal comma), and so are spaces, a plus sign,
/// exponents, <c>NaN</c> and <c>Infinity</c>.
/// </summary>
internal static class StrictNumbers
{
    public static double? Decimal(ArgumentResult result)
    {
        var text = Token(result);
        if (text is not null && IsDecimal(text) && double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        result.AddError($"'{DisplayText.Clean(text ?? string.Empty)}' is not a number for {Option(result)}; expected digits with an optional decimal point, for example 62.5");
        return null;
    }

    public static int Integer(ArgumentResult result) => Integer(result, int.MinValue, int.MaxValue, "a whole number");

    /// <summary>
    /// A whole number from <paramref name="min"/> to <paramref name="max"/>. Digits too many for any
    /// number the option takes are out of range, like any other number beyond its bounds, rather
    /// than "not a whole number".
    /// </summary>
    public static int Integer(ArgumentResult result, int min, int max, string what)
    {
        var text = Token(result);
        if (text is null || !IsDecimal(text) || text.Contains('.', System.StringComparison.Ordinal))
        {
            result.AddError($"'{DisplayText.Clean(text ?? string.Empty)}' is not a whole number for {Option(result)}; expected digits, for example 100");
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{Option(result)} {text} is out of range; expected {what} from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return 0;
    }

    private static string? Token(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : null;

    private static string Option(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : "the argument";

    private static bool IsDecimal(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        var digits = 0;
        var point = false;
        for (; i < text.Length; i++)
        {
            if (text[i] is >= '0' and <= '9')
            {
                digits++;
            }
            else if (text[i] == '.' && !point && digits > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && text[text.Length - 1] != '.';
    }
}
