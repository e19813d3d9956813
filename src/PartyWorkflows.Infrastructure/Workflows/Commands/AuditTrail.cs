using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>Appends audit rows to the unit of work. It only ever adds: audit rows are never updated or deleted.</summary>
internal sealed class AuditTrail(IRowSink rows, DateTimeOffset now)
{
    public void Append(
        string action,
        Guid instanceId,
        string? actor,
        string? elementId = null,
        Guid? taskId = null,
        Guid? organisationId = null,
        string? committeeBody = null,
        object? data = null) =>
        rows.Add(new AuditRecord
        {
            At = now,
            InstanceId = instanceId,
            TaskId = taskId,
            Actor = actor,
            OrganisationId = organisationId,
            CommitteeBody = committeeBody,
            Action = action,
            ElementId = elementId,
            Data = data is null ? null : JsonSerializer.Serialize(data, InstanceStateJson.Options),
        });
}
