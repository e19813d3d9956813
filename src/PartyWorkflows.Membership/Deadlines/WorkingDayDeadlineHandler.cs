using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Deadlines;

/// <summary>
/// A service task that turns a date variable (yyyy-MM-dd) into a working-day deadline by a rule, setting
/// {prefix}LastDay and {prefix}DueAt (<see cref="WorkingDayDeadline.Variables"/>) for the timers and due dates after it.
/// </summary>
public sealed class WorkingDayDeadlineHandler(string name, string dateVariable, string prefix, Func<DateOnly, WorkingDayDeadline> rule)
    : IServiceTaskHandler
{
    public string Name => name;

    public ServiceTaskResult Execute(ServiceTaskContext context) =>
        new(rule(WorkflowVariables.Required<DateOnly?>(context, dateVariable)!.Value).Variables(prefix));
}
