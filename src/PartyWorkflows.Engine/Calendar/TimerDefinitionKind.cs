namespace PartyWorkflows.Engine.Calendar;

/// <summary>The BPMN timer definitions: timeDate, timeDuration and timeCycle.</summary>
public enum TimerDefinitionKind
{
    /// <summary>An ISO 8601 date-time at which the timer fires once.</summary>
    Date,

    /// <summary>An ISO 8601 duration after which the timer fires once.</summary>
    Duration,

    /// <summary>An ISO 8601 repeating interval.</summary>
    Cycle,
}
