using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The decisions of the shipped workflows, run over HTTP on the demo members of Chi bộ Giáo viên, show on the member
/// record: the grade the grassroots committee approved, the exemption with the member's status moved in step, and an
/// approved reward.
/// </summary>
public sealed class MemberHistoryRecordTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task An_approved_grade_and_an_approved_exemption_show_on_the_member_record()
    {
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "committee");
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);

        var grading = await StartAsync(cell, "member-grading", new
        {
            year = 2026,
            members = new[] { new { memberKey = "DV-0001", fullName = "Nguyễn Văn An", full = true, admittedOn = "2010-03-05" } },
        });
        foreach (var step in new[] { "selfReview", "cellComments", "discussion" })
        {
            await app.CompleteAsync(cell, grading, step, new { });
        }

        await app.CompleteAsync(cell, grading, "ballot", new
        {
            ballot = new
            {
                fullMembers = 1,
                present = 1,
                entries = new[] { new { memberKey = "DV-0001", proposedLevel = "good", votes = 1, score = 80, tasksAssigned = 8, tasksCompleted = 8 } },
            },
        });
        Assert.Empty((await RecordAsync(cell)).GetProperty("gradings").EnumerateArray());
        await app.CompleteAsync(committee, grading, "grassrootsApproval", new { approved = true });

        var exemption = await StartAsync(cell, "exemption", new { memberKey = "DV-0001", fullName = "Nguyễn Văn An" });
        await app.CompleteAsync(cell, exemption, "application", new { ground = "other", exemptFrom = "2026-03-02", exemptUntil = "2099-08-31" });
        await app.CompleteAsync(cell, exemption, "cellResolution", new { agree = 5, fullMembers = 9 });
        await app.CompleteAsync(committee, exemption, "grassrootsDecision", new { decision = "approve" });

        var record = await RecordAsync(cell);
        var grade = Assert.Single(record.GetProperty("gradings").EnumerateArray());
        Assert.Equal((2026, "good", grading), (grade.GetProperty("year").GetInt32(), grade.GetProperty("grade").GetString(), grade.GetProperty("decidedByInstanceId").GetGuid()));
        Assert.Equal("exempted", record.GetProperty("member").GetProperty("status").GetString());
        var change = Assert.Single(record.GetProperty("statusChanges").EnumerateArray());
        Assert.Equal(("active", "exempted", exemption),
            (change.GetProperty("from").GetString(), change.GetProperty("to").GetString(), change.GetProperty("instanceId").GetGuid()));
        // The grading case, under its cell's key, is now among the member's cases through the grade it decided.
        Assert.Contains(record.GetProperty("cases").EnumerateArray(), c => c.GetProperty("instanceId").GetGuid() == grading);
    }

    [Fact]
    public async Task An_approved_reward_shows_on_the_member_record()
    {
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);

        // An ad hoc certificate of the grassroots committee: no quota, the committee reviews and decides (seed 000 §VII).
        var nomination = await StartAsync(cell, "reward-nomination", new
        {
            nomineeKey = "DV-0001",
            recipient = "member",
            awardKind = "certificate",
            decidingBody = "grassrootsCommittee",
            periodic = false,
            year = 2026,
            deadline = "2099-12-31",
        });
        await app.CompleteAsync(cell, nomination, "memberProposal", new { record = new { registeredAtStartOfYear = false } });
        await app.CompleteAsync(committee, nomination, "grassrootsReview", new { });
        Assert.Empty((await RecordAsync(cell)).GetProperty("rewards").EnumerateArray());
        await app.CompleteAsync(committee, nomination, "grassrootsDecision", new { decision = "approved", reason = "Nghị quyết của đảng ủy." });

        var record = await RecordAsync(cell);
        var reward = Assert.Single(record.GetProperty("rewards").EnumerateArray());
        Assert.Equal(("certificate", "grassroots-committee", 2026, nomination),
            (reward.GetProperty("awardKind").GetString(), reward.GetProperty("decidingLevel").GetString(), reward.GetProperty("year").GetInt32(),
                reward.GetProperty("instanceId").GetGuid()));
        Assert.Empty(record.GetProperty("badges").EnumerateArray());
        Assert.Contains(record.GetProperty("cases").EnumerateArray(), c => c.GetProperty("instanceId").GetGuid() == nomination);
    }

    private async Task<JsonElement> RecordAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/members/DV-0001?purpose=Đánh giá, xếp loại đảng viên");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<Guid> StartAsync(HttpClient client, string processId, object variables)
    {
        var started = await client.PostAsJsonAsync("/api/instances", new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell, variables });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.JsonAsync()).GetProperty("instanceId").GetGuid();
    }
}
