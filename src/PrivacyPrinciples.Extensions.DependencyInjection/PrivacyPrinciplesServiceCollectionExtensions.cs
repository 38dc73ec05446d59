using System;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.DependencyInjection;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Profiles;
using PrivacyPrinciples.Reporting;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Waivers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers PrivacyPrinciples in a service collection, configured through the options pattern
/// (<see cref="PrivacyPrinciplesOptions"/>).
/// </summary>
/// <remarks>
/// <para>
/// Every overload registers, as singletons and only once however often it is called: the
/// <see cref="RuleSet"/> the options name, an <see cref="AttestationEvaluator"/> for it, and the
/// six readers (<see cref="AttestationReader"/>, <see cref="RuleSetReader"/>,
/// <see cref="WaiverReader"/>, <see cref="ProfileReader"/>, <see cref="ReportReader"/>,
/// <see cref="EngagementReader"/>). Each is built from <c>IOptions&lt;PrivacyPrinciplesOptions&gt;</c>
/// when first resolved, so options changed after that (or configuration reloaded) do not reach it.
/// </para>
/// <para>
/// The options are registered with <c>services.AddOptions&lt;PrivacyPrinciplesOptions&gt;()</c>: any
/// <c>services.Configure&lt;PrivacyPrinciplesOptions&gt;(…)</c>, <c>PostConfigure</c> or
/// <c>Validate</c> of the application applies too, in registration order. They are validated
/// with <c>ValidateOnStart</c>: a host stops at start-up on invalid options; without a host they are
/// validated when <c>IOptions&lt;PrivacyPrinciplesOptions&gt;.Value</c> (or any of the services above)
/// is first resolved, or when <c>IStartupValidator.Validate()</c> is called. Invalid options throw
/// one <see cref="OptionsValidationException"/> listing every problem.
/// </para>
/// </remarks>
public static class PrivacyPrinciplesServiceCollectionExtensions
{
#if NET
    private const string BindingNeedsReflection =
        "Binding PrivacyPrinciplesOptions from configuration uses reflection over the options types. For trimmed or NativeAOT applications, " +
        "call AddPrivacyPrinciples() and bind with the configuration binding source generator (EnableConfigurationBindingGenerator), or configure the options in code.";
#endif

    /// <summary>Registers PrivacyPrinciples with the options as they are configured elsewhere (or their defaults).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPrivacyPrinciples(this IServiceCollection services)
    {
        _ = services ?? throw new ArgumentNullException(nameof(services));
        AddCore(services);
        return services;
    }

    /// <summary>
    /// Registers PrivacyPrinciples and adds <paramref name="configure"/> to the options'
    /// configuration, as <c>services.Configure&lt;PrivacyPrinciplesOptions&gt;(configure)</c> would.
    /// Each call adds its configuration; they apply in order when the options are first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the rule set, evaluation date or clock, and reader limits.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPrivacyPrinciples(this IServiceCollection services, Action<PrivacyPrinciplesOptions> configure)
    {
        _ = services ?? throw new ArgumentNullException(nameof(services));
        _ = configure ?? throw new ArgumentNullException(nameof(configure));
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers PrivacyPrinciples and binds the options from <paramref name="configuration"/>, as
    /// <c>services.Configure&lt;PrivacyPrinciplesOptions&gt;(configuration)</c> would: pass the section
    /// that holds them, conventionally <c>configuration.GetSection(PrivacyPrinciplesOptions.SectionName)</c>.
    /// The binding follows configuration reloads only until the services are first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section to bind, for example one holding <c>RuleSetPath</c>, <c>Evaluation:EvaluationDate</c> and <c>Limits:MaxDocumentBytes</c>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
#if NET
    // netstandard2.0 has no trimming; these tell a trimmed or NativeAOT application the binding needs reflection.
    [RequiresUnreferencedCode(BindingNeedsReflection)]
    [RequiresDynamicCode(BindingNeedsReflection)]
#endif
    public static IServiceCollection AddPrivacyPrinciples(this IServiceCollection services, IConfiguration configuration)
    {
        _ = services ?? throw new ArgumentNullException(nameof(services));
        _ = configuration ?? throw new ArgumentNullException(nameof(configuration));
        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<PrivacyPrinciplesOptions> AddCore(IServiceCollection services)
    {
        var options = services.AddOptions<PrivacyPrinciplesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrivacyPrinciplesOptions>, PrivacyPrinciplesOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PrivacyPrinciplesOptions>, ClockFromContainer>());

        services.TryAddSingleton(provider => Options(provider).ResolveRuleSet());
        services.TryAddSingleton(provider =>
            new AttestationEvaluator(provider.GetRequiredService<RuleSet>(), Options(provider).Evaluation));

        services.TryAddSingleton(provider => new AttestationReader(Options(provider).Limits));
        services.TryAddSingleton(provider => new RuleSetReader(Options(provider).Limits));
        services.TryAddSingleton(provider => new WaiverReader(Options(provider).Limits));
        services.TryAddSingleton(provider => new ProfileReader(Options(provider).Limits));
        services.TryAddSingleton(provider => new ReportReader(Options(provider).ReportLimits));
        services.TryAddSingleton(provider => new EngagementReader(Options(provider).EngagementLimits));
        return options;
    }

    private static PrivacyPrinciplesOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<PrivacyPrinciplesOptions>>().Value;
}
