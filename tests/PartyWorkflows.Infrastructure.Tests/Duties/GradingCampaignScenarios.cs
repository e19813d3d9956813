using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The December grading campaign: one member-grading instance per cell and year, listing every member
/// to grade exactly once (seed 001_29955938909379e1.txt: full and probationary members, not the exempted). The grading
/// workflow belongs to another team; a stand-in with its process id is deployed here.
/// </summary>
public abstract class GradingCampaignScenarios(ITestDatabase database) : IDisposable
{
    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task December_opens_one_grading_per_cell_with_each_eligible_member_once_and_a_rerun_opens_nothing()
    {
        await _harness.DeployXmlAsync(GradingStandIn);
        var north = await OrganisationTree.SeedAsync(_harness);
        var south = await OrganisationTree.SeedAsync(_harness);
        await new MemberStoreSeed()
            .Member("north-1", north.Cell)
            .Member("north-2", north.Cell, standing: MemberStanding.Probationary)
            .Member("north-exempted", north.Cell, MemberStatus.Exempted)
            .Member("north-gone", north.Cell, MemberStatus.TransferredOut)
            .Member("south-1", south.Cell)
            .SaveAsync(_harness);

        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(2, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));

        var instances = await _harness.InstancesAsync(GradingCampaignDuty.ProcessId);
        Assert.Equal(
            new[] { $"member-grading/{north.Cell}/2026", $"member-grading/{south.Cell}/2026" }.Order(StringComparer.Ordinal),
            instances.Select(i => i.BusinessKey!).Order(StringComparer.Ordinal));
        var graded = instances
            .SelectMany(i => InstanceStateJson.Deserialize(i.State).Variables["members"].EnumerateArray())
            .Select(m => m.GetProperty("memberKey").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["north-1", "north-2", "south-1"], graded);
        var north2 = instances.Single(i => i.SubjectOrganisationId == north.Cell);
        var variables = InstanceStateJson.Deserialize(north2.State).Variables;
        Assert.Equal(2026, variables["year"].GetInt32());
        Assert.Equal(("2026-12-30", "2027-01-14", "2027-01-19"),
            (variables["reportedBy"].GetString(), variables["conferencesBy"].GetString(), variables["appraisedBy"].GetString()));
        Assert.Contains(variables["members"].EnumerateArray(), m => m.GetProperty("standing").GetString() == "probationary");

        Assert.Equal(0, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));

        // Made up in January after downtime, the run still belongs to December's occurrence: the same year, nothing new.
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));
        Assert.Equal(2, (await _harness.InstancesAsync(GradingCampaignDuty.ProcessId)).Count);
    }

    /// <summary>A stand-in for the other team's member-grading.bpmn: the cell grades its members.</summary>
    private const string GradingStandIn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn"
                          id="member-grading-stand-in" targetNamespace="http://partyworkflows.vn/test">
          <bpmn:process id="member-grading" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="cellGrades" name="Chi bộ đánh giá, xếp loại đảng viên" pw:committeeLevel="cell" pw:committeeBody="cell-meeting" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="cellGrades" />
            <bpmn:sequenceFlow id="f2" sourceRef="cellGrades" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}

public sealed class PostgresGradingCampaignTests(PostgresDatabase database) : GradingCampaignScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteGradingCampaignTests(SqliteDatabase database) : GradingCampaignScenarios(database), IClassFixture<SqliteDatabase>;
