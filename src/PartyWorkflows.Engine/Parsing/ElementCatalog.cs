namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Which BPMN elements inside a process the engine executes and which it may ignore. Anything else is reported as
/// unsupported: a whitelist, so an element added to a diagram in a modeler can never be skipped silently.
/// </summary>
internal static class ElementCatalog
{
    public const string SequenceFlow = "sequenceFlow";
    public const string SubProcess = "subProcess";

    public static readonly IReadOnlySet<string> FlowNodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "intermediateCatchEvent", "boundaryEvent",
        "userTask", "serviceTask", "scriptTask", "task", "manualTask", SubProcess, "callActivity",
        "exclusiveGateway", "parallelGateway", "inclusiveGateway",
    };

    public static readonly IReadOnlySet<string> Activities = new HashSet<string>(StringComparer.Ordinal)
    {
        "userTask", "serviceTask", "scriptTask", "task", "manualTask", SubProcess, "callActivity",
    };

    /// <summary>
    /// Artifacts and data that do not change how tokens move, plus the parts of a sub-process that belong to the
    /// sub-process itself rather than to its content (the activity reader reads its loop characteristics).
    /// </summary>
    public static readonly IReadOnlySet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        "documentation", "extensionElements", "laneSet", "textAnnotation", "association", "group",
        "dataObject", "dataObjectReference", "dataStoreReference", "property", "ioSpecification",
        "auditing", "monitoring",
        "incoming", "outgoing", "multiInstanceLoopCharacteristics", "standardLoopCharacteristics",
        "dataInputAssociation", "dataOutputAssociation",
    };
}
