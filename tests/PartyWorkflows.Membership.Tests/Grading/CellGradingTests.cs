using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary><see cref="CellGrading"/>: one ballot of a cell under the policy in force, with earlier ballots kept.</summary>
public sealed class CellGradingTests
{
    private static readonly DateOnly December2024 = new(2024, 12, 10);
    private static readonly DateOnly December2025 = new(2025, 12, 10);

    private static List<CellMember> Cell(int count) =>
        Enumerable.Range(1, count).Select(i => new CellMember($"dv-{i}", $"Đảng viên {i}", AdmittedOn: new DateOnly(2010, 1, 1))).ToList();

    private static CellBallot Ballot(int fullMembers, params CellBallotEntry[] entries) => new(fullMembers, fullMembers, entries);

    private static CellBallotEntry Good(string key, int votes = 5) => new(key, MemberGrade.Good, votes, Score: 75m, TasksAssigned: 4, TasksCompleted: 4);

    [Fact]
    public void A_member_left_off_the_ballot_who_must_be_graded_is_refused_by_name()
    {
        var members = Cell(3);

        var error = Assert.Throws<InvalidOperationException>(() =>
            CellGrading.Grade(December2024, members, Ballot(3, Good("dv-1", 2), Good("dv-2", 2)), []));

        Assert.Contains("Đảng viên 3 (dv-3)", error.Message);
    }

    [Fact]
    public void A_ballot_naming_someone_outside_the_cell_or_more_full_members_than_the_cell_has_is_refused()
    {
        var members = Cell(3);

        Assert.Throws<InvalidOperationException>(() => CellGrading.Grade(December2024, members, Ballot(3, Good("dv-1"), Good("dv-2"), Good("dv-3"), Good("dv-9")), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => CellGrading.Grade(December2024, members, Ballot(4, Good("dv-1"), Good("dv-2"), Good("dv-3")), []));
    }

    [Fact]
    public void A_probationary_member_is_graded_but_is_not_part_of_the_vote_base()
    {
        List<CellMember> members = [.. Cell(3), new("dv-probation", "Dự bị", Full: false)];

        var result = CellGrading.Grade(December2024, members, Ballot(3, Good("dv-1", 2), Good("dv-2", 2), Good("dv-3", 2), Good("dv-probation", 2)), []);

        Assert.Equal(MemberGrade.Good, Assert.Single(result.Settled, r => r.MemberKey == "dv-probation").Grade); // 2·2 > 3
        Assert.Throws<ArgumentOutOfRangeException>(() => CellGrading.Grade(December2024, members, Ballot(4, Good("dv-1")), []));
    }

    [Fact]
    public void Under_regulation_366_a_member_admitted_less_than_six_months_before_is_not_graded_and_an_absentee_is_deferred()
    {
        List<CellMember> members = [.. Cell(2), new("dv-new", "Mới kết nạp", AdmittedOn: new DateOnly(2025, 7, 1))];

        var result = CellGrading.Grade(December2025, members, Ballot(2, Good("dv-1", 2), Good("dv-2", 2) with { Absent = true }), []);

        Assert.Equal(GradingPolicy.Regulation366, result.Policy);
        Assert.Equal(GradingDisposition.NotGraded, Assert.Single(result.Settled, r => r.MemberKey == "dv-new").Disposition);
        Assert.Equal("dv-2", Assert.Single(result.Deferred).MemberKey);
    }

    [Fact]
    public void Under_regulation_366_the_admission_date_is_required()
    {
        List<CellMember> members = [new("dv-1", "Không rõ ngày kết nạp")];

        var error = Assert.Throws<InvalidOperationException>(() => CellGrading.Grade(December2025, members, Ballot(1, Good("dv-1", 1)), []));

        Assert.Contains("ngày kết nạp", error.Message);
    }

    [Fact]
    public void An_absentee_graded_later_competes_only_for_the_places_left_by_the_excellent_members_already_settled()
    {
        // 20 good-or-better members allow 3 excellent; three are settled, so the absentee's excellent vote drops to good.
        var members = Cell(20);
        var settled = members.Take(19)
            .Select((m, i) => new MemberGradeRecord(m.MemberKey, GradingDisposition.Graded, i < 3 ? MemberGrade.Excellent : MemberGrade.Good, "Đã xếp loại."))
            .ToList();

        var result = CellGrading.Grade(December2024, members, Ballot(20, new CellBallotEntry("dv-20", MemberGrade.Excellent, 20)), settled);

        Assert.Equal(20, result.Settled.Count);
        Assert.Equal(MemberGrade.Good, result.Settled.Single(r => r.MemberKey == "dv-20").Grade);
        Assert.Equal(3, result.Settled.Count(r => r.Grade == MemberGrade.Excellent));
    }

    [Theory]
    [InlineData(false, new[] { "dv-1", "dv-2" }, "chỉ tiêu 20%")] // 20 % of 12 is 2.4: two places
    [InlineData(true, new[] { "dv-1", "dv-2", "dv-3" }, "chỉ tiêu 25%")] // 25 % of 12 is 3
    public void Regulation_366_allows_twenty_percent_of_good_members_to_be_excellent_twenty_five_in_an_outstanding_unit(
        bool outstandingUnit, string[] excellent, string quota)
    {
        var members = Cell(12);
        CellBallotEntry Excellent(string key, int votes) => new(key, MemberGrade.Excellent, votes, Score: 95m, TasksAssigned: 10, TasksCompleted: 10, TasksExceeded: 3);

        var result = CellGrading.Grade(December2025, members,
            Ballot(12, [Excellent("dv-1", 12), Excellent("dv-2", 11), Excellent("dv-3", 10), Excellent("dv-4", 9), .. members.Skip(4).Select(m => Good(m.MemberKey, 7))]),
            [], outstandingUnit);

        Assert.Equal(excellent, result.Settled.Where(r => r.Grade == MemberGrade.Excellent).Select(r => r.MemberKey));
        Assert.Contains(quota, result.Settled.Single(r => r.MemberKey == "dv-4").Reason);
    }
}
