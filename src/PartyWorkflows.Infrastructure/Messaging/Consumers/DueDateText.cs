using System.Globalization;

namespace PartyWorkflows.Infrastructure.Messaging.Consumers;

/// <summary>The last day of a due time as the committees read it.</summary>
internal static class DueDateText
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>
    /// A working-day due time ends with its last day, at 00:00 Vietnam time of the next (README, "Working days"):
    /// one tick earlier is the day to show, "hạn cuối 13/03/2026".
    /// </summary>
    public static string LastDay(DateTimeOffset dueAt) =>
        (dueAt.ToOffset(VietnamOffset) - TimeSpan.FromTicks(1)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
