using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The December grading campaign (seed 001_29955938909379e1.txt §D.V.1) with the shipped member-grading and
/// organisation-grading workflows: one member grading per cell and year, listing every member to grade exactly once
/// (full and probationary members, not the exempted), and one organisation grading per cell and grassroots organisation.
/// </summary>
public abstract class GradingCampaignScenarios(ITestDatabase database) : IDisposable
{
    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task December_opens_one_grading_per_cell_with_each_eligible_member_once_and_a_rerun_opens_nothing()
    {
        await _harness.DeployAsync("member-grading.bpmn");
        await _harness.DeployAsync("organisation-grading.bpmn");
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
        Assert.Equal(2 + 4, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));

        var gradings = await _harness.InstancesAsync(GradingCampaignDuty.MemberGradingProcessId);
        Assert.Equal(
            new[] { $"member-grading/{north.Cell}/2026", $"member-grading/{south.Cell}/2026" }.Order(StringComparer.Ordinal),
            gradings.Select(i => i.BusinessKey!).Order(StringComparer.Ordinal));
        Assert.All(gradings, g => Assert.Empty(InstanceStateJson.Deserialize(g.State).Incidents));
        var graded = gradings
            .SelectMany(i => InstanceStateJson.Deserialize(i.State).Variables["members"].EnumerateArray())
            .Select(m => m.GetProperty("memberKey").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["north-1", "north-2", "south-1"], graded);
        var variables = InstanceStateJson.Deserialize(gradings.Single(i => i.SubjectOrganisationId == north.Cell).State).Variables;
        Assert.Equal((2026, false), (variables["year"].GetInt32(), variables["grassrootsCell"].GetBoolean()));
        Assert.Contains(variables["members"].EnumerateArray(), m => m.GetProperty("memberKey").GetString() == "north-2" && !m.GetProperty("full").GetBoolean());

        var organisations = (await _harness.InstancesAsync(GradingCampaignDuty.OrganisationGradingProcessId))
            .ToDictionary(i => i.SubjectOrganisationId, i => InstanceStateJson.Deserialize(i.State).Variables["cell"].GetBoolean());
        Assert.Equal(
            new Dictionary<Guid, bool> { [north.Cell] = true, [north.Grassroots] = false, [south.Cell] = true, [south.Grassroots] = false },
            organisations);

        Assert.Equal(0, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));

        // Made up in January after downtime, the run still belongs to December's occurrence: the same year, nothing new.
        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(0, await _harness.RunDutyAsync(GradingCampaignDuty.DutyId));
    }
}

public sealed class PostgresGradingCampaignTests(PostgresDatabase database) : GradingCampaignScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteGradingCampaignTests(SqliteDatabase database) : GradingCampaignScenarios(database), IClassFixture<SqliteDatabase>;
