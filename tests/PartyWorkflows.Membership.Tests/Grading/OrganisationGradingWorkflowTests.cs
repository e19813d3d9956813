using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using static PartyWorkflows.Membership.Tests.Grading.OrganisationGradingEngine;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>
/// workflows/organisation-grading.bpmn through seed 001_29955938909379e1.txt §B.I: the self-assessment, the level with its
/// conditions at each boundary, recognition by the grassroots committee (a cell) or the superior committee (a grassroots
/// organisation), return for correction, and the 20/01 deadline of §D.V.2.
/// </summary>
public sealed class OrganisationGradingWorkflowTests
{
    private readonly OrganisationGradingEngine _engine = new();

    public static TheoryData<string, OrganisationGradingFacts, string> Boundaries => new()
    {
        { "90 points and every condition", Assessment(90m), "cleanAndStrong" },
        { "89.5 points", Assessment(89.5m), "good" },
        { "90 points, attendance 79 %", Assessment(90m) with { AttendancesRecorded = 79 }, "good" },
        { "90 points, 4/6 cells clean and strong", Assessment(90m, subCells: new SubCellSummary(6, 4, 0)), "cleanAndStrong" },
        { "90 points, 3/6 cells clean and strong", Assessment(90m, subCells: new SubCellSummary(6, 3, 0)), "good" },
        { "95 points, 2/6 cells weak", Assessment(95m, subCells: new SubCellSummary(6, 4, 2)), "weak" },
        { "70 points", Assessment(70m), "good" },
        { "69.5 points", Assessment(69.5m), "completed" },
        { "50 points", Assessment(50m), "completed" },
        { "49.5 points", Assessment(49.5m), "weak" },
        { "90 points, 7.5 on the Hồ Chí Minh criterion", Assessment(90m, hoChiMinh: 7.5m), "weak" },
        { "90 points, 8 on the Hồ Chí Minh criterion", Assessment(90m, hoChiMinh: 8m), "cleanAndStrong" },
        { "95 points, prolonged disunity", Assessment(95m) with { ProlongedDisunity = true }, "weak" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void The_level_follows_the_score_and_every_condition(string situation, OrganisationGradingFacts assessment, string grade)
    {
        var instance = _engine.Start(2025, cell: false);
        Assert.Equal(("grassroots", "committee", "organisation-grading-self-assessment"), Acting(instance));

        instance = _engine.SelfAssess(instance, "grassrootsSelfAssessment", assessment);

        Assert.True(grade == instance.Variables["organisationGrade"].GetString(), situation);
        Assert.Equal(assessment.Scores.Total, instance.Variables["score"].GetDecimal());
        Assert.Equal(("superior", "standing-committee", "organisation-grading-recognition"), Acting(instance));
        instance = _engine.Complete(instance, "superiorRecognition", ("approved", true));
        Assert.Equal("recognised", EndedAt(instance));
    }

    [Fact]
    public void The_superior_committee_returns_the_self_assessment_and_recognises_the_corrected_one()
    {
        var instance = _engine.Start(2025, cell: false);
        instance = _engine.SelfAssess(instance, "grassrootsSelfAssessment", Assessment(92m));
        Assert.Equal("cleanAndStrong", instance.Variables["organisationGrade"].GetString());
        Assert.Equal(22m, instance.Variables["assessment"].GetProperty("scores").GetProperty("politicalTasks").GetDecimal());

        instance = _engine.Complete(instance, "superiorRecognition", ("approved", false), ("returnReason", "Điểm tiêu chí 1 chưa có căn cứ."));
        Assert.Equal(("grassroots", "committee", "organisation-grading-self-assessment"), Acting(instance));
        instance = _engine.SelfAssess(instance, "grassrootsSelfAssessment", Assessment(85m));

        Assert.Equal("good", instance.Variables["organisationGrade"].GetString());
        instance = _engine.Complete(instance, "superiorRecognition", ("approved", true));
        Assert.Equal("recognised", EndedAt(instance));
    }

    [Fact]
    public void A_cell_assesses_itself_and_the_grassroots_committee_recognises_or_returns_it()
    {
        var instance = _engine.Start(2025, cell: true);
        Assert.Equal(("cell", "committee", "organisation-grading-self-assessment"), Acting(instance));
        instance = _engine.SelfAssess(instance, "cellSelfAssessment", Assessment(91m));
        Assert.Equal(("grassroots", "committee", "organisation-grading-recognition"), Acting(instance));

        instance = _engine.Complete(instance, "grassrootsRecognition", ("approved", false));
        instance = _engine.SelfAssess(instance, "cellSelfAssessment", Assessment(91m));
        instance = _engine.Complete(instance, "grassrootsRecognition", ("approved", true));

        Assert.Equal("recognised", EndedAt(instance));
        Assert.Equal("cleanAndStrong", instance.Variables["organisationGrade"].GetString());
    }

    [Fact]
    public void A_recognition_still_open_on_20_January_is_reported_to_the_province_organization_department()
    {
        var instance = _engine.Start(2025, cell: false);
        instance = _engine.SelfAssess(instance, "grassrootsSelfAssessment", Assessment(80m));
        var due = new DateTimeOffset(2026, 1, 20, 0, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(due, Assert.Single(instance.Tasks).DueAt);
        Assert.Equal(due, Assert.Single(instance.Timers).DueAt);

        _engine.Time.Advance(due - _engine.Time.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal(0, _engine.Host.FireDueTimers());
        _engine.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _engine.Host.FireDueTimers());

        instance = _engine.Host.Instance(instance.Id);
        var late = Assert.Single(instance.Tasks, t => t.ElementId == "lateReport");
        Assert.Equal(("province", "organization-department"), (late.CommitteeLevel, late.CommitteeBody));
        _engine.Host.CompleteTask(instance.Id, "lateReport");
        instance = _engine.Host.CompleteTask(instance.Id, "superiorRecognition", Vars(("approved", true)));
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains(instance.History, h => h.ElementId == "recognised");
    }
}
