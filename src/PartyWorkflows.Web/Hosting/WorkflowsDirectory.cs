namespace PartyWorkflows.Web.Hosting;

/// <summary>Finds the folder of <c>*.bpmn</c> files deployed at start-up.</summary>
public static class WorkflowsDirectory
{
    public const string PathKey = "PartyWorkflows:WorkflowsPath";

    /// <returns>The configured folder; else the repository's <c>workflows/</c> (found by walking up to
    /// PartyWorkflows.sln from the content root); else the copy next to the application; null when none exists.</returns>
    public static string? Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration[PathKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PartyWorkflows.sln")))
            {
                return Path.Combine(folder.FullName, "workflows");
            }
        }

        var besideApp = Path.Combine(AppContext.BaseDirectory, "workflows");
        return Directory.Exists(besideApp) ? besideApp : null;
    }
}
