using PartyWorkflows.Infrastructure.Messaging.Contracts;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Messaging.Consumers;

/// <summary>A reminder timer fired on a task: a "Nhắc hạn" notification in the acting body's inbox.</summary>
public sealed class ReminderDueConsumer(WorkflowDbContext db, TimeProvider time) : IdempotentConsumer<ReminderDue>(db, time)
{
    protected override async Task HandleAsync(ReminderDue message, CancellationToken cancellationToken)
    {
        var task = message.TaskId is { } taskId ? await Db.Tasks.FindAsync([taskId], cancellationToken) : null;
        var what = task?.Name ?? message.BusinessKey ?? message.ProcessId;
        var text = task?.DueAt is { } dueAt ? $"Nhắc hạn: {what} (hạn cuối {DueDateText.LastDay(dueAt)})" : $"Nhắc hạn: {what}";
        Db.Notifications.Add(new NotificationRecord
        {
            Id = Guid.NewGuid(),
            Kind = NotificationKinds.Reminder,
            OrganisationId = message.OrganisationId,
            CommitteeBody = message.Body,
            InstanceId = message.InstanceId,
            TaskId = message.TaskId,
            Text = text,
            CreatedAt = Time.GetUtcNow(),
        });
    }
}
