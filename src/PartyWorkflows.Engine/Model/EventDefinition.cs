namespace PartyWorkflows.Engine.Model;

public abstract record EventDefinition
{
    public string? Id { get; init; }
}

public enum TimerKind { Date, Duration, Cycle }

/// <param name="Value">ISO 8601 date, duration or repeating interval, or an expression yielding one.</param>
/// <param name="WorkingDays">Day and week parts count Vietnamese working days (pw:workingDays).</param>
public sealed record TimerEventDefinition(TimerKind Kind, string Value, bool WorkingDays) : EventDefinition;

public sealed record MessageEventDefinition(string MessageName) : EventDefinition;

/// <param name="ErrorCode">Null on a catch event means "catch any error".</param>
public sealed record ErrorEventDefinition(string? ErrorCode) : EventDefinition;

public sealed record TerminateEventDefinition : EventDefinition;
