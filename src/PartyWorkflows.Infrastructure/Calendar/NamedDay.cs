namespace PartyWorkflows.Infrastructure.Calendar;

/// <summary>A day of an official schedule with what it is for ("Tết Nguyên đán", "làm bù cho 2/1").</summary>
public sealed record NamedDay(DateOnly Date, string? Name);
