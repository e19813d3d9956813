namespace PartyWorkflows.Engine.Runtime;

public enum CommandRejection
{
    /// <summary>The task, timer, subscription or incident named is not (or no longer) on the instance.</summary>
    NotFound,

    /// <summary>The instance has ended or is not in a state for this command.</summary>
    InvalidState,

    /// <summary>The command itself is wrong (bad start event, bad variables).</summary>
    InvalidCommand,
}

/// <summary>A command the instance can't take. Nothing was changed; hosts map it to 404/409/400.</summary>
public sealed class WorkflowCommandException(CommandRejection rejection, string message) : Exception(message)
{
    public CommandRejection Rejection { get; } = rejection;
}
