using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Tests.Browser;

/// <summary>
/// The system's Chromium, driven by Playwright (no browser download). On a machine without it,
/// installs it with apt-get (CI runs as root), so the browser tests never skip.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var environment = new System.Collections.Generic.Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            var install = ProcessRunner.Run("apt-get", ["install", "-y", "-qq", "chromium"], environment: environment, timeout: TimeSpan.FromMinutes(10));
            if (!File.Exists(ExecutablePath))
            {
                // A fresh machine has no package lists yet: fetch them once and try again.
                ProcessRunner.Run("apt-get", ["update", "-qq"], environment: environment, timeout: TimeSpan.FromMinutes(10));
                install = ProcessRunner.Run("apt-get", ["install", "-y", "-qq", "chromium"], environment: environment, timeout: TimeSpan.FromMinutes(10));
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException("The browser tests need Chromium at " + ExecutablePath + "; 'apt-get install -y chromium' did not provide it.\n" + install);
            }
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
