using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>Whole instances through HTTP with the bearer tokens of the demo users, on real PostgreSQL.</summary>
public sealed class WorkflowThroughHttpTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task Cell_secretary_then_grassroots_committee_complete_the_instance()
    {
        var processId = await DeployApprovalAsync();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);

        var (instanceId, reviewTaskId) = await StartAsync(secretary, processId, "HS-2026-001");

        var secretaryInbox = await (await secretary.GetAsync($"/api/inbox?processId={processId}")).JsonAsync();
        var entry = Assert.Single(secretaryInbox.GetProperty("items").EnumerateArray());
        Assert.Equal(reviewTaskId, entry.GetProperty("taskId").GetGuid());
        Assert.Equal("Chi bộ Giáo viên", entry.GetProperty("organisationName").GetString());
        Assert.Equal("Quy trình thử", entry.GetProperty("processName").GetString());

        var task = await (await secretary.GetAsync($"/api/tasks/{reviewTaskId}")).JsonAsync();
        Assert.Equal("cell-review", task.GetProperty("formKey").GetString());
        Assert.Equal("Đảng viên A", task.GetProperty("variables").GetProperty("memberName").GetString());

        var reviewed = await secretary.PostAsJsonAsync($"/api/tasks/{reviewTaskId}/complete", new { variables = new { agreed = true } });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var afterReview = await reviewed.JsonAsync();
        Assert.Equal("running", afterReview.GetProperty("instanceStatus").GetString());
        var next = Assert.Single(afterReview.GetProperty("nextTasks").EnumerateArray());
        Assert.Equal("Đảng bộ Trường THPT Phúc Lợi", next.GetProperty("organisationName").GetString());
        Assert.Equal("committee", next.GetProperty("body").GetString());

        var committeeInbox = await (await committee.GetAsync($"/api/inbox?processId={processId}")).JsonAsync();
        var approval = Assert.Single(committeeInbox.GetProperty("items").EnumerateArray());
        var approvalTaskId = approval.GetProperty("taskId").GetGuid();
        Assert.Equal(next.GetProperty("taskId").GetGuid(), approvalTaskId);

        var approved = await committee.PostAsJsonAsync($"/api/tasks/{approvalTaskId}/complete", new { variables = new { approved = true } });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var done = await approved.JsonAsync();
        Assert.Equal("completed", done.GetProperty("instanceStatus").GetString());
        Assert.Empty(done.GetProperty("nextTasks").EnumerateArray());

        var detail = await (await committee.GetAsync($"/api/instances/{instanceId}?purpose=kiem-tra")).JsonAsync();
        Assert.Equal("completed", detail.GetProperty("status").GetString());
        Assert.Equal(2, detail.GetProperty("tasks").GetArrayLength());
    }

    [Fact]
    public async Task A_member_of_another_organisation_neither_sees_nor_acts_on_the_task()
    {
        var processId = await DeployApprovalAsync();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        var (instanceId, taskId) = await StartAsync(secretary, processId, "HS-2026-002");

        var inbox = await (await outsider.GetAsync($"/api/inbox?processId={processId}")).JsonAsync();
        Assert.Equal(0, inbox.GetProperty("total").GetInt32());
        Assert.Empty(inbox.GetProperty("items").EnumerateArray());

        var read = await outsider.GetAsync($"/api/tasks/{taskId}");
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        var problem = await read.JsonAsync();
        Assert.Equal("Không có quyền thực hiện", problem.GetProperty("title").GetString());
        Assert.Contains("Chi bộ xem xét", problem.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/instances/{instanceId}")).StatusCode);
        Assert.Equal("open", await app.Db(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task Two_parallel_completions_of_one_task_give_one_success_and_one_conflict()
    {
        var processId = await DeployApprovalAsync();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (_, taskId) = await StartAsync(secretary, processId, "HS-2026-003");

        var responses = await Task.WhenAll(
            secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { agreed = true } }),
            secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { agreed = false } }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).JsonAsync();
        Assert.Equal("Xung đột dữ liệu", conflict.GetProperty("title").GetString());
        Assert.Equal(1, await app.Db(db => db.Tasks.CountAsync(t => t.Id == taskId && t.Status == "completed")));
    }

    [Fact]
    public async Task A_claimed_task_is_completed_only_by_its_claimer()
    {
        var processId = await DeployApprovalAsync();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (_, reviewTaskId) = await StartAsync(secretary, processId, "HS-2026-004");
        var next = (await (await secretary.PostAsJsonAsync($"/api/tasks/{reviewTaskId}/complete", new { })).JsonAsync())
            .GetProperty("nextTasks")[0].GetProperty("taskId").GetGuid();

        var member = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/tasks/{next}/claim", null)).StatusCode);
        var inbox = await (await member.GetAsync($"/api/inbox?processId={processId}")).JsonAsync();
        Assert.Equal(DemoAccounts.GrassrootsCommitteeMember.DisplayName, inbox.GetProperty("items")[0].GetProperty("claimedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/api/tasks/{next}/unclaim", null)).StatusCode);
    }

    [Fact]
    public async Task Every_read_of_an_instance_dossier_is_recorded_with_its_purpose()
    {
        var processId = await DeployApprovalAsync();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, _) = await StartAsync(secretary, processId, "HS-2026-005");

        var response = await secretary.GetAsync($"/api/instances/{instanceId}?purpose=Thẩm tra hồ sơ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.JsonAsync();
        Assert.Equal("HS-2026-005", detail.GetProperty("businessKey").GetString());
        Assert.Equal("Chi bộ Giáo viên", detail.GetProperty("subjectOrganisationName").GetString());
        Assert.NotEmpty(detail.GetProperty("timeline").EnumerateArray());
        Assert.Single(detail.GetProperty("tasks").EnumerateArray());

        var reads = await app.Db(db => db.DossierReads.Where(r => r.InstanceId == instanceId).ToListAsync());
        var read = Assert.Single(reads);
        Assert.Equal("Thẩm tra hồ sơ", read.Purpose);
        Assert.Equal("HS-2026-005", read.BusinessKey);
        var secretaryId = await app.Db(db => db.Users.Where(u => u.Email == DemoAccounts.CellSecretary.Email).Select(u => u.Id).SingleAsync());
        Assert.Equal(secretaryId, read.UserId);
    }

    [Fact]
    public async Task Only_members_seated_on_or_above_the_subject_open_a_case_about_it()
    {
        var processId = await DeployApprovalAsync();
        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        var response = await outsider.PostAsJsonAsync("/api/instances", new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var province = await app.SignInAsync(DemoAccounts.ProvinceStandingCommittee);
        var allowed = await province.PostAsJsonAsync("/api/instances", new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell });
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);

        var missing = await province.PostAsJsonAsync("/api/instances", new { subjectOrganisationId = DemoOrganisations.TeachersCell });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("processId", out _));
    }

    private async Task<string> DeployApprovalAsync()
    {
        var processId = TestBpmn.UniqueId("approval");
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var response = await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return processId;
    }

    private static async Task<(Guid InstanceId, Guid TaskId)> StartAsync(HttpClient client, string processId, string businessKey)
    {
        var response = await client.PostAsJsonAsync("/api/instances", new
        {
            processId,
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey,
            variables = new { memberName = "Đảng viên A" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.JsonAsync();
        var task = Assert.Single(started.GetProperty("openTasks").EnumerateArray());
        Assert.Equal("Chi bộ xem xét", task.GetProperty("name").GetString());
        return (started.GetProperty("instanceId").GetGuid(), task.GetProperty("taskId").GetGuid());
    }
}
