using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Serialization.Schema;

namespace PrivacyPrinciples.Tests.Serialization;

public class SchemaValidatorTests
{
    [Theory]
    [InlineData("""{ "oneOf": [ { "type": "string" } ] }""", "oneOf")]
    [InlineData("""{ "type": "object", "properties": { "a": { "if": { } } } }""", "if")]
    [InlineData("""{ "format": "email" }""", "format 'email'")]
    public void Load_SchemaUsingAnUnimplementedKeyword_Fails(string schema, string named)
    {
        var act = () => SchemaValidator.Load(schema);

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{named}*does not implement*");
    }

    [Fact]
    public void Load_UnresolvableReference_Fails()
    {
        var act = () => SchemaValidator.Load("""{ "$ref": "#/$defs/missing" }""");

        act.Should().Throw<InvalidOperationException>().WithMessage("The schema refers to '#/$defs/missing', which it does not define.");
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("1.5", false)]
    [InlineData("\"1\"", false)]
    public void Integer_AcceptsWholeNumbersWrittenAnyWay(string value, bool valid)
    {
        Validate("""{ "type": "integer" }""", value).Count.Should().Be(valid ? 0 : 1);
    }

    [Fact]
    public void MinLength_CountsCharactersNotBytesOrSurrogates()
    {
        Validate("""{ "type": "string", "maxLength": 2 }""", "\"é😀\"").Should().BeEmpty();
        Validate("""{ "type": "string", "maxLength": 1 }""", "\"é😀\"").Should().ContainSingle().Which.Message.Should().Be("expected at most 1 characters but found 2");
    }

    [Fact]
    public void EverySchemaOfThePackage_Loads()
    {
        foreach (var schema in new[] { JsonSchemas.Attestation, JsonSchemas.RuleSet, JsonSchemas.Report })
        {
            SchemaValidator.Load(schema).Should().NotBeNull();
        }
    }

    private static List<InputError> Validate(string schema, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var document = JsonDocument.Parse(bytes);
        var errors = new ErrorSink(int.MaxValue);
        SchemaValidator.Load(schema).Validate(document.RootElement, "x.json", new JsonSourceMap(bytes, new ReaderOptions()), errors);
        return [.. errors.Listed];
    }
}
