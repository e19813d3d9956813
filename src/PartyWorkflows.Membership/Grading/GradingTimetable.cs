namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// The year-end grading timetable (seed 001_29955938909379e1.txt §V "THỜI GIAN THỰC HIỆN"): grading in December,
/// reported to the superior committee before 31 December; the grassroots organisations' year-end conferences before
/// 15 January; the superior committee's appraisal before 20 January. The seed's dates are "trước ngày", so each is the
/// last day allowed, the day before the named one.
/// </summary>
public sealed record GradingTimetable(DateOnly ReportedBy, DateOnly ConferencesBy, DateOnly AppraisedBy)
{
    public static GradingTimetable For(int year) => new(
        new DateOnly(year, 12, 30),
        new DateOnly(year + 1, 1, 14),
        new DateOnly(year + 1, 1, 19));
}
