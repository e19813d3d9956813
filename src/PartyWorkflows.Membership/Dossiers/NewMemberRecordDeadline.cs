using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Deadlines;

namespace PartyWorkflows.Membership.Dossiers;

/// <summary>
/// The new member's CV and record sheet (phiếu đảng viên). Seed 003_8ecac7def258469f.txt §1.1: "Trong vòng 30 ngày làm
/// việc kể từ ngày chi bộ tuyên bố kết nạp đảng viên, đảng viên phải khai lý lịch đảng viên, phiếu đảng viên. Cấp ủy có
/// thẩm quyền phải cập nhật phiếu đảng viên trên phần mềm cơ sở dữ liệu đảng viên." The count starts on the day the cell
/// declares the admission, not on the day the case is opened.
/// </summary>
public static class NewMemberRecordDeadline
{
    public const int WorkingDays = 30;

    /// <summary>Reminders 10 and 5 working days before the last day: our choice, the seed sets none.</summary>
    public static IReadOnlyList<int> RemindWorkingDaysBefore { get; } = [10, 5];

    public static WorkingDayDeadline For(IWorkingDayCalendar calendar, DateOnly admittedOn) =>
        WorkingDayDeadline.After(calendar, admittedOn, WorkingDays);

    /// <summary>The days a reminder goes out, at the start of each, earliest first.</summary>
    public static IReadOnlyList<DateOnly> ReminderDays(IWorkingDayCalendar calendar, DateOnly admittedOn)
    {
        var lastDay = For(calendar, admittedOn).LastDay;
        return [.. RemindWorkingDaysBefore.Select(before => calendar.AddWorkingDays(lastDay, -before))];
    }
}
