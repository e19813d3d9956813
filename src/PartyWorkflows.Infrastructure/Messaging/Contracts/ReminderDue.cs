namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

/// <summary>A non-interrupting boundary timer fired: remind those who act on the activity it is attached to.</summary>
/// <param name="TaskId">The open user task the timer is attached to; null when it sits on another kind of activity.</param>
public sealed record ReminderDue(
    Guid InstanceId,
    string ProcessId,
    string? BusinessKey,
    string TimerElementId,
    Guid? TaskId,
    Guid? OrganisationId,
    string? Body,
    DateTimeOffset FiredAt) : IIntegrationEvent
{
    public static string Type => "reminder-due";
}
