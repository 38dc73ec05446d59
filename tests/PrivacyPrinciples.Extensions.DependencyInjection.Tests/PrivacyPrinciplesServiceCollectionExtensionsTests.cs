using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.DependencyInjection;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Waivers;

namespace PrivacyPrinciples.Extensions.DependencyInjection.Tests;

public class PrivacyPrinciplesServiceCollectionExtensionsTests
{
    private static readonly DateTime EvaluationDate = new(2026, 11, 1);

    /// <summary>Each registered reader, and how to read a document with it.</summary>
    public static TheoryData<string> Readers => new(ReadWith.Keys);

    private static readonly Dictionary<string, Func<IServiceProvider, string, IReadOnlyList<InputError>>> ReadWith = new()
    {
        [nameof(AttestationReader)] = (p, json) => p.GetRequiredService<AttestationReader>().Read(json, "doc.json").Errors,
        [nameof(RuleSetReader)] = (p, json) => p.GetRequiredService<RuleSetReader>().Read(json, "doc.json").Errors,
        [nameof(WaiverReader)] = (p, json) => p.GetRequiredService<WaiverReader>().Read(json, "doc.json").Errors,
        [nameof(ProfileReader)] = (p, json) => p.GetRequiredService<ProfileReader>().Read(json, "doc.json").Errors,
        [nameof(ReportReader)] = (p, json) => p.GetRequiredService<ReportReader>().Read(json, "doc.json").Errors,
        [nameof(EngagementReader)] = (p, json) => p.GetRequiredService<EngagementReader>().Read(json, "doc.json").Errors,
    };

    private static readonly Dictionary<string, Func<PrivacyPrinciplesOptions, ReaderOptions>> LimitsOf = new()
    {
        [nameof(AttestationReader)] = o => o.Limits,
        [nameof(RuleSetReader)] = o => o.Limits,
        [nameof(WaiverReader)] = o => o.Limits,
        [nameof(ProfileReader)] = o => o.Limits,
        [nameof(ReportReader)] = o => o.ReportLimits,
        [nameof(EngagementReader)] = o => o.EngagementLimits,
    };

    private static readonly Dictionary<string, Func<string, IReadOnlyList<InputError>>> ReadWithDefaults = new()
    {
        [nameof(AttestationReader)] = json => new AttestationReader().Read(json, "doc.json").Errors,
        [nameof(RuleSetReader)] = json => new RuleSetReader().Read(json, "doc.json").Errors,
        [nameof(WaiverReader)] = json => new WaiverReader().Read(json, "doc.json").Errors,
        [nameof(ProfileReader)] = json => new ProfileReader().Read(json, "doc.json").Errors,
        [nameof(ReportReader)] = json => new ReportReader().Read(json, "doc.json").Errors,
        [nameof(EngagementReader)] = json => new EngagementReader().Read(json, "doc.json").Errors,
    };

    [Fact]
    public void AddPrivacyPrinciples_RegistersTheRuleSetTheEvaluatorAndEveryReaderAsSingletons()
    {
        var services = new ServiceCollection().AddPrivacyPrinciples();

        foreach (var type in new[] { typeof(RuleSet), typeof(AttestationEvaluator), typeof(AttestationReader), typeof(RuleSetReader), typeof(WaiverReader), typeof(ProfileReader), typeof(ReportReader), typeof(EngagementReader) })
        {
            services.Should().ContainSingle(d => d.ServiceType == type).Which.Lifetime.Should().Be(ServiceLifetime.Singleton, type.Name);
        }

        using var provider = services.BuildServiceProvider();
        var evaluator = provider.GetRequiredService<AttestationEvaluator>();
        evaluator.Should().BeSameAs(provider.GetRequiredService<AttestationEvaluator>());
        evaluator.RuleSet.Should().BeSameAs(BuiltInRuleSets.VtcJointStatement2020).And.BeSameAs(provider.GetRequiredService<RuleSet>());
        provider.GetRequiredService<AttestationReader>().Should().BeSameAs(provider.GetRequiredService<AttestationReader>());
    }

    [Fact]
    public void AddPrivacyPrinciples_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();

