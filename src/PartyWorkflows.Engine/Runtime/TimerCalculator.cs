using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime;

/// <summary>Turns a timer definition (ISO 8601 text or an expression yielding it) into due instants.</summary>
internal sealed class TimerCalculator(IExpressionEvaluator expressions, IWorkingDayCalendar calendar)
{
    public (DateTimeOffset Due, int? Remaining) FirstDue(
        TimerEventDefinition timer, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset now)
    {
        var value = Resolve(timer.Value, variables);
        if (!TimerSchedule.TryFirstDue(Map(timer.Kind), value, now, timer.WorkingDays ? calendar : null, out var due, out var error))
        {
            throw new IncidentException(IncidentKinds.Timer, $"Timer value '{value}' is invalid: {error}");
        }

        return (due, timer.Kind == TimerKind.Cycle ? Cycle(value).Repetitions : null);
    }

    public DateTimeOffset NextDue(TimerEventDefinition timer, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset previousDue) =>
        TimerSchedule.NextDue(Cycle(Resolve(timer.Value, variables)), previousDue, timer.WorkingDays ? calendar : null);

    /// <summary>A due date or duration written on a user task (camunda:dueDate).</summary>
    public DateTimeOffset DueDate(string text, IReadOnlyDictionary<string, JsonElement> variables, DateTimeOffset now)
    {
        var value = Resolve(text, variables);
        var kind = value.StartsWith('P') ? TimerDefinitionKind.Duration : TimerDefinitionKind.Date;
        return TimerSchedule.TryFirstDue(kind, value, now, null, out var due, out var error)
            ? due
            : throw new IncidentException(IncidentKinds.Timer, $"Due date '{value}' is invalid: {error}");
    }

    private static IsoRepeatingInterval Cycle(string value) =>
        IsoRepeatingInterval.TryParse(value, out var cycle)
            ? cycle
            : throw new IncidentException(IncidentKinds.Timer, $"Timer cycle '{value}' is invalid.");

    private string Resolve(string value, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var trimmed = value.Trim();
        if (!trimmed.StartsWith("${", StringComparison.Ordinal) && !trimmed.StartsWith("#{", StringComparison.Ordinal))
        {
            return trimmed;
        }

        try
        {
            var result = expressions.EvaluateValue(ExpressionText.Unwrap(trimmed), variables);
            return result.ValueKind == JsonValueKind.String ? result.GetString()! : result.GetRawText();
        }
        catch (ExpressionException ex)
        {
            throw new IncidentException(IncidentKinds.Expression, ex.Message, ex);
        }
    }

    private static TimerDefinitionKind Map(TimerKind kind) => kind switch
    {
        TimerKind.Date => TimerDefinitionKind.Date,
        TimerKind.Duration => TimerDefinitionKind.Duration,
        _ => TimerDefinitionKind.Cycle,
    };
}
