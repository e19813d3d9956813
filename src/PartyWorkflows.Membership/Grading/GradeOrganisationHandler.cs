using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Service task grade-organisation of workflows/organisation-grading.bpmn: runs <see cref="OrganisationGrading"/> (seed 001
/// §B.I.3–4) on the self-assessment. Reads <c>assessment</c> (<see cref="OrganisationGradingFacts"/>, the scores by
/// criterion name); sets <c>organisationGrade</c> (cleanAndStrong | good | completed | weak), <c>organisationGradeReason</c> and <c>score</c>.
/// </summary>
public sealed class GradeOrganisationHandler : IServiceTaskHandler
{
    public const string HandlerName = "grade-organisation";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var facts = WorkflowVariables.Required<OrganisationGradingFacts>(context, "assessment");
        var outcome = OrganisationGrading.Grade(facts);
        return new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["organisationGrade"] = WorkflowVariables.ToElement(outcome.Grade),
            ["organisationGradeReason"] = WorkflowVariables.ToElement(outcome.Reason),
            ["score"] = WorkflowVariables.ToElement(facts.Scores.Total),
        });
    }
}
