namespace PartyWorkflows.Engine.Runtime.Handlers;

/// <summary>A business error raised by a handler, caught by a boundary error event with the same code.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null)
    : Exception(message ?? $"BPMN error '{errorCode}'.")
{
    public string ErrorCode { get; } = errorCode;
}
