using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Runtime;

/// <summary>
/// How a failing service task is retried (camunda:failedJobRetryTimeCycle): either a fixed cycle such as <c>R3/PT1M</c>
/// or, as Camunda also accepts, a list of waits that backs off, such as <c>PT1M,PT5M,PT30M</c>.
/// </summary>
public sealed class RetryPolicy
{
    private readonly IReadOnlyList<IsoDuration> _waits;

    private RetryPolicy(IReadOnlyList<IsoDuration> waits) => _waits = waits;

    /// <summary>Retries after the first failure; when they are used up the failure becomes an incident.</summary>
    public int Retries => _waits.Count;

    public static bool TryParse(string text, out RetryPolicy policy)
    {
        policy = new RetryPolicy([]);
        var value = text.Trim();
        if (value.StartsWith('R'))
        {
            // An unbounded cycle would retry forever and never raise the incident an administrator must see.
            if (!IsoRepeatingInterval.TryParse(value, out var cycle) || cycle.Repetitions is not { } repetitions || cycle.Start is not null)
            {
                return false;
            }

            policy = new RetryPolicy(Enumerable.Repeat(cycle.Duration, repetitions).ToList());
            return true;
        }

        var waits = new List<IsoDuration>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!IsoDuration.TryParse(part, out var wait))
            {
                return false;
            }

            waits.Add(wait);
        }

        policy = new RetryPolicy(waits);
        return waits.Count > 0;
    }

    /// <summary>When retry number <paramref name="retry"/> (1 = the first) runs after a failure at <paramref name="failedAt"/>.</summary>
    public DateTimeOffset RetryAt(int retry, DateTimeOffset failedAt) => _waits[retry - 1].AddTo(failedAt, null);
}
