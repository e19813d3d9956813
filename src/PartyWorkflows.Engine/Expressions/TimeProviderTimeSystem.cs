using System.Globalization;
using Jint.Runtime;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>Makes <c>Date</c> and <c>Date.now()</c> read the injected clock so evaluations are deterministic in tests.</summary>
internal sealed class TimeProviderTimeSystem(TimeProvider timeProvider) : ITimeSystem
{
    // Parsing and offsets stay Jint's; only "now" and the zone come from the provider.
    private readonly DefaultTimeSystem _calendar = new(timeProvider.LocalTimeZone, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => _calendar.DefaultTimeZone;

    public DateTimeOffset GetUtcNow() => timeProvider.GetUtcNow();

    public bool TryParse(string date, out long epochMilliseconds) => _calendar.TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => _calendar.GetUtcOffset(epochMilliseconds);
}
