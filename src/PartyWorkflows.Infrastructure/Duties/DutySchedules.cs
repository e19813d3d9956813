using PartyWorkflows.Infrastructure.Scheduling;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The configured schedules, parsed once, in the zone of <see cref="SchedulingOptions.TimeZone"/>. An empty cron switches
/// a duty off (configuration can override a default schedule, not remove it).
/// </summary>
public sealed class DutySchedules(PeriodicDutyOptions options, SchedulingOptions scheduling)
{
    private readonly Dictionary<string, DutySchedule> _schedules = options.Schedules
        .Where(s => !string.IsNullOrWhiteSpace(s.Value))
        .ToDictionary(
        s => s.Key,
        s => new DutySchedule(s.Value, TimeZoneInfo.FindSystemTimeZoneById(scheduling.TimeZone)),
        StringComparer.Ordinal);

    public IReadOnlyDictionary<string, DutySchedule> All => _schedules;

    public DutySchedule? For(string dutyId) => _schedules.GetValueOrDefault(dutyId);
}
