namespace PartyWorkflows.Engine.Model;

public abstract class Activity : FlowNode
{
    public string? DefaultFlow { get; init; }
    public LoopCharacteristics? Loop { get; init; }

    /// <summary>Boundary events attached to this activity, filled by the parser.</summary>
    public IReadOnlyList<string> BoundaryEvents { get; init; } = [];

    /// <summary>Retry cycle such as <c>R3/PT1M</c> (camunda:failedJobRetryTimeCycle).</summary>
    public string? RetryTimeCycle { get; init; }
}

/// <summary>Abstract <c>task</c> and <c>manualTask</c>: no behaviour, the token passes through.</summary>
public sealed class PassThroughTask : Activity
{
    public required string XmlName { get; init; }
    public override string ElementType => XmlName;
}

public sealed class UserTask : Activity
{
    /// <summary>Committee level relative to the case's subject (pw:committeeLevel): see <see cref="CommitteeVocabulary"/>.</summary>
    public string? CommitteeLevel { get; init; }

    /// <summary>Body acting at that level (pw:committeeBody).</summary>
    public string? CommitteeBody { get; init; }

    /// <summary>
    /// pw:committeeOf: an expression yielding the id of the organisation the level resolves from instead of the case's
    /// subject, for steps taken elsewhere (the receiving cell of a transfer, each cell of a campaign).
    /// </summary>
    public string? CommitteeOf { get; init; }

    public string? CandidateGroups { get; init; }
    public string? FormKey { get; init; }

    /// <summary>camunda:dueDate: an ISO date or duration, or an expression yielding one.</summary>
    public string? DueDate { get; init; }

    /// <summary>pw:dueInWorkingDays: the task is due this many working days after it opens.</summary>
    public int? DueInWorkingDays { get; init; }

    public override string ElementType => "userTask";
}

public sealed class ServiceTask : Activity
{
    /// <summary>Name of the handler resolved from DI (camunda:topic with camunda:type="external").</summary>
    public string? Handler { get; init; }
    public override string ElementType => "serviceTask";
}

public sealed class ScriptTask : Activity
{
    public string? ScriptFormat { get; init; }
    public required string Script { get; init; }
    public string? ResultVariable { get; init; }
    public override string ElementType => "scriptTask";
}

public sealed class SubProcess : Activity
{
    public override string ElementType => "subProcess";
}

/// <param name="Source">Variable (or expression when <paramref name="IsExpression"/>) read from the giving side.</param>
public sealed record VariableMapping(string Source, string Target, bool IsExpression);

public sealed class CallActivity : Activity
{
    /// <summary>Process id of the called definition (its latest deployed version).</summary>
    public required string CalledElement { get; init; }

    /// <summary>camunda:in variables="all": pass every variable to the child.</summary>
    public bool InputAll { get; init; }
    public IReadOnlyList<VariableMapping> Inputs { get; init; } = [];

    /// <summary>
    /// camunda:in businessKey: an expression giving the called instance its own business key (one case per member of a
    /// list, found by that key); without it the child shares the caller's.
    /// </summary>
    public string? BusinessKey { get; init; }

    /// <summary>camunda:out variables="all": copy every child variable back.</summary>
    public bool OutputAll { get; init; }
    public IReadOnlyList<VariableMapping> Outputs { get; init; } = [];

    public override string ElementType => "callActivity";
}
