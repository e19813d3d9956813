using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Deadlines;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Dossiers;

/// <summary>
/// Service task new-member-record-deadline of workflows/new-member-record.bpmn: from admissionDate (yyyy-MM-dd, the day
/// the cell declared the admission) sets recordLastDay (yyyy-MM-dd), recordDueAt (the instant the 30 working days have
/// passed) and firstReminderAt / secondReminderAt (ISO date-times with offset for the timers).
/// </summary>
public sealed class NewMemberRecordDeadlineHandler(IWorkingDayCalendar calendar) : IServiceTaskHandler
{
    public const string HandlerName = "new-member-record-deadline";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var admittedOn = WorkflowVariables.Required<DateOnly?>(context, "admissionDate")!.Value;
        var deadline = NewMemberRecordDeadline.For(calendar, admittedOn);
        var reminders = NewMemberRecordDeadline.ReminderDays(calendar, admittedOn);
        var variables = deadline.Variables("record");
        variables["firstReminderAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(reminders[0]));
        variables["secondReminderAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(reminders[1]));
        return new ServiceTaskResult(variables);
    }
}
