namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Member grading under seed 001_29955938909379e1.txt §B.II (Hướng dẫn 07-HD/BTCTW, 2011) — policy
/// <see cref="GradingPolicy.Seed001"/>. The vote base N is every full member of the cell ("số đảng viên chính thức
/// của chi bộ"), not those present: probationary members do not count and absentees count against.
/// </summary>
public static class Seed001MemberGrading
{
    public static MemberGradingOutcome Grade(Seed001MemberCase member)
    {
        ArgumentNullException.ThrowIfNull(member);

        // §B.II.1: "Những đảng viên đã được miễn công tác và sinh hoạt đảng thì không phải đánh giá chất lượng đảng viên."
        if (member.Exempted)
        {
            return MemberGradingOutcome.NotGraded("Đảng viên đã được miễn công tác và sinh hoạt đảng, không phải đánh giá chất lượng.");
        }

        // §B.II.1: "Những đảng viên vắng mặt, chi bộ tổ chức đánh giá vào cuộc họp chi bộ gần nhất và báo cáo bổ sung kết quả lên cấp ủy cấp trên."
        if (member.Absent)
        {
            return MemberGradingOutcome.Deferred("Đảng viên vắng mặt; chi bộ đánh giá vào cuộc họp chi bộ gần nhất và báo cáo bổ sung lên cấp ủy cấp trên.");
        }

        // §B.II.4.4: "Là những đảng viên đang chấp hành kỷ luật của Đảng, chính quyền, đoàn thể từ khiển trách trở lên trong năm".
        // Read as a level by itself: the "có trên 1/2 ... tán thành" clause follows "hoặc phạm một trong các khuyết điểm sau".
        if (member.UnderDiscipline)
        {
            return MemberGradingOutcome.Graded(MemberGrade.NotCompleted,
                "Đảng viên đang chấp hành kỷ luật từ khiển trách trở lên trong năm: xếp loại vi phạm tư cách hoặc không hoàn thành nhiệm vụ.");
        }

        // §B.II.5: "Đối với đảng viên đã nghỉ hưu nhưng chưa chuyển sinh hoạt về địa phương và những đảng viên đi làm xa nơi cư trú
        // từ 3 tháng trở lên, nếu không có vi phạm gì thì xếp loại đảng viên ở mức đủ tư cách, hoàn thành nhiệm vụ".
        if (!member.HasViolation && (member.RetiredNotTransferred || member.MonthsWorkingAwayFromResidence >= 3))
        {
            return MemberGradingOutcome.Graded(MemberGrade.Completed,
                "Đảng viên nghỉ hưu chưa chuyển sinh hoạt về địa phương hoặc đi làm xa nơi cư trú từ 3 tháng trở lên, không có vi phạm: xếp loại đủ tư cách, hoàn thành nhiệm vụ.");
        }

        return ByBallot(member.ProposedLevel, member.VotesInFavour, member.FullMembersOfCell);
    }

    private static MemberGradingOutcome ByBallot(MemberGrade level, int agree, int fullMembers)
    {
        var tally = $"{agree}/{fullMembers} đảng viên chính thức của chi bộ tán thành";
        if (level == MemberGrade.Excellent)
        {
            // §B.II.4.1: "được 2/3 trở lên số đảng viên chính thức của chi bộ biểu quyết hoặc bỏ phiếu tán thành".
            return VoteThresholds.TwoThirdsOrMore(agree, fullMembers)
                ? MemberGradingOutcome.Graded(level, $"Hoàn thành xuất sắc nhiệm vụ: {tally} (từ 2/3 trở lên).")
                : MemberGradingOutcome.VoteFailed($"Chưa đạt 2/3 số đảng viên chính thức của chi bộ tán thành mức hoàn thành xuất sắc nhiệm vụ ({tally}); biểu quyết lại ở mức thấp hơn.");
        }

        // §B.II.4.2 and §B.II.4.3: "được trên 1/2 số đảng viên chính thức của chi bộ biểu quyết hoặc bỏ phiếu tán thành";
        // §B.II.4.4 (for a shortcoming, not discipline): "có trên 1/2 đảng viên chính thức của chi bộ biểu quyết hoặc bỏ phiếu tán thành".
        var name = LevelName(level);
        return VoteThresholds.MoreThanHalf(agree, fullMembers)
            ? MemberGradingOutcome.Graded(level, $"{name}: {tally} (trên 1/2).")
            : MemberGradingOutcome.VoteFailed($"Chưa được trên 1/2 số đảng viên chính thức của chi bộ tán thành mức {name.ToLowerInvariant()} ({tally}); chi bộ biểu quyết lại.");
    }

    private static string LevelName(MemberGrade level) => level switch
    {
        MemberGrade.Good => "Hoàn thành tốt nhiệm vụ",
        MemberGrade.Completed => "Hoàn thành nhiệm vụ",
        MemberGrade.NotCompleted => "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level voted by more than half."),
    };
}
