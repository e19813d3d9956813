using System.Text.Json;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using Contracts = PartyWorkflows.Infrastructure.Messaging.Contracts;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Turns one start's engine result into the rows the command processor writes for it (EffectRecorder's start effects,
/// then WaitStateWriter's timers and subscriptions), without a change tracker or a query per instance.
/// BulkStartEquivalenceTests hold the two paths to the same rows.
/// </summary>
internal sealed class BulkRowRecorder(DeployedDefinition definition, OrganisationTreeSlice organisations, string? actor, DateTimeOffset now)
{
    /// <summary>
    /// Effects that reach other instances or existing rows (called instances, closing tasks, fired reminders). A start
    /// rarely has them; such an instance goes through the command processor, which follows them.
    /// </summary>
    public static bool NeedsCommandProcessor(ExecutionResult result) =>
        result.Effects.Any(e => e is ChildInstanceRequested or ChildInstanceCancelRequested or ParentNotificationRequested
            or TaskClosed or TimerFired or IncidentResolved);

    public void Record(ExecutionResult result, Guid subjectOrganisationId, BulkRows rows)
    {
        var state = result.State;
        rows.Instances.Add(new InstanceRecord
        {
            Id = state.Id,
            ProcessId = definition.ProcessId,
            DefinitionVersion = definition.Version,
            BusinessKey = state.BusinessKey,
            SubjectOrganisationId = subjectOrganisationId,
            Status = StoredNames.Of(state.Status),
            State = InstanceStateJson.Serialize(state),
            RowVersion = 1,
            StartedAt = state.StartedAt,
            EndedAt = state.EndedAt,
        });

        foreach (var effect in result.Effects)
        {
            switch (effect)
            {
                case InstanceStarted:
                    Audit(rows, AuditActions.InstanceStarted, state.Id, actor, data: new
                    {
                        definition.Version,
                        state.BusinessKey,
                        SubjectOrganisationId = subjectOrganisationId,
                        ParentInstanceId = state.Parent?.InstanceId,
                    });
                    Outbox(rows, new Contracts.InstanceStarted(state.Id, state.ProcessId, definition.Version, state.BusinessKey,
                        subjectOrganisationId, state.Parent?.InstanceId));
                    break;
                case InstanceEnded ended:
                    Ended(rows, state, ended);
                    break;
                case TaskOpened opened:
                    Opened(rows, state, subjectOrganisationId, opened.Task);
                    break;
                case IncidentRaised raised:
                    Raised(rows, state, raised.Incident);
                    break;
            }
        }

        rows.Timers.AddRange(state.Timers.Select(timer => new TimerRecord
        {
            Id = timer.Id,
            InstanceId = state.Id,
            ElementId = timer.ElementId,
            Purpose = StoredNames.Of(timer.Purpose),
            DueAt = timer.DueAt,
        }));
        rows.Subscriptions.AddRange(state.Subscriptions.Select(subscription => new SubscriptionRecord
        {
            Id = subscription.Id,
            InstanceId = state.Id,
            ElementId = subscription.ElementId,
            MessageName = subscription.MessageName,
            BusinessKey = state.BusinessKey,
        }));
    }

    private void Ended(BulkRows rows, InstanceState state, InstanceEnded ended)
    {
        var action = ended.Status switch
        {
            InstanceStatus.Completed => AuditActions.InstanceCompleted,
            InstanceStatus.Cancelled => AuditActions.InstanceCancelled,
            _ => AuditActions.InstanceFailed,
        };
        Audit(rows, action, state.Id, actor, data: ended.Reason is null ? null : new { ended.Reason });
        switch (ended.Status)
        {
            case InstanceStatus.Completed:
                Outbox(rows, new Contracts.InstanceCompleted(state.Id, state.ProcessId, state.BusinessKey, now));
                break;
            case InstanceStatus.Failed:
                Outbox(rows, new Contracts.InstanceFailed(state.Id, state.ProcessId, state.BusinessKey, ended.Reason, now));
                break;
        }
    }

    private void Opened(BulkRows rows, InstanceState state, Guid subjectOrganisationId, UserTaskState task)
    {
        var organisation = task.CommitteeLevel is { } level ? organisations.Resolve(subjectOrganisationId, level) : null;
        if (organisation is null)
        {
            Audit(rows, AuditActions.TaskUnassigned, state.Id, actor: null, task.ElementId, task.Id, committeeBody: task.CommitteeBody,
                data: new { task.CommitteeLevel, SubjectOrganisationId = subjectOrganisationId });
        }

        rows.Tasks.Add(new TaskRecord
        {
            Id = task.Id,
            InstanceId = state.Id,
            ElementId = task.ElementId,
            Name = task.Name,
            ProcessId = state.ProcessId,
            BusinessKey = state.BusinessKey,
            OrganisationId = organisation?.Id,
            CommitteeLevel = task.CommitteeLevel,
            CommitteeBody = task.CommitteeBody,
            FormKey = task.FormKey,
            Status = TaskStatuses.Open,
            CreatedAt = task.CreatedAt,
            DueAt = task.DueAt,
            LocalVariables = task.LocalVariables is null ? null : JsonSerializer.Serialize(task.LocalVariables, InstanceStateJson.Options),
        });
        Outbox(rows, new Contracts.TaskOpened(task.Id, state.Id, state.ProcessId, task.ElementId, task.Name, state.BusinessKey,
            organisation?.Id, task.CommitteeBody, task.DueAt));
    }

    private void Raised(BulkRows rows, InstanceState state, IncidentState incident)
    {
        rows.Incidents.Add(new IncidentRecord
        {
            Id = incident.Id,
            InstanceId = state.Id,
            ElementId = incident.ElementId,
            Kind = incident.Kind,
            Message = incident.Message,
            CreatedAt = incident.CreatedAt,
        });
        Audit(rows, AuditActions.IncidentRaised, state.Id, actor, incident.ElementId, data: new { incident.Id, incident.Kind, incident.Message });
        Outbox(rows, new Contracts.IncidentRaised(incident.Id, state.Id, state.ProcessId, incident.ElementId, incident.Kind, incident.Message));
    }

    private void Audit(
        BulkRows rows,
        string action,
        Guid instanceId,
        string? actor,
        string? elementId = null,
        Guid? taskId = null,
        string? committeeBody = null,
        object? data = null) =>
        rows.Audit.Add(new AuditRecord
        {
            At = now,
            InstanceId = instanceId,
            TaskId = taskId,
            Actor = actor,
            CommitteeBody = committeeBody,
            Action = action,
            ElementId = elementId,
            Data = data is null ? null : JsonSerializer.Serialize(data, InstanceStateJson.Options),
        });

    private void Outbox<TEvent>(BulkRows rows, TEvent integrationEvent) where TEvent : IIntegrationEvent =>
        rows.Outbox.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            OccurredAt = now,
            Type = TEvent.Type,
            Payload = JsonSerializer.Serialize(integrationEvent, OutboxWriter.PayloadOptions),
        });
}
