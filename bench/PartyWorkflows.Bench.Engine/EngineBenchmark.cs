using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Bench.Engine;

/// <summary>
/// Runs whole instances through the pure executor on one thread: start, then complete the oldest open user task until
/// the instance ends. Every instance is checked to have completed along the approved path.
/// </summary>
internal static class EngineBenchmark
{
    /// <summary>User tasks on the approved path of card-issuance-bench.bpmn.</summary>
    private const int UserTasks = 7;

    public static int Run(FileInfo processFile, int instances, int warmup, bool json, TextWriter output, TextWriter error)
    {
        if (instances <= 0 || warmup < 0)
        {
            error.WriteLine("--instances must be positive and --warmup not negative.");
            return 2;
        }

        var parsed = BpmnParser.Parse(File.ReadAllText(processFile.FullName));
        if (parsed.HasErrors || parsed.Definitions?.MainProcess is not { } definition)
        {
            error.WriteLine($"{processFile.FullName} does not parse:");
            foreach (var diagnostic in parsed.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            return 1;
        }

        var time = TimeProvider.System;
        var executor = new WorkflowExecutor(
            time,
            new JintExpressionEvaluator(time),
            VietnameseWorkingDayCalendar.WithOfficialSchedules(),
            new ServiceTaskHandlerRegistry([]));

        try
        {
            for (var i = 0; i < warmup; i++)
            {
                RunInstance(executor, definition, i);
            }

            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < instances; i++)
            {
                RunInstance(executor, definition, i);
            }

            stopwatch.Stop();
            Report(output, json, instances, stopwatch.Elapsed.TotalSeconds);
            return 0;
        }
        catch (InstanceNotCompletedException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static void RunInstance(WorkflowExecutor executor, ProcessDefinition definition, int index)
    {
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["memberId"] = JsonSerializer.SerializeToElement(index),
            ["approved"] = JsonSerializer.SerializeToElement(true),
        };
        var state = executor.Execute(definition, null, new StartInstance(Guid.NewGuid(), variables)).State;
        var completedTasks = 0;
        var timerArmed = false;
        while (!state.IsEnded && state.Tasks.Count > 0)
        {
            timerArmed |= state.Timers.Count > 0;
            state = executor.Execute(definition, state, new CompleteTask(state.Tasks[0].Id)).State;
            completedTasks++;
        }

        if (state.Status != InstanceStatus.Completed || completedTasks != UserTasks || !timerArmed || state.Timers.Count != 0)
        {
            throw new InstanceNotCompletedException(
                $"PartyWorkflows instance {index} did not complete: status {state.Status}, {completedTasks} of {UserTasks} tasks " +
                $"completed, {state.Tasks.Count} still open, {state.Incidents.Count} incidents, reminder timer armed: {timerArmed}, " +
                $"timers left: {state.Timers.Count}.");
        }
    }

    private static void Report(TextWriter output, bool json, int instances, double seconds)
    {
        var perSecond = instances / seconds;
        output.WriteLine(json
            ? JsonSerializer.Serialize(new { engine = "PartyWorkflows", instances, seconds, instancesPerSecond = perSecond })
            : string.Create(CultureInfo.InvariantCulture, $"PartyWorkflows: {instances} instances in {seconds:F3} s, {perSecond:F1} inst/s"));
    }

    private sealed class InstanceNotCompletedException(string message) : Exception(message);
}
