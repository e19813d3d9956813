namespace PartyWorkflows.Tests.Shared;

/// <summary>Files of the repository the tests run from (the shipped workflows), found by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyWorkflows.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new DirectoryNotFoundException("PartyWorkflows.sln not found above the test binaries.");
        }
    }

    public static string Workflow(string fileName) => Path.Combine(Root, "workflows", fileName);
}
