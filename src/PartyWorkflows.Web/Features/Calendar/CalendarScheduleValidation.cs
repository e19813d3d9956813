using System.Globalization;
using PartyWorkflows.Infrastructure.Calendar;

namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>
/// Checks a submitted schedule before anything is stored: every date a yyyy-MM-dd inside the year, days off on weekdays
/// (weekends are off anyway), worked days on weekends (weekdays are worked anyway), no date listed twice. Errors are
/// keyed by field, e.g. <c>daysOff[2].date</c>.
/// </summary>
public static class CalendarScheduleValidation
{
    private const int MaxNameLength = 200;

    public static (IReadOnlyList<NamedDay> DaysOff, IReadOnlyList<NamedDay> WorkedWeekends, Dictionary<string, string[]> Errors) Check(
        int year, CalendarScheduleRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        var seen = new Dictionary<DateOnly, string>();
        var daysOff = Read(year, "daysOff", request?.DaysOff, weekend: false, seen, errors);
        var workedWeekends = Read(year, "workedWeekends", request?.WorkedWeekends, weekend: true, seen, errors);
        return (daysOff, workedWeekends, errors);
    }

    private static List<NamedDay> Read(
        int year, string list, IReadOnlyList<NamedDayRequest?>? items, bool weekend, Dictionary<DateOnly, string> seen,
        Dictionary<string, string[]> errors)
    {
        var days = new List<NamedDay>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var field = $"{list}[{i}]";
            var item = items![i];
            if (!DateOnly.TryParseExact(item?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors[$"{field}.date"] = [$"Ngày ({field}.date) phải có dạng yyyy-MM-dd."];
                continue;
            }

            if ((DateProblem(year, field, date, weekend, seen) ?? NameProblem(field, item!.Name)) is { } error)
            {
                errors[error.Key] = [error.Message];
                continue;
            }

            seen[date] = field;
            days.Add(new NamedDay(date, string.IsNullOrWhiteSpace(item!.Name) ? null : item.Name.Trim()));
        }

        return days;
    }

    private static (string Key, string Message)? DateProblem(int year, string field, DateOnly date, bool weekend, Dictionary<DateOnly, string> seen)
    {
        var shown = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var key = $"{field}.date";
        var isWeekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        string? message = date.Year != year ? $"Ngày {shown} ({key}) không thuộc năm {year}."
            : !weekend && isWeekend ? $"Ngày {shown} ({key}) là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ."
            : weekend && !isWeekend ? $"Ngày {shown} ({key}) không phải thứ Bảy hoặc Chủ nhật; chỉ ngày cuối tuần mới làm bù."
            : seen.TryGetValue(date, out var first) ? $"Ngày {shown} ({key}) đã có ở {first}."
            : null;
        return message is null ? null : (key, message);
    }

    private static (string Key, string Message)? NameProblem(string field, string? name) =>
        name?.Length > MaxNameLength ? ($"{field}.name", $"Tên ngày ({field}.name) dài quá {MaxNameLength} ký tự.") : null;
}
