using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Synthetic.Tests;

public class SyntheticAttestationGeneratorTests
{
    private const string PinnedHash = "4B25C15AB525CDBEB27456EE96F9BB066CBE511A424E631EA3B601B8C3807B8C";

    private static string Json(SyntheticAttestationGenerator generator, int count) =>
        string.Concat(generator.Generate(count).Select(PrivacyPrinciplesJson.Serialize));

    [Fact]
    public void Generate_SameSeed_GivesIdenticalBytes()
    {
        var first = Json(new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 7 }), 50);
        var second = Json(new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 7 }), 50);

        Encoding.UTF8.GetBytes(second).Should().Equal(Encoding.UTF8.GetBytes(first));
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentAttestations()
    {
        var one = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 1 }).Generate(50).Select(PrivacyPrinciplesJson.Serialize).ToArray();
        var two = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 2 }).Generate(50).Select(PrivacyPrinciplesJson.Serialize).ToArray();

        one.Zip(two, (a, b) => a == b).Should().AllBeEquivalentTo(false);
    }

    [Fact]
    public void Generate_TwiceOverTheSameSequence_YieldsTheSameAttestations()
    {
        var sequence = new SyntheticAttestationGenerator().Generate(10);

        string.Concat(sequence.Select(PrivacyPrinciplesJson.Serialize)).Should().Be(string.Concat(sequence.Select(PrivacyPrinciplesJson.Serialize)));
    }

    [Fact]
    public void Create_EqualsTheItemAtTheSameIndexOfGenerate()
    {
        var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 99 });
        var generated = generator.Generate(40).Select(PrivacyPrinciplesJson.Serialize).ToArray();

        foreach (var index in new[] { 39, 0, 17, 3 })
        {
            PrivacyPrinciplesJson.Serialize(generator.Create(index)).Should().Be(generated[index], "attestation {0} does not depend on the others", index);
        }
    }

    [Fact]
    public void Create_DoesNotDependOnWhatWasCreatedBefore()
    {
        var fresh = PrivacyPrinciplesJson.Serialize(new SyntheticAttestationGenerator().Create(123_456));
        var used = new SyntheticAttestationGenerator();
        _ = used.Generate(25).ToList();

        PrivacyPrinciplesJson.Serialize(used.Create(123_456)).Should().Be(fresh);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("th-TH")]
    public void Generate_DoesNotDependOnTheCurrentCulture(string culture)
    {
        var invariant = Json(new SyntheticAttestationGenerator(), 50);

        string local;
        using (new CultureScope(culture))
        {
            local = Json(new SyntheticAttestationGenerator(), 50);
        }

        local.Should().Be(invariant);
    }

    [Fact]
    public void Create_Seed1Index0To9_KeepsItsPinnedBytes()
    {
        // Pins the output so that a change on another machine, runtime or version shows up here.
        // When the generator is improved on purpose, update the hash and mention it in the changelog.
        var json = Json(new SyntheticAttestationGenerator(), 10);

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

        hash.Should().Be(PinnedHash, "the generator pins its output; the hash now is {0}", hash);
    }

    [Fact]
    public async Task Generate_IsLazy_TakingThreeOfIntMaxValueReturnsAtOnce()
    {
        var generator = new SyntheticAttestationGenerator();

        var taking = Task.Run(() => generator.Generate(int.MaxValue).Take(3).ToList());

        (await Task.WhenAny(taking, Task.Delay(TimeSpan.FromSeconds(30)))).Should().BeSameAs(taking, "Generate must yield attestations one at a time, never build the whole list");
        (await taking).Select(a => a.Vendor.Id).Should().OnlyHaveUniqueItems().And.HaveCount(3);
    }

    [Fact]
    public void Generate_NegativeCount_ThrowsBeforeEnumerating()
    {
        var generator = new SyntheticAttestationGenerator();

        var act = () => generator.Generate(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }

    [Fact]
    public void Generate_Zero_YieldsNothing()
    {
        new SyntheticAttestationGenerator().Generate(0).Should().BeEmpty();
    }

    [Fact]
    public void Create_NegativeIndex_Throws()
    {
        var act = () => new SyntheticAttestationGenerator().Create(-1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void Create_LargestIndex_IsValid()
    {
        var attestation = new SyntheticAttestationGenerator().Create(int.MaxValue);

        attestation.Vendor.Id.Should().EndWith("-2147483647");
        new AttestationReader().Read(PrivacyPrinciplesJson.Serialize(attestation), "max").Errors.Should().BeEmpty();
    }

    [Fact]
    public void Generate_EveryAttestation_ReadsBackWithoutErrorsToTheSameJson()
    {
        var reader = new AttestationReader();

        foreach (var sample in SyntheticSamples.All)
        {
            var json = PrivacyPrinciplesJson.Serialize(sample.Attestation);
            var read = reader.Read(json, $"synthetic-{sample.Index}.json");

            read.Errors.Should().BeEmpty("attestation {0} must be valid:\n{1}", sample.Index, json);
            PrivacyPrinciplesJson.Serialize(read.Value!).Should().Be(json);
        }
    }

    [Fact]
    public void Generate_VendorIds_AreUniqueAndEndWithTheIndex()
    {
        var ids = SyntheticSamples.All.Select(s => s.Attestation.Vendor.Id).ToArray();

        ids.Should().OnlyHaveUniqueItems();
        ids.Select((id, index) => id.EndsWith("-" + index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Should().AllBeEquivalentTo(true);
        ids.Should().AllSatisfy(id => id.Should().MatchRegex("^[a-z0-9][a-z0-9-]{0,63}$"));
    }

    [Fact]
    public void Generate_SomeFiles_AreValidForAjv()
    {
        var folder = Path.Combine(Path.GetTempPath(), "privacy-principles-synthetic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var paths = new List<string>();
            foreach (var attestation in new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 2026 }).Generate(12))
            {
                var path = Path.Combine(folder, attestation.Vendor.Id + ".json");
                File.WriteAllText(path, PrivacyPrinciplesJson.Serialize(attestation));
                paths.Add(path);
            }

            var ajv = NodeTools.Ajv(RepositoryPaths.Schema("attestation"), [.. paths]);

            ajv.ExitCode.Should().Be(0, ajv.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Generate_AllProfilesFromTheMix_AndOnlyThose()
    {
        var onlyWeak = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Mix = new SyntheticProfileMix { Strong = 0, Average = 0, Weak = 1, PartialResponder = 0 } });

        Enumerable.Range(0, 200).Select(onlyWeak.ProfileOf).Should().AllBeEquivalentTo(SyntheticVendorProfile.Weak);
        SyntheticSamples.All.Select(s => s.Profile).Distinct().Should().BeEquivalentTo(Enum.GetValues<SyntheticVendorProfile>());
    }

    [Fact]
    public void Generate_MixShares_AreRoughlyHonoured()
    {
        var generator = new SyntheticAttestationGenerator();
        var profiles = Enumerable.Range(0, 4000).Select(generator.ProfileOf).ToArray();

        Share(SyntheticVendorProfile.Strong).Should().BeApproximately(0.2, 0.03);
        Share(SyntheticVendorProfile.Average).Should().BeApproximately(0.45, 0.03);
        Share(SyntheticVendorProfile.Weak).Should().BeApproximately(0.2, 0.03);
        Share(SyntheticVendorProfile.PartialResponder).Should().BeApproximately(0.15, 0.03);

        double Share(SyntheticVendorProfile profile) => profiles.Count(p => p == profile) / (double)profiles.Length;
    }

    [Fact]
    public void Generate_AttestationDates_StayWithinTheOptions()
    {
        var options = new SyntheticAttestationOptions { AttestedFrom = new DateTime(2024, 2, 27, 15, 30, 0), AttestedTo = new DateTime(2024, 3, 2) };

        var dates = new SyntheticAttestationGenerator(options).Generate(200).Select(a => a.AttestedOn).ToArray();

        dates.Should().OnlyContain(d => d >= new DateTime(2024, 2, 27) && d <= new DateTime(2024, 3, 2) && d.TimeOfDay == TimeSpan.Zero);
        dates.Distinct().Should().HaveCount(5, "every day of the range, 29 February included, is used");
    }

    [Fact]
    public void Constructor_CopiesTheOptions_LaterChangesDoNotMatter()
    {
        var options = new SyntheticAttestationOptions { Seed = 5 };
        var generator = new SyntheticAttestationGenerator(options);
        var before = PrivacyPrinciplesJson.Serialize(generator.Create(3));

        options.Seed = 6;
        options.Mix.Strong = 100;

        PrivacyPrinciplesJson.Serialize(generator.Create(3)).Should().Be(before);
        generator.Seed.Should().Be(5);
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        var act = () => new SyntheticAttestationGenerator(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _culture = System.Globalization.CultureInfo.CurrentCulture;
        private readonly System.Globalization.CultureInfo _uiCulture = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(name);
        }

        public void Dispose()
        {
            System.Globalization.CultureInfo.CurrentCulture = _culture;
            System.Globalization.CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
