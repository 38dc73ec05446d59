using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PrivacyPrinciples.DependencyInjection;

/// <summary>
/// Dates evaluations by a <see cref="TimeProvider"/> registered in the container (a fake clock in
/// tests, say), unless the options were given a clock of their own. A post-configuration, so it
/// sees every <c>Configure</c> however they are ordered.
/// </summary>
internal sealed class ClockFromContainer(IServiceProvider provider) : IPostConfigureOptions<PrivacyPrinciplesOptions>
{
    public void PostConfigure(string? name, PrivacyPrinciplesOptions options)
    {
        if (ReferenceEquals(options.Evaluation.TimeProvider, TimeProvider.System) && provider.GetService<TimeProvider>() is { } clock)
        {
            options.Evaluation.TimeProvider = clock;
        }
    }
}
