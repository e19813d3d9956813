using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Turns one start's engine result into the rows the command processor writes for it (EffectRecorder's start effects,
/// then WaitStateWriter's timers and subscriptions), without a change tracker or a query per instance.
/// BulkStartEquivalenceTests hold the two paths to the same rows.
/// </summary>
internal sealed class BulkRowRecorder(DeployedDefinition definition, OrganisationTreeSlice organisations, string? actor)
{
    /// <summary>
    /// Effects that reach other instances or existing rows (called instances, closing tasks, fired reminders), or a task
    /// acting for an organisation outside the batch's tree slice (pw:committeeOf). A start rarely has them; such an
    /// instance goes through the command processor, which follows them.
    /// </summary>
    public static bool NeedsCommandProcessor(ExecutionResult result) =>
        result.Effects.Any(e => e is ChildInstanceRequested or ChildInstanceCancelRequested or ParentNotificationRequested
            or TaskClosed or TimerFired or IncidentResolved or TaskOpened { Task.CommitteeOrganisationId: not null });

    /// <param name="rows">The batch's rows; one per batch, so its outbox events keep their order for the relay.</param>
    public void Record(ExecutionResult result, Guid subjectOrganisationId, BulkRows rows, StartEffectRows added)
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
                    added.Started(state, definition.Version, subjectOrganisationId, actor);
                    break;
                case InstanceEnded ended:
                    added.Ended(state, ended, actor);
                    break;
                case TaskOpened opened:
                    var level = opened.Task.CommitteeLevel;
                    added.Opened(state, opened.Task, subjectOrganisationId, level is null ? null : organisations.Resolve(subjectOrganisationId, level));
                    break;
                case IncidentRaised raised:
                    added.Raised(state, raised.Incident, actor);
                    break;
            }
        }

        rows.Timers.AddRange(state.Timers.Select(timer => WaitStateRows.Timer(state, timer)));
        rows.Subscriptions.AddRange(state.Subscriptions.Select(subscription => WaitStateRows.Subscription(state, subscription)));
    }
}
