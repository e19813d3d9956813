using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>Seed 001 §B.II: ballot thresholds over all full members of the cell, and the special cases.</summary>
public sealed class Seed001MemberGradingTests
{
    private static MemberGradingOutcome Ballot(MemberGrade level, int agree, int fullMembers) =>
        Seed001MemberGrading.Grade(new Seed001MemberCase(level, agree, fullMembers));

    [Fact]
    public void Excellent_needs_two_thirds_of_the_full_members_of_the_cell()
    {
        Assert.Equal(MemberGrade.Excellent, Ballot(MemberGrade.Excellent, 6, 9).Grade); // exactly 2/3
        var short1 = Ballot(MemberGrade.Excellent, 5, 9); // 2/3 minus one
        Assert.Equal(GradingDisposition.VoteFailed, short1.Disposition);
        Assert.Null(short1.Grade);
        Assert.Contains("2/3", short1.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MemberGrade.Good)]
    [InlineData(MemberGrade.Completed)]
    [InlineData(MemberGrade.NotCompleted)]
    public void Other_levels_need_more_than_half(MemberGrade level)
    {
        Assert.Equal(GradingDisposition.VoteFailed, Ballot(level, 5, 10).Disposition); // exactly half
        var passed = Ballot(level, 6, 10); // half + 1
        Assert.Equal(level, passed.Grade);
        Assert.Contains("6/10", passed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_is_every_full_member_of_the_cell_not_those_present()
    {
        // 12 full members, 8 present and all 8 agree: 8 of 12 is two thirds, 7 of 12 is not.
        Assert.Equal(MemberGrade.Excellent, Ballot(MemberGrade.Excellent, 8, 12).Grade);
        Assert.Equal(GradingDisposition.VoteFailed, Ballot(MemberGrade.Excellent, 7, 12).Disposition);
    }

    [Fact]
    public void A_ballot_with_more_votes_than_full_members_is_refused() =>
        Assert.Equal("agree", Assert.Throws<ArgumentOutOfRangeException>(() => Ballot(MemberGrade.Good, 11, 10)).ParamName);

    [Fact]
    public void An_exempted_member_is_not_graded()
    {
        var outcome = Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.Good, 10, 10, Exempted: true));
        Assert.Equal(GradingDisposition.NotGraded, outcome.Disposition);
        Assert.Null(outcome.Grade);
        Assert.Contains("miễn công tác và sinh hoạt đảng", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_member_is_graded_at_the_next_meeting()
    {
        var outcome = Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.Good, 0, 10, Absent: true));
        Assert.Equal(GradingDisposition.Deferred, outcome.Disposition);
        Assert.Contains("cuộc họp chi bộ gần nhất", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disciplined_member_is_not_completed_whatever_the_vote()
    {
        var outcome = Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.Excellent, 10, 10, UnderDiscipline: true));
        Assert.Equal(MemberGrade.NotCompleted, outcome.Grade);
        Assert.Contains("kỷ luật", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 3)]
    [InlineData(false, 7)]
    public void Retirees_and_members_away_three_months_default_to_completed(bool retired, int monthsAway)
    {
        var outcome = Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.Good, 0, 10, RetiredNotTransferred: retired, MonthsWorkingAwayFromResidence: monthsAway));
        Assert.Equal(MemberGrade.Completed, outcome.Grade);
    }

    [Fact]
    public void Two_months_away_goes_to_the_ballot() =>
        Assert.Equal(GradingDisposition.VoteFailed,
            Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.Good, 0, 10, MonthsWorkingAwayFromResidence: 2)).Disposition);

    [Fact]
    public void A_violation_cancels_the_retiree_default()
    {
        var outcome = Seed001MemberGrading.Grade(new Seed001MemberCase(MemberGrade.NotCompleted, 7, 10, RetiredNotTransferred: true, HasViolation: true));
        Assert.Equal(MemberGrade.NotCompleted, outcome.Grade);
    }
}
