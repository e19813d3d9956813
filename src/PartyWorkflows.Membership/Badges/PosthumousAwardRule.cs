namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// Posthumous award (truy tặng) on the family's declaration (seed 000 §VI.1 "đối với đảng viên đã từ trần thì người
/// thân trong gia đình làm tờ khai đề nghị chi bộ xem xét"): the member had the party age at death, or was short of it
/// by no more than <see cref="EarlyAwardLimits.PosthumousMonths"/>.
/// </summary>
public static class PosthumousAwardRule
{
    public static RuleOutcome Check(DateOnly partyAgeCountsFrom, int years, DateOnly diedOn)
    {
        BadgeMilestones.EnsureMilestone(years);
        var reachedOn = PartyAge.ReachedOn(partyAgeCountsFrom, years);
        if (reachedOn <= diedOn)
        {
            return RuleOutcome.Allow($"Đảng viên đã đủ {years} năm tuổi đảng khi từ trần; đề nghị truy tặng Huy hiệu Đảng.");
        }

        return diedOn >= reachedOn.AddMonths(-EarlyAwardLimits.PosthumousMonths)
            ? RuleOutcome.Allow($"Đảng viên từ trần khi còn thiếu không quá {EarlyAwardLimits.PosthumousMonths} tháng để đủ {years} năm tuổi đảng; đề nghị truy tặng Huy hiệu Đảng.")
            : RuleOutcome.Deny($"Đảng viên từ trần khi còn thiếu hơn {EarlyAwardLimits.PosthumousMonths} tháng để đủ {years} năm tuổi đảng (ngày {reachedOn:dd/MM/yyyy}); không đủ điều kiện truy tặng.");
    }
}
