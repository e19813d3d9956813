using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class IsoRepeatingIntervalTests
{
    [Fact]
    public void Parses_bounded_cycle()
    {
        var cycle = IsoRepeatingInterval.Parse("R3/P5D");

        Assert.Equal(3, cycle.Repetitions);
        Assert.Null(cycle.Start);
        Assert.Equal(new IsoDuration(days: 5), cycle.Duration);
    }

    [Fact]
    public void Parses_unbounded_cycle()
    {
        var cycle = IsoRepeatingInterval.Parse("R/PT1H");

        Assert.Null(cycle.Repetitions);
        Assert.Equal(new IsoDuration(hours: 1), cycle.Duration);
    }

    [Fact]
    public void Parses_cycle_with_start()
    {
        var cycle = IsoRepeatingInterval.Parse("R2/2026-01-01T08:00:00+07:00/P1D");

        Assert.Equal(2, cycle.Repetitions);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)), cycle.Start);
        Assert.Equal(TimeSpan.FromHours(7), cycle.Start!.Value.Offset);
    }

    [Fact]
    public void Start_without_offset_is_Vietnam_time() =>
        Assert.Equal(
            new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero),
            IsoRepeatingInterval.Parse("R/2026-01-01T08:00/P1D").Start);

    [Theory]
    [InlineData("R3/P5D")]
    [InlineData("R/PT1H")]
    [InlineData("R2/2026-01-01T08:00:00+07:00/P1D")]
    [InlineData("R/2026-01-01T08:00:00.5+00:00/PT30M")]
    public void Round_trips(string value) =>
        Assert.Equal(value, IsoRepeatingInterval.Parse(value).ToString());

    [Theory]
    [InlineData("", "empty")]
    [InlineData("P5D", "expected R[n]/")]
    [InlineData("R3", "expected R[n]/")]
    [InlineData("R3/P5D/x/y", "expected R[n]/")]
    [InlineData("R0/P5D", "repetition count")]
    [InlineData("R-1/P5D", "repetition count")]
    [InlineData("Rx/P5D", "repetition count")]
    [InlineData("R/P", "at least one component")]
    [InlineData("R/PT0S", "longer than zero")]
    [InlineData("R/yesterday/P1D", "start 'yesterday'")]
    [InlineData("R/2026-01-01T08:00:00Z/2026-01-02T08:00:00Z", "ending at a date")]
    public void Rejects_with_a_reason(string value, string reason)
    {
        Assert.False(IsoRepeatingInterval.TryParse(value, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
