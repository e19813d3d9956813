using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Removal;

/// <summary>
/// workflows/education-then-removal.bpmn driven through the three steps of seed 003_8ecac7def258469f.txt appendix §2:
/// listing ("Bước 1"), the help period of at most 12 months ("Bước 2") and the screening ballots ("Bước 3"). Every
/// ballot is of 9 convened full members: more than half is 5, two thirds is 6.
/// </summary>
public sealed class EducationThenRemovalWorkflowTests
{
    private const int Convened = 9;

    private readonly EducationThenRemovalEngine _engine = new();

    /// <summary>Listed, self-criticised and helped: the instance waits inside the help period.</summary>
    private InstanceState IntoHelpPeriod(bool grassrootsCell)
    {
        var instance = _engine.Start("dv-1", grassrootsCell);
        instance = _engine.Complete(instance, "draftList");
        instance = _engine.Vote(instance, "listVote", 5, Convened);
        if (!grassrootsCell)
        {
            instance = _engine.Complete(instance, "grassrootsApproval", ("approved", true));
        }

        instance = _engine.Complete(instance, "selfCriticism");
        return _engine.AssignHelper(instance, "dv-2", "Trần Thị Mai");
    }

    /// <summary>Through the help period, closed early by the cell, up to the progress ballot.</summary>
    private InstanceState IntoProgressVote(bool grassrootsCell)
    {
        var instance = _engine.Complete(IntoHelpPeriod(grassrootsCell), "followAndHelp");
        Assert.Equal("progressVote", Assert.Single(instance.Tasks).ElementId);
        return instance;
    }

