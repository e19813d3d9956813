namespace PartyWorkflows.Engine.Validation;

/// <summary>
/// Stable diagnostic codes. Clients, tests and translations key on these, so a code is never renamed or reused.
/// Build diagnostics through <see cref="DiagnosticFactory"/> so every code keeps one wording in both languages.
/// </summary>
public static class DiagnosticCodes
{
    // Reading the XML document.
    public const string XmlMalformed = "xml-malformed";
    public const string XmlDtdProhibited = "xml-dtd-prohibited";
    public const string XmlTooLarge = "xml-too-large";
    public const string NotBpmn = "not-bpmn";

    // Structure found while parsing.
    public const string NoProcess = "no-process";
    public const string DuplicateId = "duplicate-id";
    public const string BrokenReference = "broken-reference";
    public const string InvalidDefaultFlow = "invalid-default-flow";
    public const string UnsupportedElement = "unsupported-element";
    public const string UnsupportedEventDefinition = "unsupported-event-definition";
    public const string MissingEventDefinition = "missing-event-definition";
    public const string MissingAttribute = "missing-attribute";
    public const string BadAttributeValue = "bad-attribute-value";

    // Semantics checked by the validator.
    public const string NoStartEvent = "no-start-event";
    public const string UnreachableNode = "unreachable-node";
    public const string DeadEnd = "dead-end";
    public const string GatewayNoOutgoing = "gateway-no-outgoing";
    public const string ExclusiveGatewayNoDefault = "exclusive-gateway-no-default";
    public const string UnknownHandler = "unknown-handler";
    public const string ExpressionError = "expression-error";
    public const string BadDuration = "bad-duration";
    public const string MissingCommitteeLevel = "missing-committee-level";
    public const string UnknownCommitteeLevel = "unknown-committee-level";
    public const string CommitteeOfNotExpression = "committee-of-not-expression";
    public const string UnknownCommitteeBody = "unknown-committee-body";
    public const string MultiInstanceNoCollection = "multi-instance-no-collection";
    public const string ScriptFormat = "script-format";
}
