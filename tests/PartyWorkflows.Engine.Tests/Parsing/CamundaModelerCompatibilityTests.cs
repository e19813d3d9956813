using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Tests.Parsing.Fixtures;

namespace PartyWorkflows.Engine.Tests.Parsing;

/// <summary>Files saved by Camunda Modeler / bpmn-js (diagram, collaboration, extension namespaces) parse cleanly.</summary>
public sealed class CamundaModelerCompatibilityTests
{
    private static readonly ParseResult Result = BpmnParser.Parse(FixtureFiles.Read(FixtureFiles.CamundaModeler));

    [Fact]
    public void Modeler_file_parses_without_diagnostics()
    {
        Assert.Empty(Result.Diagnostics);
    }

    [Fact]
    public void Collaboration_and_diagram_do_not_hide_the_process()
    {
        var process = Assert.Single(Result.Definitions!.Processes);
        Assert.Equal("badge-award", process.Id);
        Assert.Equal("Xét tặng Huy hiệu Đảng", process.DisplayName);
        Assert.Equal(["StartEvent_1", "Activity_Propose", "Gateway_Eligible", "Activity_Notify", "Event_End"], process.Nodes.Keys);
        Assert.Equal(5, process.Flows.Count);
    }

    [Fact]
    public void Camunda_attributes_are_read()
    {
        var process = Result.Definitions!.MainProcess!;
        var propose = Assert.IsType<UserTask>(process.Node("Activity_Propose"));
        Assert.Equal("badge/propose", propose.FormKey);
        Assert.Equal("cell", propose.CandidateGroups);
        Assert.Equal("notify-member", Assert.IsType<ServiceTask>(process.Node("Activity_Notify")).Handler);
        Assert.Equal("${eligible}", process.Flow("Flow_Yes").Condition);
        Assert.Equal("Flow_No", Assert.IsType<ExclusiveGateway>(process.Node("Gateway_Eligible")).DefaultFlow);
        Assert.Equal(["Flow_No", "Flow_2g7h8i9"], process.Node("Event_End").Incoming);
    }
}
