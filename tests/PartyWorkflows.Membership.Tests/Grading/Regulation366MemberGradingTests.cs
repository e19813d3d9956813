using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>Quy định 366-QĐ/TW member grading (thresholds from the grading brief): decimal scores out of 100.</summary>
public sealed class Regulation366MemberGradingTests
{
    private static readonly DateOnly Meeting = new(2025, 12, 15);
    private static readonly DateOnly LongAgo = new(2010, 3, 2);

    private static Regulation366MemberCase Scored(decimal score, int assigned = 10, int completed = 10, int exceeded = 3) =>
        new(score, assigned, completed, exceeded, Meeting, LongAgo);

    [Fact]
    public void Ninety_with_every_task_done_and_thirty_percent_exceeded_is_excellent()
    {
        Assert.Equal(MemberGrade.Excellent, Regulation366MemberGrading.Grade(Scored(90m)).Grade);
        Assert.Equal(MemberGrade.Good, Regulation366MemberGrading.Grade(Scored(89.99m)).Grade);
    }

    [Fact]
    public void Ninety_without_every_task_done_or_with_under_thirty_percent_exceeded_is_good()
    {
        Assert.Equal(MemberGrade.Good, Regulation366MemberGrading.Grade(Scored(95m, completed: 9, exceeded: 3)).Grade);
        var fewExceeded = Regulation366MemberGrading.Grade(Scored(95m, exceeded: 2)); // 20 %
        Assert.Equal(MemberGrade.Good, fewExceeded.Grade);
        Assert.Contains("30%", fewExceeded.Reason, StringComparison.Ordinal);
        Assert.Equal(MemberGrade.Excellent, Regulation366MemberGrading.Grade(Scored(95m, assigned: 7, completed: 7, exceeded: 3)).Grade); // 42 %
        Assert.Equal(MemberGrade.Good, Regulation366MemberGrading.Grade(Scored(95m, assigned: 7, completed: 7, exceeded: 2)).Grade); // 28.6 %
    }

    [Theory]
    [InlineData("70", MemberGrade.Good)]
    [InlineData("69.99", MemberGrade.Completed)]
    [InlineData("50", MemberGrade.Completed)]
    [InlineData("49.99", MemberGrade.NotCompleted)]
    [InlineData("0", MemberGrade.NotCompleted)]
    public void Score_bands(string score, MemberGrade expected) =>
        Assert.Equal(expected, Regulation366MemberGrading.Grade(Scored(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture))).Grade);

    [Fact]
    public void A_disciplined_member_is_not_completed_whatever_the_score()
    {
        var outcome = Regulation366MemberGrading.Grade(Scored(98m) with { UnderDiscipline = true });
        Assert.Equal(MemberGrade.NotCompleted, outcome.Grade);
        Assert.Contains("kỷ luật", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Exempted_and_suspended_members_are_not_graded()
    {
        Assert.Equal(GradingDisposition.NotGraded, Regulation366MemberGrading.Grade(Scored(80m) with { Exempted = true }).Disposition);
        Assert.Equal(GradingDisposition.NotGraded, Regulation366MemberGrading.Grade(Scored(80m) with { Suspended = true }).Disposition);
    }

    [Fact]
    public void A_member_admitted_five_months_and_thirty_days_before_is_not_graded()
    {
        // 16/6/2025 + 6 months = 16/12/2025, the day after the meeting.
        var outcome = Regulation366MemberGrading.Grade(Scored(80m) with { AdmittedOn = new DateOnly(2025, 6, 16) });
        Assert.Equal(GradingDisposition.NotGraded, outcome.Disposition);
        Assert.Contains("16/06/2025", outcome.Reason, StringComparison.Ordinal);
        // Exactly six months is graded.
        Assert.Equal(MemberGrade.Good, Regulation366MemberGrading.Grade(Scored(80m) with { AdmittedOn = new DateOnly(2025, 6, 15) }).Grade);
    }

    [Theory]
    [InlineData("100.01", 10, 10, 3, "Score")]
    [InlineData("-1", 10, 10, 3, "Score")]
    [InlineData("80", 10, 11, 3, "TasksCompleted")]
    [InlineData("80", 10, 5, 6, "TasksExceeded")]
    [InlineData("80", -1, 0, 0, "TasksAssigned")]
    public void Impossible_inputs_are_refused_naming_the_field(string score, int assigned, int completed, int exceeded, string field)
    {
        var member = Scored(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), assigned, completed, exceeded);
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => Regulation366MemberGrading.Grade(member)).ParamName);
    }
}
