using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;
using Contracts = PartyWorkflows.Infrastructure.Messaging.Contracts;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// The rows, audit lines and events of the effects that only add (an instance started or ended, a task opened, an
/// incident raised): one implementation for the command processor and the bulk starter, so both write the same.
/// </summary>
internal sealed class StartEffectRows(IRowSink rows, AuditTrail audit, OutboxWriter outbox, DateTimeOffset now)
{
    public void Started(InstanceState state, int version, Guid subjectOrganisationId, string? actor)
    {
        audit.Append(AuditActions.InstanceStarted, state.Id, actor, data: new
        {
            Version = version,
            state.BusinessKey,
            SubjectOrganisationId = subjectOrganisationId,
            ParentInstanceId = state.Parent?.InstanceId,
        });
        outbox.Enqueue(new Contracts.InstanceStarted(state.Id, state.ProcessId, version, state.BusinessKey,
            subjectOrganisationId, state.Parent?.InstanceId), now);
    }

    public void Ended(InstanceState state, InstanceEnded ended, string? actor)
    {
        var action = ended.Status switch
        {
            InstanceStatus.Completed => AuditActions.InstanceCompleted,
            InstanceStatus.Cancelled => AuditActions.InstanceCancelled,
            _ => AuditActions.InstanceFailed,
        };
        audit.Append(action, state.Id, actor, data: ended.Reason is null ? null : new { ended.Reason });
        switch (ended.Status)
        {
            case InstanceStatus.Completed:
                outbox.Enqueue(new Contracts.InstanceCompleted(state.Id, state.ProcessId, state.BusinessKey, now), now);
                break;
            case InstanceStatus.Failed:
                outbox.Enqueue(new Contracts.InstanceFailed(state.Id, state.ProcessId, state.BusinessKey, ended.Reason, now), now);
                break;
        }
    }

    /// <param name="organisation">The acting organisation resolved for the task's level; null when the tree has none.</param>
    public void Opened(InstanceState state, UserTaskState task, Guid subjectOrganisationId, Organisation? organisation)
    {
        if (organisation is null)
        {
            // Nobody's inbox shows the task until an administrator fixes the tree: leave a trace to find it by.
            audit.Append(AuditActions.TaskUnassigned, state.Id, actor: null, task.ElementId, task.Id, committeeBody: task.CommitteeBody,
                data: new { task.CommitteeLevel, SubjectOrganisationId = subjectOrganisationId, task.CommitteeOrganisationId });
        }

        rows.Add(new TaskRecord
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
        outbox.Enqueue(new Contracts.TaskOpened(task.Id, state.Id, state.ProcessId, task.ElementId, task.Name, state.BusinessKey,
            organisation?.Id, task.CommitteeBody, task.DueAt), now);
    }

    public void Raised(InstanceState state, IncidentState incident, string? actor)
    {
        rows.Add(new IncidentRecord
        {
            Id = incident.Id,
            InstanceId = state.Id,
            ElementId = incident.ElementId,
            Kind = incident.Kind,
            Message = incident.Message,
            CreatedAt = incident.CreatedAt,
        });
        audit.Append(AuditActions.IncidentRaised, state.Id, actor, incident.ElementId, data: new { incident.Id, incident.Kind, incident.Message });
        outbox.Enqueue(new Contracts.IncidentRaised(incident.Id, state.Id, state.ProcessId, incident.ElementId, incident.Kind, incident.Message), now);
    }
}
