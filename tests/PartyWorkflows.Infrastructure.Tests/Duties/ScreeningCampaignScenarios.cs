using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>The January screening round (seed 003_8ecac7def258469f.txt §2.4): one round per cell for the year just graded.</summary>
public abstract class ScreeningCampaignScenarios(ITestDatabase database) : IDisposable
{
    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task January_opens_a_screening_round_per_cell_for_every_listed_member_of_the_year_before()
    {
        await _harness.DeployAsync("member-screening-round.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        await new MemberStoreSeed()
            .Member("s-active", tree.Cell)
            .Member("s-exempted", tree.Cell, MemberStatus.Exempted)
            .Member("s-removed", tree.Cell, MemberStatus.Removed)
            .SaveAsync(_harness);

        _harness.Time.SetUtcNow(new DateTimeOffset(2027, 1, 10, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await _harness.RunDutyAsync(ScreeningCampaignDuty.DutyId));
        Assert.Equal(0, await _harness.RunDutyAsync(ScreeningCampaignDuty.DutyId));

        var round = Assert.Single(await _harness.InstancesAsync(ScreeningCampaignDuty.ProcessId));
        Assert.Equal($"member-screening-round/{tree.Cell}/2026", round.BusinessKey);
        var variables = InstanceStateJson.Deserialize(round.State).Variables;
        Assert.Equal(["s-active", "s-exempted"], variables["members"].EnumerateArray().Select(m => m.GetProperty("memberKey").GetString()).Order(StringComparer.Ordinal));
        var task = await _harness.OpenTaskAsync(round.Id);
        Assert.Equal(("cellScreens", tree.Cell, "cell-meeting"), (task.ElementId, task.OrganisationId, task.CommitteeBody));
    }
}

public sealed class PostgresScreeningCampaignTests(PostgresDatabase database) : ScreeningCampaignScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteScreeningCampaignTests(SqliteDatabase database) : ScreeningCampaignScenarios(database), IClassFixture<SqliteDatabase>;