    [Fact]
    public void A_cell_of_a_grassroots_committee_lists_helps_and_keeps_a_member_who_progressed()
    {
        var instance = _engine.Start("dv-1", grassrootsCell: false);
        Assert.Equal(("cell", "secretary", "education-then-removal-draft-list"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "draftList");
        Assert.Equal(("cell", "cell-meeting", "education-then-removal-list-vote"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Vote(instance, "listVote", 5, Convened); // 2·5 > 9
        Assert.Equal(("grassroots", "committee", "education-then-removal-grassroots-approval"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "grassrootsApproval", ("approved", true));
        Assert.Equal(("cell", "secretary", "education-then-removal-self-criticism"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "selfCriticism");
        Assert.Equal(("cell", "secretary", "education-then-removal-assign-helper"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.AssignHelper(instance, "dv-2", "Trần Thị Mai");
        Assert.Equal(("cell", "secretary", "education-then-removal-follow-and-help"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "followAndHelp");
        Assert.Equal(("cell", "cell-meeting", "education-then-removal-progress-vote"), EducationThenRemovalEngine.Acting(instance));

        instance = _engine.Vote(instance, "progressVote", 5, Convened); // 2·5 > 9

        Assert.Equal("kept", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void The_list_ballot_and_the_latest_removal_ballot_are_kept_for_the_screening_lists_though_later_votes_overwrite_agree()
    {
        var instance = IntoProgressVote(grassrootsCell: true);
        Assert.Equal((5, Convened), (instance.Variables["listAgree"].GetInt32(), instance.Variables["listConvened"].GetInt32()));
        Assert.False(instance.Variables.ContainsKey("removalAgree"));

        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        instance = _engine.Vote(instance, "removalVote", 5, 8); // 3·5 < 2·8: inconclusive
        instance = _engine.Vote(instance, "progressVote", 3, Convened);
        Assert.Equal((5, 8), (instance.Variables["removalAgree"].GetInt32(), instance.Variables["removalConvened"].GetInt32()));
        instance = _engine.Vote(instance, "removalVote", 7, Convened);

        Assert.Equal((5, Convened), (instance.Variables["listAgree"].GetInt32(), instance.Variables["listConvened"].GetInt32()));
        Assert.Equal((7, Convened), (instance.Variables["removalAgree"].GetInt32(), instance.Variables["removalConvened"].GetInt32()));
        Assert.Equal("Trần Thị Mai", instance.Variables["helperName"].GetString());
        Assert.Equal("superiorRemovalDecision", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void A_grassroots_cell_approves_its_own_list()
    {
        var instance = _engine.Start("dv-1", grassrootsCell: true);
        instance = _engine.Complete(instance, "draftList");
        instance = _engine.Vote(instance, "listVote", 5, Convened);

        Assert.Equal("selfCriticism", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Exactly_half_of_the_convened_members_does_not_list_the_member()
    {
        var instance = _engine.Start("dv-1", grassrootsCell: true);
        instance = _engine.Complete(instance, "draftList");
        instance = _engine.Vote(instance, "listVote", 4, 8); // 2·4 = 8, not more than half

        Assert.Equal("notListed", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void The_grassroots_committee_can_refuse_the_list()
    {
        var instance = _engine.Start("dv-1", grassrootsCell: false);
        instance = _engine.Complete(instance, "draftList");
        instance = _engine.Vote(instance, "listVote", 5, Convened);
        instance = _engine.Complete(instance, "grassrootsApproval", ("approved", false));

        Assert.Equal("notApproved", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void Exactly_two_thirds_removes_a_member_of_a_grassroots_cell_by_decision_of_the_superior_committee()
    {
        var instance = IntoProgressVote(grassrootsCell: true);
        instance = _engine.Vote(instance, "progressVote", 4, Convened); // 2·4 < 9: no progress
        Assert.Equal(("cell", "cell-meeting", "education-then-removal-removal-vote"), EducationThenRemovalEngine.Acting(instance));

        instance = _engine.Vote(instance, "removalVote", 6, Convened); // 3·6 = 2·9
        Assert.Equal(("superior", "standing-committee", "education-then-removal-decision"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "superiorRemovalDecision");

        Assert.Equal("removed", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void Exactly_two_thirds_in_a_cell_of_a_grassroots_committee_goes_to_that_committee()
    {
        var instance = IntoProgressVote(grassrootsCell: false);
        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        instance = _engine.Vote(instance, "removalVote", 6, Convened);

        Assert.Equal(("grassroots", "committee", "education-then-removal-decision"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "grassrootsRemovalDecision");
        Assert.Equal("removed", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void Two_thirds_minus_one_does_not_remove_and_the_cell_votes_again_at_the_next_meeting()
    {
        var instance = IntoProgressVote(grassrootsCell: true);
        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        instance = _engine.Vote(instance, "removalVote", 5, Convened); // 3·5 = 15 < 18

        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Equal(1, instance.Variables["inconclusiveVotes"].GetInt32());
        Assert.Equal("progressVote", Assert.Single(instance.Tasks).ElementId);

        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        instance = _engine.Vote(instance, "removalVote", 6, Convened);
        instance = _engine.Complete(instance, "superiorRemovalDecision");
        Assert.Equal("removed", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void Three_inconclusive_votes_in_a_row_go_to_the_superior_committee()
    {
        var instance = IntoProgressVote(grassrootsCell: false);
        for (var vote = 1; vote <= 2; vote++)
        {
            instance = _engine.Vote(instance, "progressVote", 4, Convened);
            instance = _engine.Vote(instance, "removalVote", 5, Convened);
            Assert.Equal("progressVote", Assert.Single(instance.Tasks).ElementId);
        }

        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        instance = _engine.Vote(instance, "removalVote", 5, Convened);

        Assert.Equal(3, instance.Variables["inconclusiveVotes"].GetInt32());
        Assert.Equal(("superior", "standing-committee", "education-then-removal-superior-review"), EducationThenRemovalEngine.Acting(instance));
        instance = _engine.Complete(instance, "superiorReview");
        Assert.Equal("decidedBySuperior", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void A_new_violation_during_the_help_period_goes_straight_to_the_removal_vote()
    {
        var instance = IntoHelpPeriod(grassrootsCell: true);
        Assert.Single(instance.Timers);

        instance = _engine.NewViolation(instance);

        Assert.Equal("removalVote", Assert.Single(instance.Tasks).ElementId);
        Assert.Empty(instance.Timers);
        Assert.Empty(instance.Subscriptions);
        Assert.DoesNotContain(instance.History, h => h.ElementId == "progressVote");
        instance = _engine.Vote(instance, "removalVote", 6, Convened);
        instance = _engine.Complete(instance, "superiorRemovalDecision");
        Assert.Equal("removed", EducationThenRemovalEngine.EndedAt(instance));
    }

    [Fact]
    public void Twelve_months_end_the_help_period_and_open_the_progress_vote()
    {
        var instance = IntoHelpPeriod(grassrootsCell: true);
        var helpStarted = _engine.Time.GetUtcNow();
        var timer = Assert.Single(instance.Timers);
        Assert.Equal("helpPeriodOver", timer.ElementId);
        Assert.Equal(helpStarted.AddMonths(12), timer.DueAt);

        _engine.Time.Advance(timer.DueAt - helpStarted - TimeSpan.FromMinutes(1));
        Assert.Equal(0, _engine.Host.FireDueTimers());
        Assert.Equal("followAndHelp", Assert.Single(_engine.Host.Instance(instance.Id).Tasks).ElementId);

        _engine.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, _engine.Host.FireDueTimers());

        instance = _engine.Host.Instance(instance.Id);
        Assert.Equal("progressVote", Assert.Single(instance.Tasks).ElementId);
        Assert.Empty(instance.Subscriptions);
    }
}
