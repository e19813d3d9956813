using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Reads tasks, sub-processes and call activities with their Camunda and pw: extension attributes.</summary>
internal static class ActivityReader
{
    public static NodeDraft? Read(ScopedElement source, ParseContext context)
    {
        var element = source.Element;
        var id = source.Id;
        var common = new ActivityCommon(
            element.Text("name"),
            element.Location(),
            element.Text("default"),
            LoopCharacteristicsReader.Read(element, id, context),
            element.Extensions(XmlNames.CamundaFailedJobRetryTimeCycle).Select(e => e.Value.Trim()).FirstOrDefault(v => v.Length > 0));

        Func<NodeLinks, FlowNode>? build = source.Kind switch
        {
            "userTask" => ReadUserTask(source, common, context),
            "serviceTask" => ReadServiceTask(source, common, context),
            "scriptTask" => ReadScriptTask(source, common, context),
            "callActivity" => ReadCallActivity(source, common, context),
            "subProcess" => links => new SubProcess
            {
                Id = id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
                Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
                DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            },
            _ => links => new PassThroughTask
            {
                XmlName = source.Kind,
                Id = id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
                Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
                DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            },
        };
        return build is null ? null : new NodeDraft(source, null, build);
    }

    private static Func<NodeLinks, FlowNode> ReadUserTask(ScopedElement source, ActivityCommon common, ParseContext context)
    {
        var e = source.Element;
        var dueInWorkingDays = e.NonNegativeInteger(XmlNames.PwDueInWorkingDays, source.Id, context);
        return links => new UserTask
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
            Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
            DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            CommitteeLevel = e.Text(XmlNames.PwCommitteeLevel),
            CommitteeBody = e.Text(XmlNames.PwCommitteeBody),
            CommitteeOf = e.Text(XmlNames.PwCommitteeOf),
            CandidateGroups = e.Text(XmlNames.CamundaCandidateGroups),
            FormKey = e.Text(XmlNames.CamundaFormKey),
            DueDate = e.Text(XmlNames.CamundaDueDate),
            DueInWorkingDays = dueInWorkingDays,
        };
    }

    private static Func<NodeLinks, FlowNode>? ReadServiceTask(ScopedElement source, ActivityCommon common, ParseContext context)
    {
        var e = source.Element;
        // Java delegates cannot run here; only named handlers (external-task topics) can.
        var javaBinding = XmlNames.CamundaJavaBindings.FirstOrDefault(name => e.Text(name) is not null);
        if (javaBinding is not null)
        {
            context.Report(DiagnosticFactory.UnsupportedElement(
                source.Id, $"serviceTask {XmlNames.Display(javaBinding)}", common.Location));
            return null;
        }
        var type = e.Text(XmlNames.CamundaType);
        if (type is not null && type != "external")
        {
            context.Report(DiagnosticFactory.BadAttributeValue(
                source.Id, XmlNames.Display(XmlNames.CamundaType), type, ExpectedValue.ExternalTaskType, common.Location));
        }
        var handler = e.Text(XmlNames.CamundaTopic);
        if (handler is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(
                source.Id, source.Kind, XmlNames.Display(XmlNames.CamundaTopic), common.Location));
        }
        return links => new ServiceTask
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
            Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
            DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            Handler = handler,
        };
    }

    private static Func<NodeLinks, FlowNode> ReadScriptTask(ScopedElement source, ActivityCommon common, ParseContext context)
    {
        var e = source.Element;
        var script = e.ChildText("script");
        if (script is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(source.Id, source.Kind, "script", common.Location));
        }
        return links => new ScriptTask
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
            Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
            DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            ScriptFormat = e.Text("scriptFormat"),
            Script = script ?? "",
            ResultVariable = e.Text(XmlNames.CamundaResultVariable),
        };
    }

    private static Func<NodeLinks, FlowNode> ReadCallActivity(ScopedElement source, ActivityCommon common, ParseContext context)
    {
        var e = source.Element;
        var calledElement = e.Text("calledElement");
        if (calledElement is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(source.Id, source.Kind, "calledElement", common.Location));
        }
        var inputs = VariableMappingReader.Read(e, XmlNames.CamundaIn, source.Id, context);
        var outputs = VariableMappingReader.Read(e, XmlNames.CamundaOut, source.Id, context);
        return links => new CallActivity
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = common.Name, Location = common.Location,
            Incoming = links.Incoming, Outgoing = links.Outgoing, BoundaryEvents = links.BoundaryEvents,
            DefaultFlow = common.DefaultFlow, Loop = common.Loop, RetryTimeCycle = common.RetryTimeCycle,
            CalledElement = calledElement ?? "",
            InputAll = inputs.All,
            Inputs = inputs.Mappings,
            BusinessKey = inputs.BusinessKey,
            OutputAll = outputs.All,
            Outputs = outputs.Mappings,
        };
    }

    /// <summary>What every activity carries, read once before the type-specific part.</summary>
    private sealed record ActivityCommon(
        string? Name, SourceLocation Location, string? DefaultFlow, LoopCharacteristics? Loop, string? RetryTimeCycle);
}
