namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>Where in an element's life a token is, so a retried incident resumes at the step that failed.</summary>
public enum TokenPhase
{
    /// <summary>Arriving at the element: gateways join, activities attach boundary events and expand multi-instance.</summary>
    Arrive,

    /// <summary>Running the element's own behaviour (handler, script, task opening, timer scheduling).</summary>
    Execute,

    /// <summary>Leaving: loops, multi-instance completion and choosing outgoing flows.</summary>
    Leave,
}
