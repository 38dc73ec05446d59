using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Tests.Support;

namespace PrivacyPrinciples.Tests.DependencyInjection;

public class PrivacyPrinciplesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPrivacyPrinciples_RegistersTheEvaluatorAndReadersAsSingletons()
    {
        using var provider = new ServiceCollection().AddPrivacyPrinciples().BuildServiceProvider();

        var evaluator = provider.GetRequiredService<IAttestationEvaluator>();
        evaluator.Should().BeSameAs(provider.GetRequiredService<IAttestationEvaluator>());
        evaluator.RuleSet.Should().BeSameAs(BuiltInRuleSets.VtcJointStatement2020);
        provider.GetRequiredService<AttestationReader>().Should().NotBeNull();
        provider.GetRequiredService<RuleSetReader>().Should().NotBeNull();
    }

    [Fact]
    public void AddPrivacyPrinciples_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddPrivacyPrinciples().AddPrivacyPrinciples().Should().BeSameAs(services);

        services.Count(d => d.ServiceType == typeof(IAttestationEvaluator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(AttestationReader)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetServices<IAttestationEvaluator>().Should().ContainSingle();
    }

    [Fact]
    public void AddPrivacyPrinciples_WithOptions_AppliesEveryConfigurationInOrder()
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o => o.Evaluation.EvaluationDate = new DateTime(2020, 1, 1))
            .AddPrivacyPrinciples(o => o.Evaluation.EvaluationDate = new DateTime(2026, 11, 1))
            .BuildServiceProvider();

        provider.GetRequiredService<IAttestationEvaluator>().Evaluate(TestAttestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2026, 11, 1));
    }

    [Fact]
    public void AddPrivacyPrinciples_WithACustomRuleSet_UsesIt()
    {
        var custom = BuiltInRuleSets.VtcJointStatement2020 with { Id = "my-rules", Version = "2.0.0" };
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSet = custom).BuildServiceProvider();

        provider.GetRequiredService<IAttestationEvaluator>().Evaluate(TestAttestations.Empty(), TestAttestations.EvaluationDate).RuleSet.Id.Should().Be("my-rules");
    }

    [Fact]
    public void AddPrivacyPrinciples_WithARuleSetFile_LoadsIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, PrivacyPrinciplesJson.Serialize(BuiltInRuleSets.VtcJointStatement2020 with { Id = "from-file" }));
        try
        {
            using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSetPath = path).BuildServiceProvider();

            provider.GetRequiredService<IAttestationEvaluator>().RuleSet.Id.Should().Be("from-file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddPrivacyPrinciples_WithABrokenRuleSetFile_FailsWithEveryError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"schemaVersion\": \"2.0\" }");
        try
        {
            using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSetPath = path).BuildServiceProvider();

            var act = () => provider.GetRequiredService<IAttestationEvaluator>();

            act.Should().Throw<InvalidOperationException>().WithMessage("PrivacyPrinciplesOptions.RuleSetPath names a rule set that is not valid:*schema-required*'id'*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddPrivacyPrinciples_UsesAClockRegisteredInTheContainer()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new Clock(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero)))
            .AddPrivacyPrinciples()
            .BuildServiceProvider();

        provider.GetRequiredService<IAttestationEvaluator>().Evaluate(TestAttestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2027, 3, 4));
    }

    [Fact]
    public void AddPrivacyPrinciples_InvalidOptions_FailOnFirstResolution()
    {
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.Limits.MaxDocumentBytes = -1).BuildServiceProvider();

        var act = () => provider.GetRequiredService<AttestationReader>();

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("ReaderLimits.MaxDocumentBytes must be positive.*");
    }

    [Fact]
    public void AddPrivacyPrinciples_NullArguments_AreRefused()
    {
        var nullServices = () => PrivacyPrinciplesServiceCollectionExtensions.AddPrivacyPrinciples(null!);
        var nullConfigure = () => new ServiceCollection().AddPrivacyPrinciples(null!);

        nullServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
