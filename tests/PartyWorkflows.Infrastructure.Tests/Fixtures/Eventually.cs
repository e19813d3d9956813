namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>Polls a condition of background work (Hangfire, the relay, the bus) until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {seconds} s: {what}.");
            }

            await Task.Delay(100);
        }
    }
}
