using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The monthly card reminder (seed 000_29c5dfa480f916c0.txt §V.2): a cell is reminded of its new
/// full members who hold no card number; members with a number, probationary or long-standing ones are not listed.
/// </summary>
public abstract class CardReminderScenarios(ITestDatabase database) : IDisposable
{
    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task New_full_members_without_a_card_number_are_reminded_once_a_month()
    {
        await _harness.DeployAsync("card-issuance-reminder.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        await new MemberStoreSeed()
            .Member("c-new", tree.Cell, fullMemberOn: new DateOnly(2025, 10, 1))
            .Member("c-new-with-card", tree.Cell, fullMemberOn: new DateOnly(2025, 11, 1))
            .Member("c-probationary", tree.Cell, standing: MemberStanding.Probationary)
            .Member("c-long-standing", tree.Cell, fullMemberOn: new DateOnly(2020, 1, 1))
            .SaveAsync(_harness);
        await _harness.Db(db =>
        {
            db.CardNumbers.Add(new CardNumberRecord
            {
                Value = "30.000123", ProvinceCode = "30", Scheme = "12-HD/BTCTW", Sequence = 123, MemberKey = "c-new-with-card",
                InstanceId = Guid.NewGuid(), AllocatedAt = _harness.Time.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });

        // Monday 2 March 2026: the last occurrence is 5 February, the February reminder.
        Assert.Equal(1, await _harness.RunDutyAsync(CardReminderDuty.DutyId));
        Assert.Equal(0, await _harness.RunDutyAsync(CardReminderDuty.DutyId));

        var reminder = Assert.Single(await _harness.InstancesAsync(CardReminderDuty.ProcessId));
        Assert.Equal($"card-issuance-reminder/{tree.Cell}/2026-02", reminder.BusinessKey);
        var members = InstanceStateJson.Deserialize(reminder.State).Variables["members"].EnumerateArray();
        Assert.Equal(["c-new"], members.Select(m => m.GetProperty("memberKey").GetString()));
        Assert.Equal(("sendCardList", tree.Cell), ((await _harness.OpenTaskAsync(reminder.Id)).ElementId, tree.Cell));

        // Still without a card in March: reminded again, once.
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 3, 5, 7, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal(1, await _harness.RunDutyAsync(CardReminderDuty.DutyId));
    }
}

public sealed class PostgresCardReminderTests(PostgresDatabase database) : CardReminderScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteCardReminderTests(SqliteDatabase database) : CardReminderScenarios(database), IClassFixture<SqliteDatabase>;
