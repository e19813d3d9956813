namespace PartyWorkflows.Engine.Runtime.State;

public enum TimerPurpose
{
    /// <summary>An intermediate timer catch event the token waits at.</summary>
    CatchEvent,

    /// <summary>A boundary timer on the activity the token is at.</summary>
    Boundary,

    /// <summary>The next attempt of a failed service task (failedJobRetryTimeCycle).</summary>
    Retry,
}
