namespace PartyWorkflows.Engine.Runtime.State;

public enum HistoryKind
{
    InstanceStarted,
    ElementStarted,
    ElementCompleted,
    ElementCancelled,
    TaskOpened,
    TaskCompleted,
    TimerFired,
    MessageReceived,
    ErrorThrown,
    IncidentRaised,
    IncidentResolved,
    InstanceCompleted,
    InstanceCancelled,
    InstanceFailed,
}
