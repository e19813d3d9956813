using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>workflows/organisation-grading.bpmn with its grade-organisation handler.</summary>
internal sealed class OrganisationGradingEngine() : ShippedWorkflowEngine("organisation-grading.bpmn", December2025, new GradeOrganisationHandler())
{
    /// <summary>Monday 1 December 2025, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset December2025 = new(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    public InstanceState Start(int year, bool cell) => Host.Start(
        "organisation-grading",
        Vars(("year", year), ("cell", cell)),
        businessKey: $"organisation-grading/dang-bo-1/{year}");

    public InstanceState SelfAssess(InstanceState instance, string elementId, OrganisationGradingFacts assessment) =>
        Complete(instance, elementId, new Dictionary<string, JsonElement> { ["assessment"] = WorkflowVariables.ToElement(assessment) });

    /// <summary>
    /// Every condition of clean-and-strong met (seed 001 §B.I.3.1), scored <paramref name="total"/>: points are taken off
    /// the criteria in order, the Hồ Chí Minh criterion (<paramref name="hoChiMinh"/>) apart.
    /// </summary>
    public static OrganisationGradingFacts Assessment(decimal total, decimal hoChiMinh = 15m, SubCellSummary? subCells = null)
    {
        var scores = OrganisationCriteria.MaxPoints.ToDictionary(p => p.Key, p => (decimal)p.Value);
        scores[OrganisationCriterion.HoChiMinhExample] = hoChiMinh;
        var excess = scores.Values.Sum() - total;
        foreach (var criterion in scores.Keys.Where(c => c != OrganisationCriterion.HoChiMinhExample).ToList())
        {
            var cut = Math.Min(excess, scores[criterion]);
            scores[criterion] -= cut;
            excess -= cut;
        }

        return new OrganisationGradingFacts(
            new OrganisationScorecard(scores),
            TasksExcellentAndAffiliatesStrong: true, LeaderDisciplined: false, MembersGraded: 40, MembersGoodOrBetter: 36,
            subCells, MeetsRegularly: true, AttendancesRecorded: 80, AttendancesExpected: 100);
    }
}
