using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// The hand-written attestation binder must give exactly what System.Text.Json's binding gives,
/// and must know every property of the model: a property added to the model and not to the binder
/// makes it give up, which these tests catch, instead of a value silently lost.
/// </summary>
public class AttestationBinderTests
{
    private static readonly JsonTypeInfo<Attestation> Contract = AttestationJsonContext.Default.Attestation;

    public static TheoryData<string> Samples => [.. Directory.GetFiles(RepositoryPaths.Samples, "*.json").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleAttestation_BindsByHand_AsSystemTextJsonBindsIt(string path)
    {
        var bytes = File.ReadAllBytes(path);

        var bound = AttestationBinder.TryBind(bytes);

        bound.Should().NotBeNull("every bundled attestation binds without System.Text.Json");
        Write(bound!).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
    }

    [Fact]
    public void EveryPropertyOfTheModel_HasABinder()
    {
        var document = ContractDocuments.Filled(Contract, nulls: false);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var bound = AttestationBinder.TryBind(bytes);

        bound.Should().NotBeNull("the binder knows every property System.Text.Json binds: " + document.ToJsonString());
        Write(bound!).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
        Write(bound!).Should().Contain("\"requiresAdminAction\"").And.Contain("\"penetrationTestIntervalMonths\"").And.Contain("\"controlsForGuests\"");
    }

    [Fact]
    public void OptionalPropertiesGivenAsNull_BindAsSystemTextJsonBindsThem()
    {
        var document = ContractDocuments.Filled(Contract, nulls: true);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var bound = AttestationBinder.TryBind(bytes);

        bound.Should().NotBeNull(document.ToJsonString());
        Write(bound!).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
        bound!.Facts.Features.Should().NotBeNull("a null group is an empty group");
        bound.Evidence.Should().NotBeNull();
    }

    [Fact]
    public void EscapedNamesAndUnknownProperties_AreLeftToSystemTextJson()
    {
        var sample = File.ReadAllText(RepositoryPaths.Combine("samples", "attestations", "driftwood-rooms.json"));

        AttestationBinder.TryBind(Encoding.UTF8.GetBytes(sample.Replace("\"vendor\"", "\"v\\u0065ndor\"", StringComparison.Ordinal))).Should().BeNull();
        AttestationBinder.TryBind(Encoding.UTF8.GetBytes(sample.Replace("\"vendor\": {", "\"vendor\": {\"x\": 1, ", StringComparison.Ordinal))).Should().BeNull();
        AttestationBinder.TryBind(Encoding.UTF8.GetBytes(sample + "{}")).Should().BeNull("one document, nothing after it");
        AttestationBinder.TryBind(Encoding.UTF8.GetBytes(sample.Replace("\"2.0\"", "2", StringComparison.Ordinal))).Should().BeNull();
    }

    [Fact]
    public void AnAttestationWrittenWithEscapesEverywhere_ReadsAsTheSampleItWasMadeFrom()
    {
        var escaped = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "adversarial", "attestations", "escaped-names-and-values.json"));
        var plain = File.ReadAllBytes(RepositoryPaths.Combine("samples", "attestations", "driftwood-rooms.json"));

        AttestationBinder.TryBind(escaped).Should().BeNull("an escaped name is left to System.Text.Json");
        var read = new AttestationReader().Read(escaped, "escaped.json");

        read.Succeeded.Should().BeTrue();
        Write(read.Value!).Should().Be(Write(new AttestationReader().Read(plain, "plain.json").Value!));
    }

    [Fact]
    public void Dates_AreReadAsTheDateConverterReadsThem()
    {
        var digit = Gen.Char['0', '9'];
        var nearDate = Gen.OneOf(
            Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32]).Select(d => $"{d.Item1:0000}-{d.Item2:00}-{d.Item3:00}"),
            Gen.OneOf(digit, Gen.Const('-'), Gen.Const('+'), Gen.Const(' ')).Array[8, 12].Select(c => new string(c)));

        nearDate.Sample(text =>
        {
            var json = Encoding.UTF8.GetBytes("\"" + text + "\"");
            var reader = new Utf8JsonReader(json);
            var expected = IsoDateJsonConverter.TryParse(text, out var date) ? date : (DateTime?)null;

            DateTime? actual;
            try
            {
                actual = Bind.Date(ref reader);
            }
            catch (Bind.Unexpected)
            {
                actual = null;
            }

            actual.Should().Be(expected, text);
            actual?.Kind.Should().Be(DateTimeKind.Unspecified);
        });
    }

    private static string Write(Attestation attestation) => JsonSerializer.Serialize(attestation, Contract);
}
