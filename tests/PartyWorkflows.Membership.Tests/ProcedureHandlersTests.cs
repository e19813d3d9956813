using System.Xml.Linq;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Tests.Members;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Membership.Tests;

public sealed class ProcedureHandlersTests
{
    private static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    [Theory]
    [InlineData("new-member-record.bpmn")]
    [InlineData("card-technical-check.bpmn")]
    [InlineData("party-transfer.bpmn")]
    [InlineData("exemption.bpmn")]
    public void Every_service_task_of_the_procedures_has_a_handler_here_or_in_the_service(string fileName)
    {
        string[] service = ["record-transfer-slip", "record-dossier-received", .. MemberHistoryHandlers.All(new RecordingMemberHistory()).Select(h => h.Name)];
        var names = ProcedureHandlers.All(VietnameseWorkingDayCalendar.WithOfficialSchedules()).Select(h => h.Name).Concat(service).ToHashSet();

        var topics = XDocument.Load(RepositoryFiles.Workflow(fileName)).Descendants()
            .Select(e => (string?)e.Attribute(Camunda + "topic")).OfType<string>().ToList();

        Assert.NotEmpty(topics);
        Assert.All(topics, topic => Assert.Contains(topic, names));
    }

    [Fact]
    public void Handler_names_are_unique()
    {
        var names = ProcedureHandlers.All(VietnameseWorkingDayCalendar.WithOfficialSchedules()).Select(h => h.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }
}
