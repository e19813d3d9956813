using Microsoft.Playwright;

namespace PartyWorkflows.Browser.Tests.Fixtures;

/// <summary>
/// Debian's Chromium (apt-get install chromium; scripts/test.sh installs it when missing), driven by Playwright's own
/// driver from its NuGet package: no `playwright install`, no browser download. The flags keep it off the network.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = File.Exists(ExecutablePath)
            ? ExecutablePath
            : throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium (scripts/test.sh does)."),
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--disable-quic",
        ],
    };
}
