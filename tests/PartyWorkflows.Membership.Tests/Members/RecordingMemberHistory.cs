using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Members;

/// <summary>In-memory stand-in for the service's member history (member_gradings, member_status_changes, member_badges, member_rewards): keeps what it was told.</summary>
internal sealed class RecordingMemberHistory : IMemberHistory
{
    public List<(int Year, MemberGrading Grading)> Grades { get; } = [];

    public List<MemberStatusChange> StatusChanges { get; } = [];

    public void RecordGrades(Guid instanceId, int year, IReadOnlyList<MemberGrading> grades, DateTimeOffset decidedAt) =>
        Grades.AddRange(grades.Select(g => (year, g)));

    public List<MemberBadge> Badges { get; } = [];

    public List<MemberReward> Rewards { get; } = [];

    public void ChangeStatus(MemberStatusChange change) => StatusChanges.Add(change);

    public void RecordBadge(MemberBadge badge) => Badges.Add(badge);

    public void RecordReward(MemberReward reward) => Rewards.Add(reward);
}
