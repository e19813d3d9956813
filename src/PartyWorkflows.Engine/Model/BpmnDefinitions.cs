namespace PartyWorkflows.Engine.Model;

/// <summary>A parsed BPMN file: its processes. Diagram interchange is kept as the original XML by the caller.</summary>
public sealed record BpmnDefinitions(string? TargetNamespace, IReadOnlyList<ProcessDefinition> Processes)
{
    /// <summary>The process a deployment of this file starts: the first executable one.</summary>
    public ProcessDefinition? MainProcess => Processes.FirstOrDefault(p => p.IsExecutable) ?? Processes.FirstOrDefault();
}
