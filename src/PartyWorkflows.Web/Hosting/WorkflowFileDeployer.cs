using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Web.Hosting;

/// <summary>
/// Deploys every <c>*.bpmn</c> of the workflows folder through the definition store: unchanged files keep their
/// version, changed ones become the next version. A file with errors is logged with its diagnostics and skipped,
/// so one bad file never keeps the service down.
/// </summary>
public sealed class WorkflowFileDeployer(DefinitionStore store, ILogger<WorkflowFileDeployer> logger)
{
    /// <summary>Recorded as the deployer of start-up deployments.</summary>
    public const string SystemActor = "system";

    public async Task DeployAllAsync(string? folder, CancellationToken cancellationToken)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            logger.LogWarning("No workflows folder found ({Folder}); nothing deployed at start-up.", folder);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.bpmn").Order(StringComparer.Ordinal))
        {
            await DeployAsync(file, cancellationToken);
        }
    }

    private async Task DeployAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken), SystemActor, cancellationToken);
            if (result.Definition is not { } definition)
            {
                logger.LogError("{File} was not deployed: {Diagnostics}", file, string.Join(Environment.NewLine, result.Diagnostics));
                return;
            }

            logger.LogInformation("{File}: {ProcessId} version {Version} ({State}).", file, definition.ProcessId, definition.Version,
                result.IsNewVersion ? "new" : "unchanged");
        }
        catch (ConcurrencyConflictException e)
        {
            // Another node starting at the same moment deployed it; its version is as good as ours.
            logger.LogInformation("{File} was deployed concurrently by another node: {Message}", file, e.Message);
        }
    }
}
