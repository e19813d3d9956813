using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>What a run needs from outside: the same for every command, so built once by the executor.</summary>
internal sealed record ExecutionServices(
    IExpressionEvaluator Expressions,
    IWorkingDayCalendar Calendar,
    IServiceTaskHandlerRegistry Handlers,
    TimerCalculator Timers,
    ExecutorOptions Options);
