using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Deadlines;

namespace PartyWorkflows.Membership.Transfers;

/// <summary>The working-day deadline service tasks of workflows/party-transfer.bpmn.</summary>
public static class TransferHandlers
{
    public const string StartDeadline = "party-transfer-start-deadline";
    public const string ArrivalDeadline = "party-transfer-arrival-deadline";

    /// <summary>decisionDate → startLastDay, startDueAt: 60 working days to start the transfer.</summary>
    public static IServiceTaskHandler StartDeadlineHandler(IWorkingDayCalendar calendar) =>
        new WorkingDayDeadlineHandler(StartDeadline, "decisionDate", "start", day => TransferDeadlines.Start(calendar, day));

    /// <summary>issuedOn → arrivalLastDay, arrivalDueAt: 30 working days to present the introduction letter.</summary>
    public static IServiceTaskHandler ArrivalDeadlineHandler(IWorkingDayCalendar calendar) =>
        new WorkingDayDeadlineHandler(ArrivalDeadline, "issuedOn", "arrival", day => TransferDeadlines.Presentation(calendar, day));
}
