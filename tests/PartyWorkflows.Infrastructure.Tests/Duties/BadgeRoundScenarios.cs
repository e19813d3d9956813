using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// Badge round preparation (seed 000_29c5dfa480f916c0.txt §VI, seed 003_8ecac7def258469f.txt §1.9):
/// on 1 March 2026 the next round is 19 May 2026; every listed member whose milestone falls due at it — reached after
/// the 3 February round and by 19 May — gets one badge-award case, held until the 30th working day before the round.
/// </summary>
public abstract class BadgeRoundScenarios(ITestDatabase database) : IDisposable
{
    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task The_next_round_opens_one_case_per_member_whose_milestone_falls_due_at_it()
    {
        await _harness.DeployAsync("badge-award.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        await new MemberStoreSeed()
            .Member("b-30-on-round-day", tree.Cell, admittedOn: new DateOnly(1996, 5, 19))
            .Member("b-30-day-after-february", tree.Cell, admittedOn: new DateOnly(1996, 2, 4))
            .Member("b-30-at-february-round", tree.Cell, admittedOn: new DateOnly(1996, 2, 3))
            .Member("b-45", tree.Cell, admittedOn: new DateOnly(1981, 4, 1))
            .Member("b-50-exempted", tree.Cell, MemberStatus.Exempted, admittedOn: new DateOnly(1976, 5, 1))
            .Member("b-40-day-after-round", tree.Cell, admittedOn: new DateOnly(1986, 5, 20))
            .Member("b-35-no-milestone", tree.Cell, admittedOn: new DateOnly(1991, 5, 1))
            .Member("b-30-deceased", tree.Cell, MemberStatus.Deceased, admittedOn: new DateOnly(1996, 3, 1))
            .SaveAsync(_harness);

        // The harness's Monday 2 March 2026: the last occurrence is 1 March.
        Assert.Equal(4, await _harness.RunDutyAsync(BadgeRoundDuty.DutyId));
        Assert.Equal(0, await _harness.RunDutyAsync(BadgeRoundDuty.DutyId));

        var cases = await _harness.InstancesAsync("badge-award");
        Assert.Equal(
            ["badge-award/b-30-day-after-february/30", "badge-award/b-30-on-round-day/30", "badge-award/b-45/45", "badge-award/b-50-exempted/50"],
            cases.Select(c => c.BusinessKey!).Order(StringComparer.Ordinal));
        var variables = InstanceStateJson.Deserialize(cases[0].State).Variables;
        Assert.Equal("2026-05-19", variables["roundDate"].GetString());
        Assert.Equal("award", variables["caseKind"].GetString());
        Assert.True(variables["leadTimeApplies"].GetBoolean());
        Assert.All(cases, c => Assert.Equal(tree.Cell, c.SubjectOrganisationId));

        // record-badge-award writes each badge under the case's member and milestone.
        Assert.All(cases, c =>
        {
            var started = InstanceStateJson.Deserialize(c.State).Variables;
            Assert.Equal(c.BusinessKey, BadgeRoundDuty.BusinessKey(started["memberKey"].GetString()!, started["milestoneYears"].GetInt32()));
        });
        Assert.Equal(("cellProposesAward", tree.Cell), ((await _harness.OpenTaskAsync(cases[0].Id)).ElementId, tree.Cell));
    }
}

public sealed class PostgresBadgeRoundTests(PostgresDatabase database) : BadgeRoundScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteBadgeRoundTests(SqliteDatabase database) : BadgeRoundScenarios(database), IClassFixture<SqliteDatabase>;
