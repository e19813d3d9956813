using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>An open user task: what the inbox shows and who may act (committee level and body).</summary>
public sealed record UserTaskState
{
    public Guid Id { get; init; }
    public int TokenId { get; init; }
    public required string ElementId { get; init; }
    public required string Name { get; init; }
    public string? CommitteeLevel { get; init; }
    public string? CommitteeBody { get; init; }

    /// <summary>The organisation the level resolves from (pw:committeeOf); null for the case's subject.</summary>
    public Guid? CommitteeOrganisationId { get; init; }
    public string? CandidateGroups { get; init; }
    public string? FormKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The instant the task becomes overdue.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Variables local to the task's scope (multi-instance item and loopCounter) for the form to show.</summary>
    public IReadOnlyDictionary<string, JsonElement>? LocalVariables { get; init; }
}
