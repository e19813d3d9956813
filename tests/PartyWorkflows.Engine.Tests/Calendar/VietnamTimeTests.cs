using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class VietnamTimeTests
{
    [Fact]
    public void Today_rolls_over_at_midnight_Vietnam_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 16, 16, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 2, 16), VietnamTime.Today(clock));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2026, 2, 17), VietnamTime.Today(clock));
    }

    [Fact]
    public void ToLocal_keeps_the_instant()
    {
        var utc = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero);

        var local = VietnamTime.ToLocal(utc);

        Assert.Equal(TimeSpan.FromHours(7), local.Offset);
        Assert.Equal(8, local.Hour);
        Assert.Equal(utc, local);
    }
}
