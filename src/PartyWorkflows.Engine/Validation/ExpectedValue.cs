namespace PartyWorkflows.Engine.Validation;

/// <summary>What a bad attribute value should have been, so the message can tell the editor how to fix it.</summary>
public enum ExpectedValue
{
    Boolean,
    NonNegativeInteger,
    ExternalTaskType,
    SingleTimerValue,
    Interrupting,
}
