namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>Where a year's working days come from, as the API names it.</summary>
public static class CalendarOrigins
{
    public const string Computed = "computed";
    public const string Shipped = "shipped";
    public const string Edited = "edited";
}
