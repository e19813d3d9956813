namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// Vietnamese lunisolar calendar, computed with Hồ Ngọc Đức's astronomical algorithm
/// (new moons and solar terms after Jean Meeus) for the UTC+7 meridian. Vietnam and China
/// use the same rules but different meridians, so their calendars occasionally differ.
/// </summary>
public static class LunarCalendar
{
    /// <summary>First Gregorian year supported; the truncated series lose accuracy outside 1900–2199.</summary>
    public const int MinYear = 1900;

    /// <summary>Last Gregorian year supported.</summary>
    public const int MaxYear = 2199;

    private const double TimeZone = 7.0;

    // Julian day number of DateOnly.MinValue (0001-01-01, proleptic Gregorian).
    private const int JulianDayOffset = 1721426;

    // Julian date of the new moon of 1900-01-01, the origin of the lunation index k.
    private const double NewMoonEpoch = 2415021.076998695;

    private const double SynodicMonth = 29.530588853;

    /// <summary>Converts a lunar date to the Gregorian calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist (e.g. day 30 of a 29-day month) or is outside the supported years.</exception>
    /// <exception cref="ArgumentException"><paramref name="leapMonth"/> is set but <paramref name="lunarMonth"/> is not that year's leap month.</exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarYear, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, 30);

        int a11, b11;
        if (lunarMonth < 11)
        {
            a11 = LunarMonth11(lunarYear - 1);
            b11 = LunarMonth11(lunarYear);
        }
        else
        {
            a11 = LunarMonth11(lunarYear);
            b11 = LunarMonth11(lunarYear + 1);
        }

        var k = (int)Math.Floor(0.5 + (a11 - NewMoonEpoch) / SynodicMonth);
        var offset = lunarMonth - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber < 0)
            {
                leapMonthNumber += 12;
            }

            if (leapMonth && lunarMonth != leapMonthNumber)
            {
                throw new ArgumentException(
                    $"Lunar year {lunarYear} has leap month {leapMonthNumber}, not {lunarMonth}.", nameof(leapMonth));
            }

            if (leapMonth || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (leapMonth)
        {
            throw new ArgumentException($"Lunar year {lunarYear} has no leap month.", nameof(leapMonth));
        }

        var monthStart = NewMoonDay(k + offset);
        var solar = DateOnly.FromDayNumber(monthStart + lunarDay - 1 - JulianDayOffset);

        // Day 30 of a 29-day month spills into the next month; the round trip exposes it.
        if (FromSolar(solar) != new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth))
        {
            throw new ArgumentOutOfRangeException(
                nameof(lunarDay), lunarDay, $"Lunar month {lunarMonth}/{lunarYear} has only 29 days.");
        }

        return solar;
    }

    /// <summary>Converts a Gregorian date to the Vietnamese lunar calendar.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported years.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(date.Year, MinYear, nameof(date));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date.Year, MaxYear, nameof(date));

        var dayNumber = date.DayNumber + JulianDayOffset;
        var k = (int)Math.Floor((dayNumber - NewMoonEpoch) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k);
        }

        var a11 = LunarMonth11(date.Year);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = LunarMonth11(date.Year - 1);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = LunarMonth11(date.Year + 1);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = (monthStart - a11) / 29;
        var isLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            if (diff >= leapOffset)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapOffset;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear--;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    /// <summary>Julian day number of the start of the 11th lunar month (the one containing the winter solstice) before the end of <paramref name="year"/>.</summary>
    private static int LunarMonth11(int year)
    {
        var offset = new DateOnly(year, 12, 31).DayNumber + JulianDayOffset - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k);

        // Past the solstice the month found is already the 12th, so step back one lunation.
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    /// <summary>Index, counted from month 11, of the first month with no major solar term: the leap month.</summary>
    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - NewMoonEpoch) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);

        return i - 1;
    }

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZone / 24);

    /// <summary>Which 30° sector (0–11) the sun's longitude is in at local midnight starting <paramref name="dayNumber"/>.</summary>
    private static int SunLongitudeSector(int dayNumber) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - TimeZone / 24) / Math.PI * 6);

    /// <summary>Julian date (UTC) of the k-th new moon after 1900-01-01.</summary>
    private static double NewMoon(int k)
    {
        const double dr = Math.PI / 180;
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m)
            - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr)
            - 0.0004 * Math.Sin(dr * 3 * mpr)
            + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr))
            - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m))
            - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr))
            + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>Apparent longitude of the sun, in radians within [0, 2π), at Julian date <paramref name="julianDate"/>.</summary>
    private static double SunLongitude(double julianDate)
    {
        const double dr = Math.PI / 180;
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }
}
