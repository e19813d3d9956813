using Microsoft.Playwright;

namespace PartyWorkflows.Browser.Tests.Fixtures;

/// <summary>Screenshots for the README, written to docs/screenshots/ of the repository the tests run in.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, $"{name}.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartyWorkflows.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PartyWorkflows.sln not found above the test binaries.");
    }
}
