using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Serialization;

/// <summary>
/// The hand-written rule set binder, which every command's built-in rule set goes through, must
/// give exactly what System.Text.Json's binding gives and know every property of the model.
/// </summary>
public class RuleSetBinderTests
{
    private static readonly JsonTypeInfo<RuleSet> Contract = RulesJsonContext.Default.RuleSet;

    public static TheoryData<string> BuiltIn => [.. Directory.GetFiles(RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn"), "*.json").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void BuiltInRuleSet_BindsByHand_AsSystemTextJsonBindsIt(string path)
    {
        var bytes = File.ReadAllBytes(path);

        var bound = RuleSetBinder.TryBind(bytes);

        bound.Should().NotBeNull("a built-in rule set is bound without System.Text.Json's contracts");
        Write(bound!).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
    }

    [Fact]
    public void TheLoadedBuiltInRuleSet_IsTheOneSystemTextJsonBinds()
    {
        var loaded = BuiltInRuleSets.VtcJointStatement2020;
        using var stream = typeof(BuiltInRuleSets).Assembly.GetManifestResourceStream($"PrivacyPrinciples.RuleSets.{loaded.Id}-{loaded.Version}.json")!;

        Write(loaded).Should().Be(Write(JsonSerializer.Deserialize(stream, Contract)!));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryPropertyOfTheModel_HasABinder(bool nulls)
    {
        var document = ContractDocuments.Filled(Contract, nulls);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString());

        var bound = RuleSetBinder.TryBind(bytes);

        bound.Should().NotBeNull("the binder knows every property System.Text.Json binds: " + document.ToJsonString());
        Write(bound!).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
    }

    [Fact]
    public void ALeftOutLifecycle_BindsAsSystemTextJsonBindsIt_AndALeftOutWeightIsLeftToIt()
    {
        var json = File.ReadAllText(RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020-2.0.0.json"));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var expectation in node["expectations"]!.AsArray())
        {
            expectation!.AsObject().Remove("lifecycle");
        }

        var bytes = Encoding.UTF8.GetBytes(node.ToJsonString());
        var bound = RuleSetBinder.TryBind(bytes)!;

        Write(bound).Should().Be(Write(JsonSerializer.Deserialize(bytes, Contract)!));
        bound.Expectations.Should().OnlyContain(e => e.Lifecycle == ExpectationLifecycle.Active);

        node["expectations"]![0]!.AsObject().Remove("weight");
        RuleSetBinder.TryBind(Encoding.UTF8.GetBytes(node.ToJsonString())).Should().BeNull("the schema requires a weight");
    }

    [Fact]
    public void ARuleSetWithEscapedNames_IsLeftToSystemTextJson_AndReadsTheSame()
    {
        var json = File.ReadAllText(RepositoryPaths.Combine("src", "PrivacyPrinciples", "Rules", "BuiltIn", "vtc-joint-statement-2020-2.0.0.json"));
        var escaped = Encoding.UTF8.GetBytes(json.Replace("\"expectations\"", "\"\\u0065xpectations\"", StringComparison.Ordinal));

        RuleSetBinder.TryBind(escaped).Should().BeNull();
        var read = new RuleSetReader().Read(escaped, "escaped.json");

        read.Succeeded.Should().BeTrue();
        Write(read.Value!).Should().Be(Write(new RuleSetReader().Read(json, "plain.json").Value!));
    }

    private static string Write(RuleSet ruleSet) => JsonSerializer.Serialize(ruleSet, Contract);
}
