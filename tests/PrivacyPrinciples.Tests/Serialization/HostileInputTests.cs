using System;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>Hostile documents built at run time: each is refused with its documented error, never an exception.</summary>
public class HostileInputTests
{
    public static TheoryData<string, string> Documents => new()
    {
        { "empty", InputErrorCodes.Empty },
        { "truncated", InputErrorCodes.Truncated },
        { "nan", InputErrorCodes.Syntax },
        { "duplicate", InputErrorCodes.DuplicateProperty },
        { "deep", InputErrorCodes.TooDeep },
        { "long-string", InputErrorCodes.StringTooLong },
        { "many-keys", InputErrorCodes.TooManyItems },
        { "million-keys", InputErrorCodes.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_HostileDocument_GivesItsDocumentedError(string name, string code)
    {
        var result = new AttestationReader().Read(Build(name), name + ".json");

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.Code).Should().Contain(code);
    }

    [Theory]
    [InlineData("\"attestedOn\": {0}", "/attestedOn")]
    [InlineData("\"vendor\": {{\"name\": {0}}}", "/vendor/name")]
    [InlineData("\"schemaVersion\": {0}", "/schemaVersion")]
    public void ANumberOfAMillionDigits_IsNamedInAShortMessage_NotEchoedWhole(string property, string pointer)
    {
        // Strings are cut short in messages; a number where a string belongs must be too, or one
        // line of a file fills a terminal (and a log) with megabytes.
        var number = "1" + new string('0', 1_000_000);
        var result = new AttestationReader().Read("{" + string.Format(System.Globalization.CultureInfo.InvariantCulture, property, number) + "}", "huge.json");

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Pointer == pointer);
        result.Errors.Should().OnlyContain(e => e.Message.Length < 300, "no message repeats the number whole");
    }

    private static string Build(string name) => name switch
    {
        "empty" => string.Empty,
        "truncated" => "{\"schemaVersion\": \"1.0\", \"vendor\": {",
        "nan" => "{\"schemaVersion\": NaN}",
        "duplicate" => "{\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\"}",
        "deep" => new string('[', 10_000) + new string(']', 10_000),
        "long-string" => "{\"vendor\": {\"name\": \"" + new string('x', 100_000) + "\"}}",
        "many-keys" => Keys(5_000),
        "million-keys" => Keys(1_000_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Keys(int count)
    {
        var json = new StringBuilder("{");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "\"k" : ",\"k").Append(i).Append("\":0");
        }

        return json.Append('}').ToString();
    }
}
