using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Rewards;
using static PartyWorkflows.Membership.Tests.Rewards.RewardNominationEngine;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>
/// workflows/reward-nomination.bpmn driven as the proposing committee, the organization body and the standing committee
/// would (seed 000_29c5dfa480f916c0.txt §VII), through the criteria, cool-downs, quotas and registration of seed
/// 001_29955938909379e1.txt §C. Nominations are made on 3 March 2026 for the year 2025.
/// </summary>
public sealed class RewardNominationWorkflowTests
{
    private readonly RewardNominationEngine _engine = new();

    [Fact]
    public void A_member_certificate_goes_from_the_cell_to_the_superior_organization_department_and_standing_committee()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee);
        Assert.Equal(("cell", "cell-meeting", "reward-nomination-proposal"), Acting(instance));
        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());
        Assert.True(instance.Variables["eligible"].GetBoolean(), Reason(instance));
        Assert.Equal(("grassroots", "committee", "reward-nomination-endorsement"), Acting(instance));
        instance = _engine.Endorse(instance, "grassrootsEndorsement", "forwarded");
        Assert.Equal(("superior", "organization-department", "reward-nomination-review"), Acting(instance));

        // 15 % of the year's 20 excellent members: 3 places.
        instance = _engine.Review(instance, "superiorReview", 20, 18, 17, 16);
        Assert.Equal("kept", instance.Variables["quotaOutcome"].GetString());
        Assert.Equal(("superior", "standing-committee", "reward-nomination-decision"), Acting(instance));
        Assert.Empty(_engine.History.Rewards);
        instance = _engine.Decide(instance, "superiorDecision", "approved");

        Assert.Equal("approved", EndedAt(instance));
        Assert.Equal(
            new MemberReward(Nominee, AwardKind.Certificate, AwardingBody.SuperiorCommittee, 2025, instance.Id),
            Assert.Single(_engine.History.Rewards));
    }

    [Fact]
    public void The_fourth_nomination_within_fifteen_percent_of_twenty_is_outside_the_quota()
    {
        var instance = _engine.ProposeMemberCertificate();

        instance = _engine.Review(instance, "superiorReview", 20, 10, 18, 17, 16);

        Assert.Equal("outsideQuota", EndedAt(instance));
        Assert.Contains("Chỉ tiêu 3", instance.Variables["quotaReason"].GetString());
    }

    [Fact]
    public void A_tie_at_the_cut_off_goes_back_to_the_review_and_the_standing_committee_may_still_reject()
    {
        var instance = _engine.ProposeMemberCertificate();

        instance = _engine.Review(instance, "superiorReview", 20, 16, 18, 17, 16);
        Assert.Equal("tied", instance.Variables["quotaOutcome"].GetString());
        Assert.Equal("superiorReview", Assert.Single(instance.Tasks).ElementId);

        instance = _engine.Review(instance, "superiorReview", 20, 17, 18, 17, 15);
        Assert.Equal("kept", instance.Variables["quotaOutcome"].GetString());
        instance = _engine.Decide(instance, "superiorDecision", "rejected");

        Assert.Equal("rejected", EndedAt(instance));
        Assert.Empty(_engine.History.Rewards);
    }

    [Fact]
    public void A_nomination_returned_for_correction_is_proposed_checked_and_reviewed_again()
    {
        var instance = _engine.ProposeMemberCertificate();
        instance = _engine.Review(instance, "superiorReview", 20, 18);
        instance = _engine.Decide(instance, "superiorDecision", "returned");

        Assert.Equal(("cell", "cell-meeting", "reward-nomination-proposal"), Acting(instance));
        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());
        instance = _engine.Endorse(instance, "grassrootsEndorsement", "forwarded");
        instance = _engine.Review(instance, "superiorReview", 20, 18);
        instance = _engine.Decide(instance, "superiorDecision", "approved");
        Assert.Equal("approved", EndedAt(instance));
    }

    [Fact]
    public void A_member_diploma_is_forwarded_by_the_grassroots_and_the_superior_committee_to_the_province()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Diploma, AwardingBody.Province);
        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());
        instance = _engine.Endorse(instance, "grassrootsEndorsement", "forwarded");
        Assert.Equal(("superior", "standing-committee", "reward-nomination-endorsement"), Acting(instance));
        instance = _engine.Endorse(instance, "superiorEndorsement", "forwarded");
        Assert.Equal(("province", "organization-department", "reward-nomination-review"), Acting(instance));

        // The province's allocation of 10 members (seed 001 §C.II.2).
        instance = _engine.Review(instance, "provinceReview", 10, 15, 14, 13);
        Assert.Equal(("province", "standing-committee", "reward-nomination-decision"), Acting(instance));
        instance = _engine.Decide(instance, "provinceDecision", "approved");

        Assert.Equal("approved", EndedAt(instance));
    }

    [Fact]
    public void The_superior_committee_may_decline_to_forward_or_return_the_nomination_to_the_cell()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Diploma, AwardingBody.Province);
        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());
        instance = _engine.Endorse(instance, "grassrootsEndorsement", "forwarded");
        instance = _engine.Endorse(instance, "superiorEndorsement", "returned");
        Assert.Equal(("cell", "cell-meeting", "reward-nomination-proposal"), Acting(instance));

        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());
        instance = _engine.Endorse(instance, "grassrootsEndorsement", "forwarded");
        instance = _engine.Endorse(instance, "superiorEndorsement", "rejected");

        Assert.Equal("rejected", EndedAt(instance));
    }

    [Fact]
    public void The_grassroots_committee_may_decline_to_forward_a_cells_nomination()
    {
        var instance = _engine.Start(AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.SuperiorCommittee);
        Assert.Equal(("cell", "committee", "reward-nomination-proposal"), Acting(instance));
        instance = _engine.Propose(instance, "cellProposal",
            new RewardNominationRecord(true, OrganisationYears: [.. Enumerable.Range(2023, 3).Select(y => new OrganisationRewardYear(y, true, 96m, 20, 19, 0))]));

        instance = _engine.Endorse(instance, "grassrootsEndorsement", "rejected");

        Assert.Equal("rejected", EndedAt(instance));
    }

    [Fact]
    public void Without_the_start_of_year_registration_the_nomination_is_ineligible_at_once()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee);

        instance = _engine.Propose(instance, "memberProposal", ExcellentMember(registered: false));

        Assert.Equal("ineligible", EndedAt(instance));
        Assert.Contains("đăng ký thi đua đầu năm", Reason(instance));
    }

    [Theory]
    [InlineData(2021, 3, 4, false)] // five years complete on 4/3/2026: one day short
    [InlineData(2021, 3, 3, true)] // five years complete on the day of the nomination
    public void The_five_year_cool_down_of_a_province_diploma_counts_to_the_day(int year, int month, int day, bool eligible)
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Diploma, AwardingBody.Province);

        instance = _engine.Propose(instance, "memberProposal", ExcellentMember(lastProvinceAwardOn: new DateOnly(year, month, day)));

        if (eligible)
        {
            Assert.Equal(("grassroots", "committee", "reward-nomination-endorsement"), Acting(instance));
        }
        else
        {
            Assert.Equal("ineligible", EndedAt(instance));
            Assert.Contains("phải sau 5 năm", Reason(instance));
        }
    }

    [Theory]
    [InlineData(95, 37, true)]
    [InlineData(94.5, 37, false)] // below 95 points
    [InlineData(95, 36, false)] // 36/40 is exactly 90 %, not more than 90 %
    public void A_grassroots_organisation_needs_95_points_and_more_than_90_percent_good_members(double score, int good, bool eligible)
    {
        var instance = _engine.Start(AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate, AwardingBody.SuperiorCommittee);
        Assert.Equal(("grassroots", "committee", "reward-nomination-proposal"), Acting(instance));

        instance = _engine.Propose(instance, "grassrootsProposal", ExemplaryOrganisation((decimal)score, good));

        Assert.Equal(eligible, instance.Variables["eligible"].GetBoolean());
        if (eligible)
        {
            // 20 % of 10 clean-and-strong organisations: 2 places.
            instance = _engine.Review(instance, "superiorReview", 10, 9, 8);
            instance = _engine.Decide(instance, "superiorDecision", "approved");
            Assert.Equal("approved", EndedAt(instance));

            // An organisation's reward is no member's: nothing goes onto a member's record.
            Assert.Empty(_engine.History.Rewards);
        }
        else
        {
            Assert.Equal("ineligible", EndedAt(instance));
        }
    }

    [Fact]
    public void A_flag_for_a_member_is_no_award_of_the_guidance()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Flag, AwardingBody.Province);

        instance = _engine.Propose(instance, "memberProposal", ExcellentMember());

        Assert.Equal("ineligible", EndedAt(instance));
        Assert.Contains("không quy định hình thức cờ", Reason(instance));
    }

    [Fact]
    public void A_district_organisation_flag_is_proposed_by_its_standing_committee_within_the_province_allocation()
    {
        var instance = _engine.Start(AwardRecipient.DistrictOrganisation, AwardKind.Flag, AwardingBody.Province);
        Assert.Equal(("superior", "standing-committee", "reward-nomination-proposal"), Acting(instance));
        instance = _engine.Propose(instance, "districtProposal", new RewardNominationRecord(RegisteredAtStartOfYear: true));

        instance = _engine.Review(instance, "provinceReview", 1, 12, 9);
        Assert.Equal(("province", "standing-committee", "reward-nomination-decision"), Acting(instance));
        instance = _engine.Decide(instance, "provinceDecision", "approved");
        Assert.Equal("approved", EndedAt(instance));
    }

    [Fact]
    public void A_periodic_nomination_not_decided_by_the_end_of_the_first_quarter_expires()
    {
        var instance = _engine.ProposeMemberCertificate();
        var timer = Assert.Single(instance.Timers);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(7)), timer.DueAt);

        _engine.Time.Advance(timer.DueAt - _engine.Time.GetUtcNow());
        Assert.Equal(1, _engine.Host.FireDueTimers());

        instance = _engine.Host.Instance(instance.Id);
        Assert.Equal("expired", EndedAt(instance));
        Assert.Empty(instance.Tasks);
    }

    [Fact]
    public void An_ad_hoc_member_certificate_checks_only_the_authority_has_no_quota_and_expires_on_its_own_deadline()
    {
        var instance = _engine.Start(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.GrassrootsCommittee, periodic: false, deadline: "2026-03-20");
        Assert.Equal(new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.FromHours(7)), Assert.Single(instance.Timers).DueAt);

        instance = _engine.Propose(instance, "memberProposal", new RewardNominationRecord(RegisteredAtStartOfYear: false));
        Assert.True(instance.Variables["eligible"].GetBoolean(), Reason(instance));
        Assert.Equal(("grassroots", "committee", "reward-nomination-review"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsReview");
        Assert.Equal("notApplied", instance.Variables["quotaOutcome"].GetString());
        Assert.Equal(("grassroots", "committee", "reward-nomination-decision"), Acting(instance));
        instance = _engine.Decide(instance, "grassrootsDecision", "approved");

        Assert.Equal("approved", EndedAt(instance));
    }
}
