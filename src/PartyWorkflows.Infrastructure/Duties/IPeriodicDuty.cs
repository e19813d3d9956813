namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// A periodic duty of the seeds that opens workflows (the quarterly transfer-slip check, the reconciliations, the
/// yearly campaigns). Run by <see cref="PeriodicDutyJob"/> on its configured schedule. Running it again for the same
/// occurrence opens nothing that is already open.
/// </summary>
public interface IPeriodicDuty
{
    /// <summary>The Hangfire recurring job id and the key of its schedule in <see cref="PeriodicDutyOptions.Schedules"/>.</summary>
    string Id { get; }

    /// <returns>How many instances the run opened.</returns>
    Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken);
}
