using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Where an event sits decides which event definitions the engine supports on it.</summary>
internal enum EventPosition { Start, End, IntermediateCatch, Boundary }

/// <param name="IsValid">False when a diagnostic was reported and the event cannot be built faithfully.</param>
/// <param name="Definition">Null with <paramref name="IsValid"/> for a none event.</param>
internal readonly record struct EventDefinitionResult(bool IsValid, EventDefinition? Definition);

/// <summary>Reads the single event definition of an event: timer, message, error or terminate.</summary>
internal static class EventDefinitionReader
{
    private const string Timer = "timerEventDefinition";
    private const string Message = "messageEventDefinition";
    private const string Error = "errorEventDefinition";
    private const string Terminate = "terminateEventDefinition";

    private static readonly IReadOnlyDictionary<EventPosition, IReadOnlySet<string>> Allowed =
        new Dictionary<EventPosition, IReadOnlySet<string>>
        {
            [EventPosition.Start] = new HashSet<string> { Timer, Message },
            [EventPosition.End] = new HashSet<string> { Terminate, Error },
            [EventPosition.IntermediateCatch] = new HashSet<string> { Timer, Message },
            [EventPosition.Boundary] = new HashSet<string> { Timer, Message, Error },
        };

    public static EventDefinitionResult Read(XElement evt, string eventId, EventPosition position, ParseContext context)
    {
        var definitions = evt.BpmnChildren()
            .Where(c => c.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal) || c.Name.LocalName == "eventDefinitionRef")
            .ToList();
        switch (definitions.Count)
        {
            case 0 when position is EventPosition.IntermediateCatch or EventPosition.Boundary:
                context.Report(DiagnosticFactory.MissingEventDefinition(eventId, evt.Name.LocalName, evt.Location()));
                return new EventDefinitionResult(false, null);
            case 0:
                return new EventDefinitionResult(true, null);
            case > 1:
                context.Report(DiagnosticFactory.MultipleEventDefinitions(eventId, definitions[1].Location()));
                return new EventDefinitionResult(false, null);
        }

        var definition = definitions[0];
        var kind = definition.Name.LocalName;
        if (!Allowed[position].Contains(kind))
        {
            context.Report(DiagnosticFactory.UnsupportedEventDefinition(eventId, kind, definition.Location()));
            return new EventDefinitionResult(false, null);
        }
        EventDefinition? parsed = kind switch
        {
            Timer => ReadTimer(definition, eventId, context),
            Message => ReadMessage(definition, eventId, context),
            Error => ReadError(definition, eventId, isThrow: position == EventPosition.End, context),
            _ => new TerminateEventDefinition(),
        };
        return parsed is null
            ? new EventDefinitionResult(false, null)
            : new EventDefinitionResult(true, parsed with { Id = definition.Text("id") });
    }

    private static TimerEventDefinition? ReadTimer(XElement definition, string eventId, ParseContext context)
    {
        var values = new[] { ("timeDate", TimerKind.Date), ("timeDuration", TimerKind.Duration), ("timeCycle", TimerKind.Cycle) }
            .Select(p => (Name: p.Item1, Kind: p.Item2, Value: definition.ChildText(p.Item1)))
            .Where(p => p.Value is not null)
            .ToList();
        var workingDays = definition.Boolean(XmlNames.PwWorkingDays, false, eventId, context);
        switch (values.Count)
        {
            case 0:
                context.Report(DiagnosticFactory.MissingAttribute(
                    eventId, Timer, "timeDate | timeDuration | timeCycle", definition.Location()));
                return null;
            case > 1:
                context.Report(DiagnosticFactory.BadAttributeValue(
                    eventId, Timer, string.Join(" + ", values.Select(v => v.Name)), ExpectedValue.SingleTimerValue, definition.Location()));
                return null;
            default:
                return new TimerEventDefinition(values[0].Kind, values[0].Value!, workingDays);
        }
    }

    private static MessageEventDefinition? ReadMessage(XElement definition, string eventId, ParseContext context)
    {
        var message = Resolve(definition, "messageRef", eventId, context.Messages, context);
        if (message is null)
        {
            return null;
        }
        // Messages are correlated by name, so a message without one could never be delivered.
        var name = message.Text("name");
        if (name is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(message.Text("id"), "message", "name", message.Location()));
            return null;
        }
        return new MessageEventDefinition(name);
    }

    private static ErrorEventDefinition? ReadError(XElement definition, string eventId, bool isThrow, ParseContext context)
    {
        if (definition.Text("errorRef") is null && !isThrow)
        {
            return new ErrorEventDefinition(null);
        }
        var error = Resolve(definition, "errorRef", eventId, context.Errors, context);
        if (error is null)
        {
            return null;
        }
        var code = error.Text("errorCode");
        if (code is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(error.Text("id"), "error", "errorCode", error.Location()));
            return null;
        }
        return new ErrorEventDefinition(code);
    }

    private static XElement? Resolve(
        XElement definition, string attribute, string eventId, IReadOnlyDictionary<string, XElement> targets, ParseContext context)
    {
        var reference = definition.Text(attribute);
        if (reference is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(eventId, definition.Name.LocalName, attribute, definition.Location()));
            return null;
        }
        // The attribute is a QName; modelers write a bare id, hand-written files sometimes a prefixed one.
        var id = targets.ContainsKey(reference) ? reference : reference[(reference.IndexOf(':') + 1)..];
        if (targets.TryGetValue(id, out var target))
        {
            return target;
        }
        context.Report(DiagnosticFactory.BrokenReference(eventId, attribute, reference, definition.Location()));
        return null;
    }
}
