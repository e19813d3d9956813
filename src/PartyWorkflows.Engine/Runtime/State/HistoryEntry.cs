using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>One line of the instance's timeline: who did what to which element, when, with which data.</summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    HistoryKind Kind,
    string? ElementId = null,
    string? Actor = null,
    Guid? TaskId = null,
    JsonElement? Data = null);
