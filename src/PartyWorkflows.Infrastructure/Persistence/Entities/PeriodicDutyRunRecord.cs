namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// When a periodic duty last ran to the end — or, before its first run, when the service first scheduled it — so an
/// occurrence missed while the service was down is made up once at start-up.
/// </summary>
public sealed class PeriodicDutyRunRecord
{
    public required string DutyId { get; set; }
    public DateTimeOffset LastRunAt { get; set; }
}
