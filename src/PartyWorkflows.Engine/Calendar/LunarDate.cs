namespace PartyWorkflows.Engine.Calendar;

/// <summary>A date in the Vietnamese lunisolar calendar.</summary>
/// <param name="Year">Lunar year, numbered like the Gregorian year in which its Tết falls.</param>
/// <param name="Month">Lunar month, 1–12.</param>
/// <param name="Day">Day of the lunar month, 1–30.</param>
/// <param name="IsLeapMonth">True for a day in the intercalary (leap) month that repeats <paramref name="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
