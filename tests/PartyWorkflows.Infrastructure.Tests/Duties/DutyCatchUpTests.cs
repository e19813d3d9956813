using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// Start-up registration of the periodic duties: one recurring job per duty on its cron in Vietnam's zone, and a run made
/// up once for an occurrence missed while the service was down — not for one already served, nor on the first start.
/// </summary>
public sealed class DutyCatchUpTests : IClassFixture<SqliteDatabase>, IDisposable
{
    private readonly WorkflowHarness _harness;
    private readonly IRecurringJobManager _recurring = Substitute.For<IRecurringJobManager>();
    private readonly IBackgroundJobClient _jobs = Substitute.For<IBackgroundJobClient>();

    public DutyCatchUpTests(SqliteDatabase database) => _harness = DutyHarness.Create(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_quarter_missed_while_down_runs_once_at_start_up_and_a_served_one_does_not()
    {
        // First start (Monday 2 March 2026): every duty is scheduled and counted from now; nothing is made up.
        await StartAsync();
        foreach (var dutyId in new PeriodicDutyOptions().Schedules.Keys)
        {
            _recurring.Received(1).AddOrUpdate(dutyId, Arg.Any<Job>(), Arg.Any<string>(),
                Arg.Is<RecurringJobOptions>(o => o.TimeZone.BaseUtcOffset == TimeSpan.FromHours(7)));
        }

        _jobs.DidNotReceiveWithAnyArgs().Create(default!, default!);

        // Down from before 5 March until 2 April: the March card reminders (5 March) and the second quarter's slip check
        // (1 April) run once each, although the reminders missed two occurrences; nothing else was due.
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 4, 2, 8, 0, 0, TimeSpan.FromHours(7)));
        await StartAsync();
        var enqueued = _jobs.ReceivedCalls().Select(c => (string)((Job)c.GetArguments()[0]!).Args[0]).Order(StringComparer.Ordinal);
        Assert.Equal([CardReminderDuty.DutyId, TransferSlipCheckDuty.DutyId], enqueued);

        // Once those runs are done, a restart makes nothing up.
        await _harness.RunDutyAsync(CardReminderDuty.DutyId);
        await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId);
        _jobs.ClearReceivedCalls();
        await StartAsync();
        _jobs.DidNotReceiveWithAnyArgs().Create(default!, default!);
    }

    [Fact]
    public async Task A_duty_switched_off_in_the_configuration_loses_its_recurring_job()
    {
        var options = new PeriodicDutyOptions();
        options.Schedules[CardReminderDuty.DutyId] = "";
        using var scope = _harness.NewScope();
        var services = scope.ServiceProvider;
        var registrar = new PeriodicDutyRegistrar(_recurring, _jobs, new DutySchedules(options, new SchedulingOptions()),
            services.GetRequiredService<IServiceScopeFactory>(), _harness.Time, NullLogger<PeriodicDutyRegistrar>.Instance);

        await registrar.StartAsync(CancellationToken.None);

        _recurring.Received(1).RemoveIfExists(CardReminderDuty.DutyId);
        _recurring.DidNotReceive().AddOrUpdate(CardReminderDuty.DutyId, Arg.Any<Job>(), Arg.Any<string>(), Arg.Any<RecurringJobOptions>());
        _recurring.Received(1).AddOrUpdate(TransferSlipCheckDuty.DutyId, Arg.Any<Job>(), Arg.Any<string>(), Arg.Any<RecurringJobOptions>());
    }

    [Fact]
    public void The_last_occurrence_is_read_in_Vietnam_time()
    {
        var schedule = new DutySchedule("0 6 1 12 *", TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));

        // 1 December 06:00 in Vietnam is 30 November 23:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), schedule.LastOccurrence(new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(schedule.Missed(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.False(schedule.Missed(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 11, 30, 0, 0, 0, TimeSpan.Zero)));
    }

    private async Task StartAsync()
    {
        using var scope = _harness.NewScope();
        var services = scope.ServiceProvider;
        var registrar = new PeriodicDutyRegistrar(_recurring, _jobs, services.GetRequiredService<DutySchedules>(),
            services.GetRequiredService<IServiceScopeFactory>(), _harness.Time, NullLogger<PeriodicDutyRegistrar>.Instance);
        await registrar.StartAsync(CancellationToken.None);
    }
}
