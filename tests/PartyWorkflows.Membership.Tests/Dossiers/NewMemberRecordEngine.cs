using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Dossiers;

namespace PartyWorkflows.Membership.Tests.Dossiers;

/// <summary>workflows/new-member-record.bpmn with its deadline handler on the official calendar.</summary>
internal sealed class NewMemberRecordEngine(DateTimeOffset now)
    : ShippedWorkflowEngine("new-member-record.bpmn", now, new NewMemberRecordDeadlineHandler(VietnameseWorkingDayCalendar.WithOfficialSchedules()))
{
    public InstanceState Start(string admissionDate) => Host.Start(
        "new-member-record",
        Vars(("memberKey", "dv-moi"), ("fullName", "Nguyễn Văn An"), ("admissionDate", admissionDate)),
        businessKey: "new-member-record/dv-moi");
}
