using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PrivacyPrinciples.DependencyInjection;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PrivacyPrinciples in a service collection.</summary>
public static class PrivacyPrinciplesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAttestationEvaluator"/> for the built-in rule set, with
    /// <see cref="AttestationReader"/> and <see cref="RuleSetReader"/>, as singletons. Calling it
    /// again is harmless.
    /// </summary>
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
    /// Registers <see cref="IAttestationEvaluator"/>, <see cref="AttestationReader"/> and
    /// <see cref="RuleSetReader"/> as singletons, configured by <paramref name="configure"/>.
    /// Each call adds its configuration; they apply in order when the services are first
    /// resolved, and the resulting options are validated once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the rule set, evaluation date or clock, and reader limits.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddPrivacyPrinciples(this IServiceCollection services, Action<PrivacyPrinciplesOptions> configure)
    {
        _ = services ?? throw new ArgumentNullException(nameof(services));
        _ = configure ?? throw new ArgumentNullException(nameof(configure));
        services.AddSingleton(new PrivacyPrinciplesConfiguration(configure));
        AddCore(services);
        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(BuildOptions);
        services.TryAddSingleton<IAttestationEvaluator>(provider =>
        {
            var options = provider.GetRequiredService<PrivacyPrinciplesOptions>();
            return new AttestationEvaluator(options.ResolveRuleSet(), options.Evaluation);
        });
        services.TryAddSingleton(provider => new AttestationReader(provider.GetRequiredService<PrivacyPrinciplesOptions>().Limits));
        services.TryAddSingleton(provider => new RuleSetReader(provider.GetRequiredService<PrivacyPrinciplesOptions>().Limits));
    }

    private static PrivacyPrinciplesOptions BuildOptions(IServiceProvider provider)
    {
        var options = new PrivacyPrinciplesOptions();
        foreach (var configuration in provider.GetServices<PrivacyPrinciplesConfiguration>())
        {
            configuration.Configure(options);
        }

        // A clock registered in the container (for example a fake in tests) wins over the default system clock.
        if (ReferenceEquals(options.Evaluation.TimeProvider, TimeProvider.System) && provider.GetService<TimeProvider>() is { } clock)
        {
            options.Evaluation.TimeProvider = clock;
        }

        options.Validate();
        return options;
    }

    private sealed class PrivacyPrinciplesConfiguration(Action<PrivacyPrinciplesOptions> configure)
    {
        public Action<PrivacyPrinciplesOptions> Configure { get; } = configure;
    }
}
