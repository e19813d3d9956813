namespace PartyWorkflows.Engine.Calendar;

/// <summary>Vietnam's civil time (UTC+7, no daylight saving), in which working days and deadlines are reckoned.</summary>
public static class VietnamTime
{
    /// <summary>Offset of Vietnam time from UTC.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>Today's date in Vietnam.</summary>
    public static DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOf(timeProvider.GetUtcNow());
    }

    /// <summary>The calendar date in Vietnam at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The same instant expressed in Vietnam time.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);
}
