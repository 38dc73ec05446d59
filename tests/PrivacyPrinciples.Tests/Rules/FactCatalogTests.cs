using System.Linq;
using System.Text.Json;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Rules;

public class FactCatalogTests
{
    private static readonly JsonElement FactsSchema = JsonDocument.Parse(JsonSchemas.Attestation).RootElement.GetProperty("$defs").GetProperty("facts").GetProperty("properties");

    [Fact]
    public void Catalogue_NamesExactlyTheFactsOfTheAttestationSchema()
    {
        var inSchema = FactsSchema.EnumerateObject()
            .SelectMany(group => group.Value.GetProperty("properties").EnumerateObject().Select(f => group.Name + "." + f.Name))
            .ToArray();

        FactCatalog.All.Select(f => f.Path).Should().Equal(inSchema);
    }

    [Fact]
    public void Catalogue_TypesMatchTheSchema()
    {
        foreach (var fact in FactCatalog.All)
        {
            var parts = fact.Path.Split('.');
            var schema = FactsSchema.GetProperty(parts[0]).GetProperty("properties").GetProperty(parts[1]);
            var type = schema.GetProperty("type").GetString();
            (type switch { "boolean" => FactType.Boolean, "integer" => FactType.Number, _ => FactType.Choice }).Should().Be(fact.Type, fact.Path);
            if (fact.Type == FactType.Choice)
            {
                schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Equal(fact.Choices, fact.Path);
            }
        }
    }

    [Fact]
    public void Read_ReadsEachFactFromTheTypedModel()
    {
        var facts = new ServiceFacts
        {
            Encryption = new EncryptionFacts { EndToEnd = EndToEndEncryption.Optional },
            SecurityOperations = new SecurityOperationsFacts { CriticalPatchDays = 14 },
            UserControls = new UserControlsFacts { OptionalProcessing = OptionalProcessingConsent.NotOffered },
        };

        Get("encryption.endToEnd").Read(facts).Should().Be(FactValue.From("optional"));
        Get("securityOperations.criticalPatchDays").Read(facts).Should().Be(FactValue.From(14));
        Get("userControls.optionalProcessing").Read(facts).Should().Be(FactValue.From("notOffered"));
        Get("encryption.inTransit").Read(facts).IsMissing.Should().BeTrue();
        Get("encryption.inTransit").Pointer.Should().Be("/facts/encryption/inTransit");
    }

    [Fact]
    public void EveryFactThatAChecksNames_IsInTheCatalogue()
    {
        FactCatalog.TryGet("encryption.e2e", out _).Should().BeFalse();
        FactCatalog.TryGet(null!, out _).Should().BeFalse();
    }

    private static FactDefinition Get(string path)
    {
        FactCatalog.TryGet(path, out var fact).Should().BeTrue(path);
        return fact!;
    }
}
