using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Members;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Membership.Badges;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Rewards;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Infrastructure.Tests.Members;

/// <summary>
/// The shipped member-grading, exemption and badge-award workflows, driven through the command processor, write their
/// decisions onto the member's record in the deciding command's transaction, once; a retried badge or reward is not
/// written twice.
/// </summary>
public abstract class MemberHistoryScenarios(ITestDatabase database) : IDisposable
{
    /// <summary>Tuesday 1 December 2026, 09:00 in Vietnam: Quy định 366 grades by score and tasks.</summary>
    private static readonly DateTimeOffset December2026 = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly WorkflowHarness _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Approved_grades_go_onto_the_records_once_and_an_absentee_graded_later_adds_only_their_own()
    {
        _harness.Time.SetUtcNow(December2026);
        await _harness.DeployAsync("member-grading.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        var keys = Enumerable.Range(1, 4).Select(i => $"grade-{i}-{tree.Cell:N}").ToList();
        var started = await _harness.Processor(p => p.StartAsync("member-grading", tree.Cell, new Dictionary<string, JsonElement>
        {
            ["year"] = WorkflowVariables.ToElement(2026),
            ["members"] = WorkflowVariables.ToElement(keys.Select(k => new CellMember(k, k, AdmittedOn: new DateOnly(2010, 1, 1)))),
        }));
        var id = started.State.Id;
        foreach (var _ in new[] { "selfReview", "cellComments", "discussion" })
        {
            await _harness.CompleteOpenTaskAsync(id);
        }

        // Good by Quy định 366's score (75 points, every task done); the fourth is absent and graded at the next meeting.
        await BallotAsync(id, [.. keys.Take(3).Select(Good), new CellBallotEntry(keys[3], MemberGrade.Good, 0, Absent: true)]);
        Assert.Empty(await GradingsAsync(keys));

        await _harness.CompleteOpenTaskAsync(id, ("approved", true));
        var first = await GradingsAsync(keys);
        Assert.Equal(keys.Take(3), first.Select(g => g.MemberKey));
        Assert.All(first, g => Assert.Equal(("good", 2026, id), (g.Grade, g.Year, g.DecidedByInstanceId)));

        await BallotAsync(id, [Good(keys[3])]);
        var approval = await _harness.OpenTaskAsync(id);
        await _harness.Processor(p => p.ExecuteAsync(id, new CompleteTask(approval.Id, Vars.Of(("approved", true))) { Actor = "test" }));

        // The same completion again, as a client retrying it would send it: refused, nothing written twice.
        await Assert.ThrowsAnyAsync<Exception>(() =>
            _harness.Processor(p => p.ExecuteAsync(id, new CompleteTask(approval.Id, Vars.Of(("approved", true))) { Actor = "test" })));

        var all = await GradingsAsync(keys);
        Assert.Equal(keys, all.Select(g => g.MemberKey));
        Assert.Equal(first.Select(g => g.Id), all.Take(3).Select(g => g.Id));
        Assert.Equal("good", all[3].Grade);
    }

    [Fact]
    public async Task Exemption_approved_then_returned_moves_the_member_status_and_keeps_each_change()
    {
        _harness.Time.SetUtcNow(WorkflowHarness.Monday);
        await _harness.DeployAsync("exemption.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        var key = $"exempt-{tree.Cell:N}";
        await new MemberStoreSeed().Member(key, tree.Cell).SaveAsync(_harness);
        var id = (await _harness.Processor(p => p.StartAsync("exemption", tree.Cell, Vars.Of(("memberKey", key), ("fullName", "Lê Văn Cường"))))).State.Id;

        await _harness.CompleteOpenTaskAsync(id, ("ground", "other"), ("exemptFrom", "2026-03-02"), ("exemptUntil", "2026-08-31"));
        await _harness.CompleteOpenTaskAsync(id, ("agree", 5), ("fullMembers", 9));
        Assert.Equal("active", await StatusAsync(key));
        await _harness.CompleteOpenTaskAsync(id, ("decision", "approve"));

        Assert.Equal("exempted", await StatusAsync(key));
        var exempted = Assert.Single(await ChangesAsync(key));
        Assert.Equal(("active", "exempted", new DateOnly(2026, 3, 2), id), (exempted.FromStatus, exempted.ToStatus, exempted.EffectiveOn, exempted.InstanceId));

        await _harness.CompleteOpenTaskAsync(id); // the member asks to return early
        await _harness.CompleteOpenTaskAsync(id); // the cell agrees

        Assert.Equal("active", await StatusAsync(key));
        Assert.Equal([("active", "exempted"), ("exempted", "active")], (await ChangesAsync(key)).Select(c => (c.FromStatus, c.ToStatus)));
    }

    [Fact]
    public async Task A_status_change_the_instance_already_made_is_not_made_again()
    {
        var tree = await OrganisationTree.SeedAsync(_harness);
        var key = $"retried-{tree.Cell:N}";
        await new MemberStoreSeed().Member(key, tree.Cell).SaveAsync(_harness);
        var change = new MemberStatusChange(key, MemberStatus.Removed, "Đưa ra khỏi Đảng", new DateOnly(2026, 3, 2), Guid.NewGuid());

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await _harness.Db(db =>
            {
                using var _ = ActiveCommand.Enter(db);
                new CommandMemberHistory(_harness.Time).ChangeStatus(change);
                return Task.FromResult(0);
            });
        }

        Assert.Equal(("removed", 1), (await StatusAsync(key), (await ChangesAsync(key)).Count));
    }

    [Fact]
    public async Task An_approved_badge_goes_onto_the_record_once_its_number_is_written()
    {
        _harness.Time.SetUtcNow(WorkflowHarness.Monday);
        await _harness.DeployAsync("badge-award.bpmn");
        var tree = await OrganisationTree.SeedAsync(_harness);
        var key = $"badge-{tree.Cell:N}";
        // An early award (seed 003 §1.9): not held for the 30 working days, so the case runs through today.
        var variables = BadgeAwardVariables.ForStart(
            VietnameseWorkingDayCalendar.WithOfficialSchedules(), key, 30, BadgeCaseKind.Award, new DateOnly(2026, 5, 19), SubmissionExemption.EarlyAward);
        var id = (await _harness.Processor(p => p.StartAsync("badge-award", tree.Cell, variables))).State.Id;
        foreach (var _ in new[] { "cellProposesAward", "grassrootsCompiles", "superiorChecks" })
        {
            await _harness.CompleteOpenTaskAsync(id);
        }

        await _harness.CompleteOpenTaskAsync(id, ("decision", "approve"));
        Assert.Empty(await BadgesAsync(key));
        await _harness.CompleteOpenTaskAsync(id, ("badgeNumber", "HH30-0042"));

        var badge = Assert.Single(await BadgesAsync(key));
        Assert.Equal((30, "HH30-0042", new DateOnly(2026, 3, 2), id), (badge.MilestoneYears, badge.BadgeNumber, badge.AwardedOn, badge.InstanceId));
    }

    [Fact]
    public async Task A_badge_and_a_reward_recorded_again_by_a_retried_command_are_written_once()
    {
        var tree = await OrganisationTree.SeedAsync(_harness);
        var key = $"honoured-{tree.Cell:N}";
        var badge = new MemberBadge(key, 30, "HH30-0042", new DateOnly(2026, 5, 19), Guid.NewGuid());
        var reward = new MemberReward(key, AwardKind.Certificate, AwardingBody.SuperiorCommittee, 2025, Guid.NewGuid());

        for (var attempt = 0; attempt < 2; attempt++)
        {
            await _harness.Db(db =>
            {
                using var _ = ActiveCommand.Enter(db);
                var history = new CommandMemberHistory(_harness.Time);
                history.RecordBadge(badge);
                history.RecordReward(reward);
                return Task.FromResult(0);
            });
        }

        var stored = Assert.Single(await BadgesAsync(key));
        Assert.Equal((30, "HH30-0042", new DateOnly(2026, 5, 19), badge.InstanceId), (stored.MilestoneYears, stored.BadgeNumber, stored.AwardedOn, stored.InstanceId));
        var rewards = await _harness.Db(db => db.MemberRewards.AsNoTracking().Where(r => r.MemberKey == key).ToListAsync());
        var decided = Assert.Single(rewards);
        Assert.Equal(("certificate", "superior-committee", 2025, reward.InstanceId), (decided.AwardKind, decided.DecidingLevel, decided.Year, decided.InstanceId));
    }

    private static CellBallotEntry Good(string key) => new(key, MemberGrade.Good, 3, Score: 75m, TasksAssigned: 10, TasksCompleted: 10);

    [Fact]
    public async Task A_received_dossier_completes_the_transfer_and_the_member_moves_to_the_receiving_cell()
    {
        var from = await OrganisationTree.SeedAsync(_harness);
        var to = await OrganisationTree.SeedAsync(_harness);
        var key = $"moving-{from.Cell:N}";
        await new MemberStoreSeed().Member(key, from.Cell).SaveAsync(_harness);

        await _harness.Db(async db =>
        {
            var register = new TransferSlipRegister(db, _harness.Time);
            await register.RecordAsync(new TransferSlip($"PB-{key}", key, from.Cell, to.Cell, new DateOnly(2026, 3, 2)));
            await register.DossierReceivedAsync(key, $"PB-{key}", new DateOnly(2026, 3, 20));
            return 0;
        });

        Assert.Equal(to.Cell, await _harness.Db(db => db.Members.AsNoTracking().Where(m => m.BusinessKey == key).Select(m => m.OrganisationId).SingleAsync()));
    }

    private Task BallotAsync(Guid id, CellBallotEntry[] entries) => _harness.Processor(async p =>
    {
        var task = await _harness.OpenTaskAsync(id);
        return await p.ExecuteAsync(id, new CompleteTask(task.Id, new Dictionary<string, JsonElement>
        {
            ["ballot"] = WorkflowVariables.ToElement(new CellBallot(4, 4, entries)),
        }) { Actor = "test" });
    });

    private Task<List<MemberGradingRecord>> GradingsAsync(IReadOnlyList<string> keys) =>
        _harness.Db(db => db.MemberGradings.AsNoTracking().Where(g => keys.Contains(g.MemberKey)).OrderBy(g => g.MemberKey).ToListAsync());

    private Task<List<MemberStatusChangeRecord>> ChangesAsync(string key) =>
        _harness.Db(db => db.MemberStatusChanges.AsNoTracking().Where(c => c.MemberKey == key).OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).ToListAsync());

    private Task<List<MemberBadgeRecord>> BadgesAsync(string key) =>
        _harness.Db(db => db.MemberBadges.AsNoTracking().Where(b => b.MemberKey == key).ToListAsync());

    private Task<string> StatusAsync(string key) =>
        _harness.Db(db => db.Members.AsNoTracking().Where(m => m.BusinessKey == key).Select(m => m.Status).SingleAsync());
}

public sealed class PostgresMemberHistoryTests(PostgresDatabase database) : MemberHistoryScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteMemberHistoryTests(SqliteDatabase database) : MemberHistoryScenarios(database), IClassFixture<SqliteDatabase>;
