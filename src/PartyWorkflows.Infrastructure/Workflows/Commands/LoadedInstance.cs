using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>An instance taking part in a command: its tracked row, its latest document and the version it runs on.</summary>
internal sealed class LoadedInstance(InstanceRecord record, InstanceState state, DeployedDefinition definition, bool isNew)
{
    public InstanceRecord Record { get; } = record;
    public InstanceState State { get; set; } = state;
    public DeployedDefinition Definition { get; } = definition;
    public bool IsNew { get; } = isNew;

    /// <summary>The document changed in this command, so its row and wait-state rows need writing.</summary>
    public bool Changed { get; set; } = isNew;
}
