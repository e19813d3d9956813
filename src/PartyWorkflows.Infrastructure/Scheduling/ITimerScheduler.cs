namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Told by the command processor, after its transaction committed, which timers the command scheduled or cancelled,
/// so they can fire on time. Only a hint: the workflow_timers rows are the truth, and the due-timer sweep fires
/// whatever a scheduler missed.
/// </summary>
public interface ITimerScheduler
{
    void Scheduled(Guid instanceId, Guid timerId, DateTimeOffset dueAt);

    void Cancelled(Guid instanceId, Guid timerId);
}
