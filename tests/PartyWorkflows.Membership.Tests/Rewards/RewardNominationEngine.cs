using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Rewards;
using PartyWorkflows.Membership.Tests.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>workflows/reward-nomination.bpmn with its check-reward-eligibility, apply-reward-quota and member history handlers.</summary>
internal sealed class RewardNominationEngine(RecordingMemberHistory history)
    : ShippedWorkflowEngine("reward-nomination.bpmn", Monday,
        [new CheckRewardEligibilityHandler(), new ApplyRewardQuotaHandler(), .. MemberHistoryHandlers.All(history)])
{
    public const string Nominee = "dv-1";

    /// <summary>The day the proposal completes (a day after <see cref="ShippedWorkflowEngine.Monday"/>): the nomination date.</summary>
    public static readonly DateOnly NominatedOn = new(2026, 3, 3);

    public RewardNominationEngine()
        : this(new RecordingMemberHistory())
    {
    }

    /// <summary>What record-member-reward wrote onto the member's record.</summary>
    public RecordingMemberHistory History => history;

    public InstanceState Start(AwardRecipient recipient, AwardKind kind, AwardingBody body, bool periodic = true, string? deadline = null)
    {
        var variables = new Dictionary<string, JsonElement>
        {
            ["nomineeKey"] = WorkflowVariables.ToElement(Nominee),
            ["recipient"] = WorkflowVariables.ToElement(recipient),
            ["awardKind"] = WorkflowVariables.ToElement(kind),
            ["decidingBody"] = WorkflowVariables.ToElement(body),
            ["periodic"] = WorkflowVariables.ToElement(periodic),
            ["year"] = WorkflowVariables.ToElement(2025),
        };
        if (deadline is not null)
        {
            variables["deadline"] = WorkflowVariables.ToElement(deadline);
        }

        return Host.Start("reward-nomination", variables, businessKey: $"reward-nomination/{Nominee}/2025");
    }

    /// <summary>
    /// The cell proposes <see cref="ExcellentMember"/> for the superior committee's certificate and the grassroots committee
    /// forwards it, up to the superior committee's review.
    /// </summary>
    public InstanceState ProposeMemberCertificate() =>
        Endorse(Propose(Start(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee), "memberProposal", ExcellentMember()),
            "grassrootsEndorsement", "forwarded");

    /// <summary>A committee between the proposer and the deciding level forwards, rejects or returns the nomination.</summary>
    public InstanceState Endorse(InstanceState instance, string elementId, string decision) =>
        Complete(instance, elementId, ("decision", decision), ("reason", "Nghị quyết của cấp ủy."));

    public InstanceState Propose(InstanceState instance, string elementId, RewardNominationRecord record) =>
        Complete(instance, elementId, new Dictionary<string, JsonElement> { ["record"] = WorkflowVariables.ToElement(record) });

    /// <summary>The review with the round of the same award: the nominee's votes and the others'.</summary>
    public InstanceState Review(InstanceState instance, string elementId, int basis, int nomineeVotes, params int[] othersVotes) =>
        Complete(instance, elementId, new Dictionary<string, JsonElement>
        {
            ["round"] = WorkflowVariables.ToElement(new RewardRound(basis,
                [new QuotaCandidate(Nominee, nomineeVotes), .. othersVotes.Select((v, i) => new QuotaCandidate($"dv-other-{i}", v))])),
        });

    public InstanceState Decide(InstanceState instance, string elementId, string decision) =>
        Complete(instance, elementId, ("decision", decision), ("reason", "Biên bản họp Ban Thường vụ."));

    /// <summary>A member excellent in 2021–2025 with a title in 2024 and a superior certificate in 2023, registered.</summary>
    public static RewardNominationRecord ExcellentMember(bool registered = true, DateOnly? lastSuperiorAwardOn = null, DateOnly? lastProvinceAwardOn = null) =>
        new(registered,
            MemberYears: Enumerable.Range(2021, 5).Select(y => new MemberRewardYear(y, Excellent: true, EmulationTitle: y is 2022 or 2024, SuperiorCertificate: y == 2023)).ToList(),
            LastSuperiorAwardOn: lastSuperiorAwardOn, LastProvinceAwardOn: lastProvinceAwardOn);

    /// <summary>An organisation exemplary in 2023–2025 with <paramref name="score"/> points and <paramref name="good"/> of 40 members good.</summary>
    public static RewardNominationRecord ExemplaryOrganisation(decimal score = 96m, int good = 37) =>
        new(RegisteredAtStartOfYear: true,
            OrganisationYears: Enumerable.Range(2023, 3).Select(y => new OrganisationRewardYear(y, true, score, 40, good, 0)).ToList());

    public static string Reason(InstanceState instance) => instance.Variables["eligibilityReason"].GetString()!;
}
