namespace PartyWorkflows.Engine.Runtime;

/// <summary>Thrown inside a step to stop the token at an incident; the run catches it and records the incident.</summary>
internal sealed class IncidentException(string kind, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Kind { get; } = kind;
}
