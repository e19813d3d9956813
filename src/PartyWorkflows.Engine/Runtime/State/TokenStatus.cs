namespace PartyWorkflows.Engine.Runtime.State;

public enum TokenStatus
{
    /// <summary>Queued to move on; only left over between commands when a command stopped at an incident.</summary>
    Ready,

    /// <summary>At a wait state: user task, catch event, sub-process, multi-instance body, call activity, retry.</summary>
    Waiting,

    /// <summary>Arrived at a joining gateway, waiting for its siblings.</summary>
    Joining,

    /// <summary>Stuck at an incident until an administrator retries it.</summary>
    Incident,
}
