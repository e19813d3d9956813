namespace PartyWorkflows.Engine.Runtime.State;

public enum ScopeKind
{
    SubProcess,

    /// <summary>The whole multi-instance activity: counters and the collection.</summary>
    MultiInstanceBody,

    /// <summary>One instance of a multi-instance activity: holds the element variable and loopCounter.</summary>
    MultiInstanceInner,
}
