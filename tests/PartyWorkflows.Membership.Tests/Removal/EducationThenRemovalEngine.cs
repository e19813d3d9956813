using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Removal;

/// <summary>workflows/education-then-removal.bpmn (no service task, so no handler).</summary>
internal sealed class EducationThenRemovalEngine : ShippedWorkflowEngine
{
    public EducationThenRemovalEngine()
        : base("education-then-removal.bpmn", Monday)
    {
    }

    /// <summary>The cell starts screening <paramref name="memberKey"/>; <paramref name="grassrootsCell"/> when it is a chi bộ cơ sở.</summary>
    public InstanceState Start(string memberKey, bool grassrootsCell) =>
        Host.Start("education-then-removal", Vars(("grassrootsCell", grassrootsCell)), businessKey: memberKey);

    /// <summary>A ballot of the cell meeting at <paramref name="elementId"/>: <paramref name="agree"/> of <paramref name="convened"/> full members.</summary>
    public InstanceState Vote(InstanceState instance, string elementId, int agree, int convened) =>
        Complete(instance, elementId, ("agree", agree), ("convened", convened));

    /// <summary>The cell reports a new violation of the member.</summary>
    public InstanceState NewViolation(InstanceState instance) => Host.Execute(instance.Id, new DeliverMessage("newViolation"));
}
