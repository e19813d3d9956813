namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// Early award to a seriously ill member at a round before the milestone is reached (seed 003 §1.9 "tặng Huy hiệu
/// Đảng sớm"), within <see cref="EarlyAwardLimits.SeriouslyIllMonths"/> and only with the evidence the seed requires.
/// </summary>
public static class EarlyAwardRule
{
    public static RuleOutcome Check(DateOnly partyAgeCountsFrom, int years, DateOnly round, IllnessEvidence evidence)
    {
        var reachedOn = PartyAge.ReachedOn(partyAgeCountsFrom, years);
        var months = EarlyAwardLimits.SeriouslyIllMonths(years);
        if (reachedOn <= round)
        {
            return RuleOutcome.Allow($"Đảng viên đã đủ {years} năm tuổi đảng ngày {reachedOn:dd/MM/yyyy}, không phải tặng sớm.");
        }

        if (evidence == IllnessEvidence.None)
        {
            return RuleOutcome.Deny("Đề nghị tặng sớm Huy hiệu Đảng vì bệnh nặng phải có giấy xác nhận hoặc bệnh án của cơ sở y tế có thẩm quyền; "
                + "đảng viên ốm tại nhà thì chi bộ, đảng ủy cơ sở phải xác nhận tình trạng bệnh tật.");
        }

        return round >= reachedOn.AddMonths(-months)
            ? RuleOutcome.Allow($"Được đề nghị tặng sớm Huy hiệu {years} năm tuổi đảng vì bệnh nặng (sớm không quá {months} tháng; đủ tuổi đảng ngày {reachedOn:dd/MM/yyyy}).")
            : RuleOutcome.Deny($"Đợt {round:dd/MM/yyyy} sớm hơn {months} tháng so với ngày đủ {years} năm tuổi đảng ({reachedOn:dd/MM/yyyy}); chưa được tặng sớm.");
    }
}
