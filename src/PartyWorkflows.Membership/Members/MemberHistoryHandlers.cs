using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Badges;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Members;

/// <summary>The service tasks that write a decided outcome onto the member's record, over whichever history the host keeps.</summary>
public static class MemberHistoryHandlers
{
    public static IReadOnlyList<Func<IMemberHistory, IServiceTaskHandler>> Factories { get; } =
    [
        history => new RecordMemberGradesHandler(history),
        history => new RecordMemberStatusHandler(
            RecordMemberStatusHandler.Exempted, MemberStatus.Exempted, "Được miễn công tác và sinh hoạt đảng (HD 03 §1.4)", history),
        history => new RecordMemberStatusHandler(
            RecordMemberStatusHandler.Returned, MemberStatus.Active, "Trở lại công tác và sinh hoạt đảng (HD 03 §1.4)", history),
        history => new RecordMemberStatusHandler(
            RecordMemberStatusHandler.Removed, MemberStatus.Removed, "Đưa ra khỏi Đảng sau giáo dục, giúp đỡ (phụ lục §2, bước 3)", history),
        history => new RecordBadgeAwardHandler(history),
        history => new RecordMemberRewardHandler(history),
    ];

    public static IReadOnlyList<IServiceTaskHandler> All(IMemberHistory history) => [.. Factories.Select(create => create(history))];
}
