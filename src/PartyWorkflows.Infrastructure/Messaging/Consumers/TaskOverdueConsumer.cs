using PartyWorkflows.Infrastructure.Messaging.Contracts;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Messaging.Consumers;

/// <summary>A task passed its due time: a "Quá hạn" notification in the acting body's inbox.</summary>
public sealed class TaskOverdueConsumer(WorkflowDbContext db, TimeProvider time) : IdempotentConsumer<TaskOverdue>(db, time)
{
    protected override Task HandleAsync(TaskOverdue message, CancellationToken cancellationToken)
    {
        Db.Notifications.Add(new NotificationRecord
        {
            Id = Guid.NewGuid(),
            Kind = NotificationKinds.Overdue,
            OrganisationId = message.OrganisationId,
            CommitteeBody = message.Body,
            InstanceId = message.InstanceId,
            TaskId = message.TaskId,
            Text = $"Quá hạn: {message.Name} (hạn cuối {DueDateText.LastDay(message.DueAt)})",
            CreatedAt = Time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
