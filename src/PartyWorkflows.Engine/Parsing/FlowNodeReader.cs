using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Reads one flow node's own XML into a draft; events and gateways here, activities in <see cref="ActivityReader"/>.</summary>
internal static class FlowNodeReader
{
    /// <returns>Null when the node cannot be built; a diagnostic says why.</returns>
    public static NodeDraft? Read(ScopedElement source, ParseContext context) => source.Kind switch
    {
        "startEvent" => ReadStart(source, context),
        "endEvent" => ReadEnd(source, context),
        "intermediateCatchEvent" => ReadIntermediateCatch(source, context),
        "boundaryEvent" => ReadBoundary(source, context),
        "exclusiveGateway" or "parallelGateway" or "inclusiveGateway" => ReadGateway(source),
        _ => ActivityReader.Read(source, context),
    };

    private static NodeDraft? ReadStart(ScopedElement source, ParseContext context)
    {
        var trigger = EventDefinitionReader.Read(source.Element, source.Id, EventPosition.Start, context);
        return !trigger.IsValid ? null : Draft(source, links => new StartEvent
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = source.Element.Text("name"), Location = source.Element.Location(),
            Incoming = links.Incoming, Outgoing = links.Outgoing,
            Trigger = trigger.Definition,
        });
    }

    private static NodeDraft? ReadEnd(ScopedElement source, ParseContext context)
    {
        var result = EventDefinitionReader.Read(source.Element, source.Id, EventPosition.End, context);
        return !result.IsValid ? null : Draft(source, links => new EndEvent
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = source.Element.Text("name"), Location = source.Element.Location(),
            Incoming = links.Incoming, Outgoing = links.Outgoing,
            Result = result.Definition,
        });
    }

    private static NodeDraft? ReadIntermediateCatch(ScopedElement source, ParseContext context)
    {
        var trigger = EventDefinitionReader.Read(source.Element, source.Id, EventPosition.IntermediateCatch, context);
        return trigger.Definition is not { } definition ? null : Draft(source, links => new IntermediateCatchEvent
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = source.Element.Text("name"), Location = source.Element.Location(),
            Incoming = links.Incoming, Outgoing = links.Outgoing,
            Trigger = definition,
        });
    }

    private static NodeDraft? ReadBoundary(ScopedElement source, ParseContext context)
    {
        var e = source.Element;
        var attachedToRef = e.Text("attachedToRef");
        if (attachedToRef is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(source.Id, source.Kind, "attachedToRef", e.Location()));
        }
        var cancelActivity = e.Boolean("cancelActivity", true, source.Id, context);
        var trigger = EventDefinitionReader.Read(e, source.Id, EventPosition.Boundary, context);
        if (trigger.Definition is ErrorEventDefinition && !cancelActivity)
        {
            context.Report(DiagnosticFactory.BadAttributeValue(
                source.Id, "cancelActivity", "false", ExpectedValue.Interrupting, e.Location()));
            return null;
        }
        if (attachedToRef is null || trigger.Definition is not { } definition)
        {
            return null;
        }
        return new NodeDraft(source, attachedToRef, links => new BoundaryEvent
        {
            Id = source.Id, ScopeId = source.ScopeId, Name = e.Text("name"), Location = e.Location(),
            Incoming = links.Incoming, Outgoing = links.Outgoing,
            AttachedToRef = attachedToRef,
            CancelActivity = cancelActivity,
            Trigger = definition,
        });
    }

    private static NodeDraft ReadGateway(ScopedElement source)
    {
        var e = source.Element;
        var defaultFlow = e.Text("default");
        return Draft(source, links =>
        {
            var (id, scope, name, location) = (source.Id, source.ScopeId, e.Text("name"), e.Location());
            return source.Kind switch
            {
                "exclusiveGateway" => new ExclusiveGateway
                {
                    Id = id, ScopeId = scope, Name = name, Location = location,
                    Incoming = links.Incoming, Outgoing = links.Outgoing, DefaultFlow = defaultFlow,
                },
                "inclusiveGateway" => new InclusiveGateway
                {
                    Id = id, ScopeId = scope, Name = name, Location = location,
                    Incoming = links.Incoming, Outgoing = links.Outgoing, DefaultFlow = defaultFlow,
                },
                _ => new ParallelGateway
                {
                    Id = id, ScopeId = scope, Name = name, Location = location,
                    Incoming = links.Incoming, Outgoing = links.Outgoing, DefaultFlow = defaultFlow,
                },
            };
        });
    }

    private static NodeDraft Draft(ScopedElement source, Func<NodeLinks, FlowNode> build) => new(source, null, build);
}
