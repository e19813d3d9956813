using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;
using static PartyWorkflows.Membership.Tests.Grading.MemberGradingEngine;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>
/// workflows/member-grading.bpmn driven as the cell, its committee and the grassroots committee would, through seed
/// 001_29955938909379e1.txt §B.II: self-review, comments, discussion, the secret ballot (N = the cell's full members),
/// the 15 % quota, the special cases, approval with return for correction, and the 31/12 deadline of §D.V.1.
/// </summary>
public sealed class MemberGradingWorkflowTests
{
    private static CellBallotEntry Vote(string key, MemberGrade level, int votes) => new(key, level, votes);

    /// <summary>20 full members, all good or better: dv-1…dv-4 proposed excellent with these votes, the rest good with 11.</summary>
    private static (MemberGradingEngine, InstanceState) TwentyMembersFourProposedExcellent(params int[] excellentVotes)
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(20);
        var instance = engine.UpToBallot(2024, members);
        var excellent = excellentVotes.Select((votes, i) => Vote($"dv-{i + 1}", MemberGrade.Excellent, votes));
        var good = members.Skip(excellentVotes.Length).Select(m => Vote(m.MemberKey, MemberGrade.Good, 11));
        return (engine, engine.Ballot(instance, 20, [.. excellent, .. good]));
    }

    [Fact]
    public void The_cell_records_comments_discusses_and_votes_then_the_grassroots_committee_approves()
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(9);
        var instance = engine.Start(2024, members);
        Assert.Equal(("cell", "committee", "member-grading-self-review"), Acting(instance));
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.FromHours(7)), Assert.Single(instance.Tasks).DueAt);
        instance = engine.Complete(instance, "selfReview");
        Assert.Equal(("cell", "committee", "member-grading-cell-comments"), Acting(instance));
        instance = engine.Complete(instance, "cellComments");
        Assert.Equal(("cell", "cell-meeting", "member-grading-discussion"), Acting(instance));
        instance = engine.Complete(instance, "discussion");
        Assert.Equal(("cell", "cell-meeting", "member-grading-ballot"), Acting(instance));

        // 9 full members: two thirds is 6 (3·6 = 2·9); 15 % of 9 good-or-better leaves one excellent place.
        instance = engine.Ballot(instance, 9, [Vote("dv-1", MemberGrade.Excellent, 6), .. members.Skip(1).Select(m => Vote(m.MemberKey, MemberGrade.Good, 5))]);

        Assert.Equal("seed001", instance.Variables["gradingPolicy"].GetString());
        Assert.Equal(("grassroots", "committee", "member-grading-approval"), Acting(instance));
        var grades = Grades(instance);
        Assert.Equal(MemberGrade.Excellent, grades["dv-1"].Grade);
        Assert.All(members.Skip(1), m => Assert.Equal(MemberGrade.Good, grades[m.MemberKey].Grade));

        Assert.Empty(engine.History.Grades);
        instance = engine.Approve(instance);
        Assert.Equal("graded", EndedAt(instance));
        Assert.Equal(
            [(2024, new MemberGrading("dv-1", MemberGrade.Excellent)), .. members.Skip(1).Select(m => (2024, new MemberGrading(m.MemberKey, MemberGrade.Good)))],
            engine.History.Grades);
    }

    [Fact]
    public void Exactly_two_thirds_makes_excellent_and_exactly_half_is_not_more_than_half_so_the_cell_votes_again()
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(12);
        var instance = engine.UpToBallot(2024, members);

        instance = engine.Ballot(instance, 12,
        [
            Vote("dv-1", MemberGrade.Excellent, 8), // 3·8 = 2·12: two thirds exactly
            Vote("dv-2", MemberGrade.Excellent, 7), // 3·7 < 24: not two thirds
            Vote("dv-3", MemberGrade.Good, 6), // 2·6 = 12: exactly half, not more than half
            .. members.Skip(3).Select(m => Vote(m.MemberKey, MemberGrade.Good, 7)),
        ]);

        Assert.Equal(("cell", "cell-meeting", "member-grading-ballot"), Acting(instance));
        Assert.Equal(["dv-2", "dv-3"], Pending(instance, "revoteMembers"));
        Assert.Equal(MemberGrade.Excellent, Grades(instance)["dv-1"].Grade);

        instance = engine.Ballot(instance, 12, Vote("dv-2", MemberGrade.Good, 12), Vote("dv-3", MemberGrade.Completed, 7));

        var grades = Grades(instance);
        Assert.Equal(12, grades.Count);
        Assert.Equal(MemberGrade.Good, grades["dv-2"].Grade);
        Assert.Equal(MemberGrade.Completed, grades["dv-3"].Grade);
        Assert.Equal(MemberGrade.Excellent, grades["dv-1"].Grade);
        // Each result keeps the ballot line that settled it, though the re-vote replaced the ballot variable.
        Assert.Equal((MemberGrade.Excellent, 8), (grades["dv-1"].ProposedLevel, grades["dv-1"].Votes));
        Assert.Equal((MemberGrade.Good, 12), (grades["dv-2"].ProposedLevel, grades["dv-2"].Votes));
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Twenty_good_members_allow_three_excellent_and_the_fourth_drops_to_good()
    {
        var (engine, instance) = TwentyMembersFourProposedExcellent(20, 19, 18, 17);

        var grades = Grades(instance);
        Assert.Equal(3, grades.Values.Count(g => g.Grade == MemberGrade.Excellent));
        Assert.Equal(MemberGrade.Good, grades["dv-4"].Grade);
        Assert.Contains("chỉ tiêu 15%", grades["dv-4"].Reason);
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void A_tie_at_the_quota_cut_off_goes_back_to_the_cell_which_settles_it_in_the_remaining_place()
    {
        var (engine, instance) = TwentyMembersFourProposedExcellent(20, 19, 17, 17);

        Assert.Equal(["dv-3", "dv-4"], Pending(instance, "tiedMembers"));
        Assert.Equal("ballot", Assert.Single(instance.Tasks).ElementId);

        instance = engine.Ballot(instance, 20, Vote("dv-3", MemberGrade.Excellent, 18), Vote("dv-4", MemberGrade.Good, 16));

        var grades = Grades(instance);
        Assert.Equal(["dv-1", "dv-2", "dv-3"], grades.Values.Where(g => g.Grade == MemberGrade.Excellent).Select(g => g.MemberKey));
        Assert.Equal(MemberGrade.Good, grades["dv-4"].Grade);
        Assert.Empty(Pending(instance, "tiedMembers"));
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);
    }

    [Theory]
    [InlineData(2024, "seed001", MemberGrade.Excellent)]
    [InlineData(2025, "regulation366", MemberGrade.Good)]
    public void The_policy_in_force_on_the_ballot_day_grades_the_same_cell(int year, string policy, MemberGrade dv1)
    {
        var engine = new MemberGradingEngine(year == 2024 ? December2024 : December2025);
        var members = Cell(10);
        var instance = engine.UpToBallot(year, members);

        // Seed 001 reads the votes (10/10 for excellent); Quy định 366 the score: 85 points is good, below 90.
        instance = engine.Ballot(instance, 10,
        [
            new CellBallotEntry("dv-1", MemberGrade.Excellent, 10, Score: 85m, TasksAssigned: 10, TasksCompleted: 10, TasksExceeded: 5),
            .. members.Skip(1).Select(m => new CellBallotEntry(m.MemberKey, MemberGrade.Good, 8, Score: 75m, TasksAssigned: 10, TasksCompleted: 10)),
        ]);

        Assert.Equal(policy, instance.Variables["gradingPolicy"].GetString());
        Assert.Equal(dv1, Grades(instance)["dv-1"].Grade);
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Special_cases_exempted_not_graded_retiree_and_away_completed_disciplined_not_completed_absentee_at_the_next_meeting()
    {
        var engine = new MemberGradingEngine(December2024);
        List<CellMember> members =
        [
            .. Cell(6),
            new("dv-exempt", "Miễn sinh hoạt", Exempted: true),
            new("dv-retired", "Nghỉ hưu", Retired: true),
            new("dv-away", "Đi làm xa", AwayMonths: 3),
            new("dv-discipline", "Bị kỷ luật", UnderDiscipline: true),
            new("dv-absent", "Vắng mặt"),
        ];
        var instance = engine.UpToBallot(2024, members);

        // The exempted member is left off the ballot altogether; N = the 10 full members who are not exempted.
        instance = engine.Ballot(instance, 10,
        [
            .. members.Take(6).Select(m => Vote(m.MemberKey, MemberGrade.Good, 6)),
            Vote("dv-retired", MemberGrade.Good, 0),
            Vote("dv-away", MemberGrade.Good, 0),
            Vote("dv-discipline", MemberGrade.Good, 10),
            new CellBallotEntry("dv-absent", MemberGrade.Good, 0, Absent: true),
        ]);

        var grades = Grades(instance);
        Assert.Equal(GradingDisposition.NotGraded, grades["dv-exempt"].Disposition);
        Assert.Null(grades["dv-exempt"].Grade);
        Assert.Equal((null, null), (grades["dv-exempt"].ProposedLevel, grades["dv-exempt"].Votes));
        Assert.Equal(MemberGrade.Completed, grades["dv-retired"].Grade);
        Assert.Equal(MemberGrade.Completed, grades["dv-away"].Grade);
        Assert.Equal(MemberGrade.NotCompleted, grades["dv-discipline"].Grade);
        Assert.DoesNotContain("dv-absent", grades.Keys);
        Assert.Equal(["dv-absent"], Pending(instance, "deferredMembers"));

        instance = engine.Approve(instance);
        Assert.Equal("ballot", Assert.Single(instance.Tasks).ElementId);

        // The approved grades go onto the records at once; the exempted member has none, the absentee's comes later.
        Assert.Equal(9, engine.History.Grades.Count);
        Assert.DoesNotContain(engine.History.Grades, g => g.Grading.MemberKey is "dv-exempt" or "dv-absent");

        instance = engine.Ballot(instance, 10, Vote("dv-absent", MemberGrade.Good, 7));
        Assert.Equal(MemberGrade.Good, Grades(instance)["dv-absent"].Grade);
        Assert.Equal(11, Grades(instance).Count);
        instance = engine.Approve(instance);
        Assert.Equal("graded", EndedAt(instance));
    }

    [Fact]
    public void The_grassroots_committee_returns_a_member_for_correction_and_the_cell_votes_again()
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(9);
        var instance = engine.UpToBallot(2024, members);
        instance = engine.Ballot(instance, 9, [.. members.Select(m => Vote(m.MemberKey, MemberGrade.Good, 6))]);

        instance = engine.Return(instance, "dv-2");

        Assert.Equal(("cell", "cell-meeting", "member-grading-ballot"), Acting(instance));
        instance = engine.Ballot(instance, 9, Vote("dv-2", MemberGrade.Completed, 8));
        var grades = Grades(instance);
        Assert.Equal(MemberGrade.Completed, grades["dv-2"].Grade);
        Assert.Equal(MemberGrade.Good, grades["dv-1"].Grade);
        Assert.Empty(instance.Variables["returnedMembers"].EnumerateArray());
        instance = engine.Approve(instance);
        Assert.Equal("graded", EndedAt(instance));
    }

    [Fact]
    public void A_grassroots_cell_decides_its_members_grades_and_the_superior_committee_recognises_them_by_20_January()
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(9);
        var instance = engine.UpToBallot(2024, members, grassrootsCell: true);
        instance = engine.Ballot(instance, 9, [.. members.Select(m => Vote(m.MemberKey, MemberGrade.Good, 6))]);
        instance = engine.Approve(instance);

        Assert.Equal(("superior", "standing-committee", "member-grading-approval"), Acting(instance));
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.FromHours(7)), Assert.Single(instance.Tasks).DueAt);
        instance = engine.Complete(instance, "superiorRecognition", ("approved", false), ("returnedMembers", new[] { "dv-9" }));
        Assert.Empty(engine.History.Grades); // a chi bộ cơ sở's grades are the member's once the superior committee recognised them
        instance = engine.Ballot(instance, 9, Vote("dv-9", MemberGrade.Completed, 9));
        instance = engine.Approve(instance);
        instance = engine.Complete(instance, "superiorRecognition", ("approved", true));

        Assert.Equal("graded", EndedAt(instance));
        Assert.Equal(MemberGrade.Completed, Grades(instance)["dv-9"].Grade);
        Assert.Contains((2024, new MemberGrading("dv-9", MemberGrade.Completed)), engine.History.Grades);
    }

    [Fact]
    public void A_ballot_that_leaves_out_a_member_to_be_graded_is_an_incident_naming_the_member()
    {
        var engine = new MemberGradingEngine(December2024);
        var members = Cell(3);
        var instance = engine.UpToBallot(2024, members);

        instance = engine.Ballot(instance, 3, Vote("dv-1", MemberGrade.Good, 2), Vote("dv-2", MemberGrade.Good, 2));

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("gradeMembers", incident.ElementId);
        Assert.Contains("Đảng viên 3 (dv-3)", incident.Message);
        Assert.Empty(instance.Tasks);
    }

    [Fact]
    public void An_approval_still_open_on_31_December_is_reported_to_the_superior_organization_department()
    {
        var engine = new MemberGradingEngine(December2025);
        var members = Cell(9);
        var instance = engine.UpToBallot(2025, members);
        instance = engine.Ballot(instance, 9, [.. members.Select(m => new CellBallotEntry(m.MemberKey, MemberGrade.Good, 6, Score: 80m, TasksAssigned: 4, TasksCompleted: 4))]);
        var timer = Assert.Single(instance.Timers);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.FromHours(7)), timer.DueAt);

        engine.Time.Advance(timer.DueAt - engine.Time.GetUtcNow());
        Assert.Equal(1, engine.Host.FireDueTimers());

        instance = engine.Host.Instance(instance.Id);
        var late = Assert.Single(instance.Tasks, t => t.ElementId == "lateReport");
        Assert.Equal(("superior", "organization-department"), (late.CommitteeLevel, late.CommitteeBody));
        Assert.Contains(instance.Tasks, t => t.ElementId == "grassrootsApproval");

        engine.Host.CompleteTask(instance.Id, "grassrootsApproval", Vars(("approved", true)));
        instance = engine.Host.CompleteTask(instance.Id, "lateReport");
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains(instance.History, h => h.ElementId == "graded");
    }
}
