using System;
using System.IO;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Synthetic.Tests;

public class SyntheticNdjsonTests
{
    [Fact]
    public void Write_OneCompactLinePerAttestation_EachEndingWithLineFeed()
    {
        var generator = new SyntheticAttestationGenerator();
        var writer = new StringWriter { NewLine = "\r\n" };

        var written = SyntheticNdjson.Write(writer, generator.Generate(20));

        var text = writer.ToString();
        written.Should().Be(20);
        text.Should().EndWith("\n").And.NotContain("\r");
        var lines = text.Split('\n');
        lines.Should().HaveCount(21);
        lines[^1].Should().BeEmpty();
        lines.Take(20).Should().OnlyContain(l => l.StartsWith("{\"schemaVersion\":\"2.0\",", StringComparison.Ordinal) && l.EndsWith('}'));
    }

    [Fact]
    public void Write_EachLine_ReadsBackToTheSameAttestation()
    {
        var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 11 });
        var writer = new StringWriter();
        SyntheticNdjson.Write(writer, generator.Generate(15));

        var lines = writer.ToString().TrimEnd('\n').Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var read = new AttestationReader().Read(lines[i], $"line {i + 1}");
            read.Errors.Should().BeEmpty();
            PrivacyPrinciplesJson.Serialize(read.Value!).Should().Be(PrivacyPrinciplesJson.Serialize(generator.Create(i)));
        }
    }

    [Fact]
    public void Serialize_IsTheIndentedJsonWithoutItsWhitespace()
    {
        var attestation = new SyntheticAttestationGenerator().Create(4);

        var line = SyntheticNdjson.Serialize(attestation);

        line.Should().NotContain("\n");
        using var indented = System.Text.Json.JsonDocument.Parse(PrivacyPrinciplesJson.Serialize(attestation));
        using var compact = System.Text.Json.JsonDocument.Parse(line);
        compact.RootElement.GetRawText().Should().Be(line);
        System.Text.Json.JsonSerializer.Serialize(indented.RootElement).Should().Be(System.Text.Json.JsonSerializer.Serialize(compact.RootElement));
    }

    [Fact]
    public void Write_LineBreaksInsideText_AreEscaped()
    {
        var attestation = new SyntheticAttestationGenerator().Create(0);
        attestation = attestation with { Service = attestation.Service with { Description = "Two\nlines\r\nand a\u2028separator" } };
        var writer = new StringWriter();

        SyntheticNdjson.WriteLine(writer, attestation);

        writer.ToString().TrimEnd('\n').Should().NotContain("\n").And.NotContain("\r").And.Contain("Two\\nlines\\r\\n");
    }

    [Fact]
    public void Write_NullInTheSequence_Throws()
    {
        var attestations = new Attestation[] { new SyntheticAttestationGenerator().Create(0), null! };

        var act = () => SyntheticNdjson.Write(new StringWriter(), attestations);

        act.Should().Throw<ArgumentException>().WithParameterName("attestations");
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var writeToNull = () => SyntheticNdjson.Write(null!, []);
        var writeNull = () => SyntheticNdjson.Write(new StringWriter(), null!);

        writeToNull.Should().Throw<ArgumentNullException>().WithParameterName("writer");
        writeNull.Should().Throw<ArgumentNullException>().WithParameterName("attestations");
    }
}
