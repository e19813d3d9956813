namespace PartyWorkflows.Engine.Runtime.State;

public enum InstanceStatus
{
    Running,
    Completed,

    /// <summary>Stopped by an administrator's cancel command.</summary>
    Cancelled,

    /// <summary>Ended by an error end event that nothing caught, reported to the caller of a called process.</summary>
    Failed,
}
