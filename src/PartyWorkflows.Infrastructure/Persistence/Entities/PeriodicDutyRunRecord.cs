namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>The last time a periodic duty ran to the end, so a run missed while the service was down is made up at start-up.</summary>
public sealed class PeriodicDutyRunRecord
{
    public required string DutyId { get; set; }
    public DateTimeOffset LastSucceededAt { get; set; }
}
