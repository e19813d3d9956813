using System.Numerics;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// One year's non-working days as an immutable bitset (bit i = i-th day of the year), so
/// lookups are a shift and counts are popcounts; safe to share between threads.
/// </summary>
internal sealed class WorkingDayYear
{
    private readonly ulong[] nonWorking;
    private readonly int firstDayNumber;

    private WorkingDayYear(int year, ulong[] nonWorking)
    {
        FirstDay = new DateOnly(year, 1, 1);
        LastDay = new DateOnly(year, 12, 31);
        firstDayNumber = FirstDay.DayNumber;
        this.nonWorking = nonWorking;
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    /// <summary>Builds a year in which weekends and <paramref name="daysOff"/> are off, except <paramref name="extraWorkingDays"/>.</summary>
    public static WorkingDayYear Create(int year, IEnumerable<DateOnly> daysOff, IEnumerable<DateOnly> extraWorkingDays)
    {
        var first = new DateOnly(year, 1, 1);
        var length = new DateOnly(year, 12, 31).DayNumber - first.DayNumber + 1;
        var bits = new ulong[(length + 63) / 64];
        for (var i = 0; i < length; i++)
        {
            if (first.AddDays(i).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                bits[i >> 6] |= 1UL << i;
            }
        }

        foreach (var day in daysOff.Where(d => d.Year == year))
        {
            var i = day.DayNumber - first.DayNumber;
            bits[i >> 6] |= 1UL << i;
        }

        foreach (var day in extraWorkingDays.Where(d => d.Year == year))
        {
            var i = day.DayNumber - first.DayNumber;
            bits[i >> 6] &= ~(1UL << i);
        }

        return new WorkingDayYear(year, bits);
    }

    public bool IsWorkingDay(DateOnly day)
    {
        var i = day.DayNumber - firstDayNumber;
        return (nonWorking[i >> 6] & (1UL << i)) == 0;
    }

    /// <summary>Working days in [<paramref name="from"/>, <paramref name="to"/>], both within this year; 0 when empty.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var a = from.DayNumber - firstDayNumber;
        var b = to.DayNumber - firstDayNumber;
        return b - a + 1 - CountNonWorking(a, b);
    }

    private int CountNonWorking(int a, int b)
    {
        int wordA = a >> 6, wordB = b >> 6;
        var lowMask = ulong.MaxValue << (a & 63);
        var highMask = ulong.MaxValue >> (63 - (b & 63));
        if (wordA == wordB)
        {
            return BitOperations.PopCount(nonWorking[wordA] & lowMask & highMask);
        }

        var count = BitOperations.PopCount(nonWorking[wordA] & lowMask) + BitOperations.PopCount(nonWorking[wordB] & highMask);
        for (var w = wordA + 1; w < wordB; w++)
        {
            count += BitOperations.PopCount(nonWorking[w]);
        }

        return count;
    }
}