        services.AddPrivacyPrinciples().AddPrivacyPrinciples(o => o.Evaluation.EvaluationDate = EvaluationDate).AddPrivacyPrinciples().Should().BeSameAs(services);

        services.Count(d => d.ServiceType == typeof(AttestationEvaluator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(AttestationReader)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<PrivacyPrinciplesOptions>)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IPostConfigureOptions<PrivacyPrinciplesOptions>)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        provider.GetServices<AttestationEvaluator>().Should().ContainSingle();
    }

    [Fact]
    public void AddPrivacyPrinciples_WithOptions_AppliesEveryConfigurationInOrder()
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o => o.Evaluation.EvaluationDate = new DateTime(2020, 1, 1))
            .AddPrivacyPrinciples(o => o.Evaluation.EvaluationDate = new DateTime(2026, 11, 1))
            .BuildServiceProvider();

        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2026, 11, 1));
    }

    [Fact]
    public void AddPrivacyPrinciples_HonoursServicesConfigure_BeforeAndAfterIt()
    {
        var services = new ServiceCollection();
        services.Configure<PrivacyPrinciplesOptions>(o => o.Limits.MaxDepth = 7);
        services.AddPrivacyPrinciples();
        services.Configure<PrivacyPrinciplesOptions>(o => o.Evaluation.EvaluationDate = new DateTime(2027, 2, 3));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<PrivacyPrinciplesOptions>>().Value.Limits.MaxDepth.Should().Be(7);
        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2027, 2, 3));
        provider.GetRequiredService<AttestationReader>().Read(Nested(8), "deep.json").Errors.Should().ContainSingle()
            .Which.Code.Should().Be(InputErrorCodes.TooDeep);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void AddPrivacyPrinciples_ReaderLimits_ReachTheReader(string reader)
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o => LimitsOf[reader](o).MaxDocumentBytes = 64)
            .BuildServiceProvider();

        ReadWith[reader](provider, Padded(100)).Should().ContainSingle().Which.Code.Should().Be(InputErrorCodes.TooLarge);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void AddPrivacyPrinciples_ReaderLimits_ReachNoOtherReader(string reader)
    {
        // Only the limits of other kinds of document are tiny: this reader is not affected.
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o =>
            {
                foreach (var limits in new[] { o.Limits, o.ReportLimits, o.EngagementLimits }.Where(l => l != LimitsOf[reader](o)))
                {
                    limits.MaxDocumentBytes = 64;
                }
            })
            .BuildServiceProvider();

        ReadWith[reader](provider, Padded(100)).Should().NotContain(e => e.Code == InputErrorCodes.TooLarge);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void AddPrivacyPrinciples_DefaultOptions_GiveEachReaderItsOwnDefaultLimits(string reader)
    {
        // 2,000 items: over the attestation default (1,000), under the report and engagement defaults (10,000).
        var json = "{\"items\":[" + string.Join(",", Enumerable.Repeat("0", 2_000)) + "]}";
        using var provider = new ServiceCollection().AddPrivacyPrinciples().BuildServiceProvider();

        ReadWith[reader](provider, json).Select(e => e.Code).Should().Equal(ReadWithDefaults[reader](json).Select(e => e.Code));
    }

    [Fact]
    public void AddPrivacyPrinciples_WithACustomRuleSet_UsesIt()
    {
        var custom = BuiltInRuleSets.VtcJointStatement2020 with { Id = "my-rules", Version = "2.0.0" };
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSet = custom).BuildServiceProvider();

        provider.GetRequiredService<RuleSet>().Should().BeSameAs(custom);
        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty(), EvaluationDate).RuleSet.Id.Should().Be("my-rules");
    }

    [Fact]
    public void AddPrivacyPrinciples_WithARuleSetFile_LoadsIt()
    {
        using var file = new TempFile(PrivacyPrinciplesJson.Serialize(BuiltInRuleSets.VtcJointStatement2020 with { Id = "from-file" }));
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSetPath = file.Path).BuildServiceProvider();

        provider.GetRequiredService<AttestationEvaluator>().RuleSet.Id.Should().Be("from-file");
    }

    [Fact]
    public void AddPrivacyPrinciples_WithABrokenRuleSetFile_FailsValidationWithEveryError()
    {
        using var file = new TempFile("{ \"schemaVersion\": \"2.0\" }");
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSetPath = file.Path).BuildServiceProvider();

        var act = () => provider.GetRequiredService<AttestationEvaluator>();

        act.Should().Throw<OptionsValidationException>().WithMessage("PrivacyPrinciplesOptions.RuleSetPath names a rule set that is not valid:*schema-required*'id'*");
    }

    [Fact]
    public void AddPrivacyPrinciples_UsesAClockRegisteredInTheContainer()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<TimeProvider>(new Clock(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero)))
            .AddPrivacyPrinciples()
            .BuildServiceProvider();

        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2027, 3, 4));
    }

    [Fact]
    public void AddPrivacyPrinciples_AClockInTheOptions_WinsOverTheContainers()
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o => o.Evaluation.TimeProvider = new Clock(new DateTimeOffset(2028, 1, 2, 0, 0, 0, TimeSpan.Zero)))
            .AddSingleton<TimeProvider>(new Clock(new DateTimeOffset(2027, 3, 4, 5, 6, 7, TimeSpan.Zero)))
            .BuildServiceProvider();

        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2028, 1, 2));
    }

    [Fact]
    public void AddPrivacyPrinciples_WithConfiguration_BindsIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PrivacyPrinciples:Evaluation:EvaluationDate"] = "2026-12-24",
            ["PrivacyPrinciples:Limits:MaxDepth"] = "5",
            ["PrivacyPrinciples:ReportLimits:MaxItems"] = "7",
            ["PrivacyPrinciples:EngagementLimits:MaxStringLength"] = "9",
        }).Build();

        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(configuration.GetSection(PrivacyPrinciplesOptions.SectionName))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PrivacyPrinciplesOptions>>().Value;
        options.Limits.MaxDepth.Should().Be(5);
        options.Limits.MaxItems.Should().Be(1_000, "what the configuration leaves out keeps its default");
        options.ReportLimits.MaxItems.Should().Be(7);
        options.ReportLimits.MaxDocumentBytes.Should().Be(16 * 1024 * 1024);
        options.EngagementLimits.MaxStringLength.Should().Be(9);
        provider.GetRequiredService<AttestationEvaluator>().Evaluate(Attestations.Empty()).EvaluatedOn.Should().Be(new DateTime(2026, 12, 24));
        provider.GetRequiredService<AttestationReader>().Read(Nested(6), "deep.json").Errors.Should().ContainSingle().Which.Code.Should().Be(InputErrorCodes.TooDeep);
    }

    [Fact]
    public void AddPrivacyPrinciples_WithConfiguration_BindsTheRuleSetPath()
    {
        using var file = new TempFile(PrivacyPrinciplesJson.Serialize(BuiltInRuleSets.VtcJointStatement2020 with { Id = "configured" }));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["RuleSetPath"] = file.Path }).Build();

        using var provider = new ServiceCollection().AddPrivacyPrinciples(configuration).BuildServiceProvider();

        provider.GetRequiredService<AttestationEvaluator>().RuleSet.Id.Should().Be("configured");
    }

    [Fact]
    public void AddPrivacyPrinciples_WithConfigurationAndCode_AppliesBothInOrder()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Limits:MaxDepth"] = "5",
            ["Limits:MaxItems"] = "50",
        }).Build();

        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(configuration)
            .AddPrivacyPrinciples(o => o.Limits.MaxItems = 60)
            .BuildServiceProvider();

        var limits = provider.GetRequiredService<IOptions<PrivacyPrinciplesOptions>>().Value.Limits;
        limits.MaxDepth.Should().Be(5);
        limits.MaxItems.Should().Be(60);
    }

    [Fact]
    public void AddPrivacyPrinciples_InvalidConfiguration_FailsAtStartUp()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Limits:MaxDepth"] = "0" }).Build();
        using var provider = new ServiceCollection().AddPrivacyPrinciples(configuration).BuildServiceProvider();

        // What a host does at start-up because of ValidateOnStart (without a host, call it yourself).
        var startUp = () => provider.GetRequiredService<IStartupValidator>().Validate();

        startUp.Should().Throw<OptionsValidationException>().WithMessage("PrivacyPrinciplesOptions.Limits.MaxDepth must be positive; it is 0.");
    }

    [Fact]
    public void AddPrivacyPrinciples_InvalidOptions_FailWithEveryProblemWhenFirstResolved()
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o =>
            {
                o.Limits.MaxDocumentBytes = -1;
                o.ReportLimits.MaxErrors = 0;
                o.Evaluation.TimeProvider = null!;
            })
            .BuildServiceProvider();

        var options = () => provider.GetRequiredService<IOptions<PrivacyPrinciplesOptions>>().Value;
        var reader = () => provider.GetRequiredService<AttestationReader>();

        options.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "PrivacyPrinciplesOptions.Limits.MaxDocumentBytes must be positive; it is -1.",
            "PrivacyPrinciplesOptions.ReportLimits.MaxErrors must be positive; it is 0.",
            "PrivacyPrinciplesOptions.Evaluation.TimeProvider must not be null.");
        reader.Should().Throw<OptionsValidationException>();
    }

    [Fact]
    public void AddPrivacyPrinciples_RuleSetAndRuleSetPath_AreNotBothAllowed()
    {
        using var provider = new ServiceCollection()
            .AddPrivacyPrinciples(o =>
            {
                o.RuleSet = BuiltInRuleSets.VtcJointStatement2020;
                o.RuleSetPath = "rules.json";
            })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("PrivacyPrinciplesOptions.RuleSet and PrivacyPrinciplesOptions.RuleSetPath are both set; set one of them.");
    }

    [Fact]
    public void AddPrivacyPrinciples_AnEmptyRuleSetPath_IsRefused()
    {
        using var provider = new ServiceCollection().AddPrivacyPrinciples(o => o.RuleSetPath = " ").BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("PrivacyPrinciplesOptions.RuleSetPath is empty; leave it unset for the built-in rule set.");
    }

    [Fact]
    public void AddPrivacyPrinciples_ValidationFromTheApplication_AppliesToo()
    {
        var services = new ServiceCollection().AddPrivacyPrinciples();
        services.AddOptions<PrivacyPrinciplesOptions>().Validate(o => o.Evaluation.EvaluationDate is not null, "an evaluation date is required here");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<AttestationEvaluator>();

        act.Should().Throw<OptionsValidationException>().WithMessage("an evaluation date is required here");
    }

    [Fact]
    public void AddPrivacyPrinciples_NullArguments_AreRefused()
    {
        var nullServices = () => PrivacyPrinciplesServiceCollectionExtensions.AddPrivacyPrinciples(null!);
        var nullServicesWithConfigure = () => PrivacyPrinciplesServiceCollectionExtensions.AddPrivacyPrinciples(null!, _ => { });
        var nullServicesWithConfiguration = () => PrivacyPrinciplesServiceCollectionExtensions.AddPrivacyPrinciples(null!, new ConfigurationBuilder().Build());
        var nullConfigure = () => new ServiceCollection().AddPrivacyPrinciples((Action<PrivacyPrinciplesOptions>)null!);
        var nullConfiguration = () => new ServiceCollection().AddPrivacyPrinciples((IConfiguration)null!);

        nullServices.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullServicesWithConfigure.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullServicesWithConfiguration.Should().Throw<ArgumentNullException>().WithParameterName("services");
        nullConfigure.Should().Throw<ArgumentNullException>().WithParameterName("configure");
        nullConfiguration.Should().Throw<ArgumentNullException>().WithParameterName("configuration");
    }

    /// <summary>A JSON object whose only property holds a string, <paramref name="bytes"/> bytes in all.</summary>
    private static string Padded(int bytes) => "{\"a\":\"" + new string('x', bytes - 8) + "\"}";

    /// <summary>Arrays nested <paramref name="depth"/> deep.</summary>
    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string contents)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
            File.WriteAllText(Path, contents);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
