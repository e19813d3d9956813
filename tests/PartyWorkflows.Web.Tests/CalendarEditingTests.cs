using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>Publishing a year's official schedule: it moves new deadlines, is refused field by field, and is for administrators.</summary>
public sealed class CalendarEditingTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task A_published_day_off_moves_a_new_tasks_due_date_and_leaves_open_ones_alone()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("approval");
        await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId));
        var before = await StartAndReadDueAsync(admin, processId);

        // The next weekday worked: inside the 5 working days the review is due in.
        var calendar = app.Services.GetRequiredService<IWorkingDayCalendar>();
        var day = VietnamTime.Today(TimeProvider.System);
        do
        {
            day = calendar.AddWorkingDays(day, 1);
        }
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

        var year = await (await admin.GetAsync($"/api/calendar/{day.Year}")).JsonAsync();
        var daysOff = Dates(year, "daysOff").Select(d => new { date = d, name = "Nghỉ lễ" }).Append(new { date = $"{day:yyyy-MM-dd}", name = "Nghỉ bù thử" });
        var worked = Dates(year, "workedWeekends").Select(d => new { date = d, name = "Làm bù" });
        var put = await admin.PutAsJsonAsync($"/api/admin/calendar/{day.Year}", new { daysOff, workedWeekends = worked });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        // The review's last day moves one working day on; it ends at 00:00 Vietnam time of the next day.
        var after = await StartAndReadDueAsync(admin, processId);
        Assert.False(calendar.IsWorkingDay(day));
        Assert.Equal(calendar.AddWorkingDays(LastDay(before), 1), LastDay(after));

        var edited = await (await admin.GetAsync($"/api/calendar/{day.Year}")).JsonAsync();
        Assert.Equal("edited", edited.GetProperty("origin").GetString());
        Assert.Equal("Nghỉ bù thử", edited.GetProperty("dayNames").GetProperty($"{day:yyyy-MM-dd}").GetString());
        Assert.Contains(await app.Db(db => db.AuditLog.Select(a => a.Action).ToListAsync()), a => a == "calendar-year-published");

        // The first case's due date was computed before the change and stays.
        Assert.Equal(before, await app.Db(db => db.Tasks.Where(t => t.ProcessId == processId).Select(t => t.DueAt!.Value).MinAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/calendar/{day.Year}")).StatusCode);
        Assert.True(calendar.IsWorkingDay(day));
        var reset = await (await admin.GetAsync($"/api/calendar/{day.Year}")).JsonAsync();
        Assert.NotEqual("edited", reset.GetProperty("origin").GetString());
    }

    [Theory]
    [InlineData("daysOff[0].date", "2025-12-31", "")]
    [InlineData("daysOff[0].date", "2026-01-10", "")]
    [InlineData("daysOff[0].date", "5/1/2026", "")]
    [InlineData("workedWeekends[0].date", "2026-01-06", "2026-01-05")]
    [InlineData("daysOff[1].date", "2026-01-05,2026-01-05", "")]
    [InlineData("workedWeekends[0].date", "2026-01-05", "2026-01-05")]
    public async Task An_invalid_schedule_is_refused_naming_the_field(string field, string daysOff, string workedWeekends)
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var response = await admin.PutAsJsonAsync("/api/admin/calendar/2026",
            new { daysOff = Named(daysOff), workedWeekends = Named(workedWeekends) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Equal("shipped", (await (await admin.GetAsync("/api/calendar/2026")).JsonAsync()).GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Only_administrators_edit_the_calendar()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var response = await secretary.PutAsJsonAsync("/api/admin/calendar/2026", new { daysOff = Array.Empty<object>(), workedWeekends = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.DeleteAsync("/api/admin/calendar/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync("/api/calendar/2026")).StatusCode);
    }

    private async Task<DateTimeOffset> StartAndReadDueAsync(HttpClient admin, string processId)
    {
        var started = await (await admin.PostAsJsonAsync("/api/instances",
            new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell })).JsonAsync();
        var instanceId = started.GetProperty("instanceId").GetGuid();
        return await app.Db(db => db.Tasks.Where(t => t.InstanceId == instanceId).Select(t => t.DueAt!.Value).SingleAsync());
    }

    private static DateOnly LastDay(DateTimeOffset dueAt) => DateOnly.FromDateTime(VietnamTime.ToLocal(dueAt).DateTime).AddDays(-1);

    private static object[] Named(string dates) =>
        dates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => new { date = d, name = "Thử" }).ToArray<object>();

    private static IEnumerable<string> Dates(JsonElement year, string property) =>
        year.GetProperty(property).EnumerateArray().Select(d => d.GetString()!).ToList();
}
