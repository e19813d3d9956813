using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Infrastructure.Workflows.Definitions;

/// <param name="Definition">The deployed version; null when the file has errors and nothing was written.</param>
/// <param name="Diagnostics">Every diagnostic of the file; warnings also accompany a successful deployment.</param>
/// <param name="IsNewVersion">False when the content equals the latest version, which is returned instead.</param>
public sealed record DeploymentResult(DeployedDefinition? Definition, IReadOnlyList<Diagnostic> Diagnostics, bool IsNewVersion)
{
    public bool Succeeded => Definition is not null;
}
