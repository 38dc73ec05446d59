using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.Serialization;

public class PrivacyPrinciplesJsonTests
{
    [Fact]
    public void WriteCompact_OneLineThatReadsBackToTheSameAttestation()
    {
        var attestation = TestAttestations.WithGoodFacts(Audience.Consumers).With("SEC-01", AnswerStatus.Implemented);

        var line = Compact(attestation);

        line.Should().NotContain("\n").And.StartWith("{").And.EndWith("}");
        var read = new AttestationReader().Read(line, "line");
        read.Errors.Should().BeEmpty();
        PrivacyPrinciplesJson.Serialize(read.Value!).Should().Be(PrivacyPrinciplesJson.Serialize(attestation));
    }

    [Theory]
    [InlineData("Two\nlines\r\nand a tab\t")]
    [InlineData("a line\u2028and a paragraph\u2029separator")]
    [InlineData("right-to-left \u202Eoverride and \u200Bzero width")]
    [InlineData("##[error] a CI log command")]
    [InlineData("café & l'été <b>")]
    public void WriteCompact_EscapesTextAsSerializeDoes(string text)
    {
        var attestation = TestAttestations.Empty() with { Service = new ServiceInfo { Name = "Example Meet", Description = text } };

        var compact = Description().Match(Compact(attestation)).Groups[1].Value;
        var indented = Description().Match(PrivacyPrinciplesJson.Serialize(attestation)).Groups[1].Value;

        compact.Should().Be(indented).And.NotBeEmpty();
    }

    [Fact]
    public void WriteCompact_Null_Throws()
    {
        var noStream = () => PrivacyPrinciplesJson.WriteCompact(null!, TestAttestations.Empty());
        var noAttestation = () => PrivacyPrinciplesJson.WriteCompact(new MemoryStream(), null!);

        noStream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        noAttestation.Should().Throw<ArgumentNullException>().WithParameterName("attestation");
    }

    private static string Compact(Attestation attestation)
    {
        using var stream = new MemoryStream();
        PrivacyPrinciplesJson.WriteCompact(stream, attestation);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Regex Description() => new("\"description\": ?\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);
}
