namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Member grading under Quy định 366-QĐ/TW (30/8/2025) — policy <see cref="GradingPolicy.Regulation366"/>. Its text
/// is not among the seeds: the thresholds below come from the grading brief and must be checked against the
/// regulation before production use.
/// </summary>
public static class Regulation366MemberGrading
{
    public const decimal ExcellentFrom = 90m;
    public const decimal GoodFrom = 70m;
    public const decimal CompletedFrom = 50m;
    public const int ExceededPercentForExcellent = 30;
    public const int MinimumMonthsSinceAdmission = 6;

    public static MemberGradingOutcome Grade(Regulation366MemberCase member)
    {
        ArgumentNullException.ThrowIfNull(member);
        Ensure(member);

        if (member.Exempted)
        {
            return MemberGradingOutcome.NotGraded("Đảng viên được miễn công tác và sinh hoạt đảng, không đánh giá, xếp loại.");
        }

        if (member.Suspended)
        {
            return MemberGradingOutcome.NotGraded("Đảng viên đang bị đình chỉ sinh hoạt đảng, không đánh giá, xếp loại.");
        }

        // Less than 6 months: the grading date falls before the 6-month anniversary of admission.
        if (member.GradingDate < member.AdmittedOn.AddMonths(MinimumMonthsSinceAdmission))
        {
            return MemberGradingOutcome.NotGraded(
                $"Đảng viên mới kết nạp ngày {member.AdmittedOn:dd/MM/yyyy}, chưa đủ {MinimumMonthsSinceAdmission} tháng đến ngày đánh giá; không xếp loại.");
        }

        if (member.UnderDiscipline)
        {
            return MemberGradingOutcome.Graded(MemberGrade.NotCompleted, "Đảng viên bị thi hành kỷ luật trong năm: xếp loại không hoàn thành nhiệm vụ.");
        }

        var score = $"{member.Score:0.##} điểm";
        if (member.Score >= ExcellentFrom)
        {
            var allDone = member.TasksCompleted == member.TasksAssigned;
            // 30 % or more exceeded, in integers: 100*exceeded >= 30*assigned.
            var enoughExceeded = 100L * member.TasksExceeded >= (long)ExceededPercentForExcellent * member.TasksAssigned;
            if (allDone && enoughExceeded)
            {
                return MemberGradingOutcome.Graded(MemberGrade.Excellent,
                    $"Hoàn thành xuất sắc nhiệm vụ: {score}, hoàn thành 100% nhiệm vụ, vượt {member.TasksExceeded}/{member.TasksAssigned} nhiệm vụ (từ 30% trở lên).");
            }

            return MemberGradingOutcome.Graded(MemberGrade.Good,
                $"Đạt {score} nhưng chưa hoàn thành 100% nhiệm vụ hoặc chưa vượt từ 30% nhiệm vụ ({member.TasksCompleted}/{member.TasksAssigned} hoàn thành, {member.TasksExceeded} vượt): xếp loại hoàn thành tốt nhiệm vụ.");
        }

        if (member.Score >= GoodFrom)
        {
            return MemberGradingOutcome.Graded(MemberGrade.Good, $"Hoàn thành tốt nhiệm vụ: {score} (từ 70 đến dưới 90).");
        }

        return member.Score >= CompletedFrom
            ? MemberGradingOutcome.Graded(MemberGrade.Completed, $"Hoàn thành nhiệm vụ: {score} (từ 50 đến dưới 70).")
            : MemberGradingOutcome.Graded(MemberGrade.NotCompleted, $"Không hoàn thành nhiệm vụ: {score} (dưới 50).");
    }

    private static void Ensure(Regulation366MemberCase member)
    {
        if (member.Score is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(member.Score), member.Score, "The score is out of 100.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(member.TasksAssigned, nameof(member.TasksAssigned));
        if (member.TasksCompleted < 0 || member.TasksCompleted > member.TasksAssigned)
        {
            throw new ArgumentOutOfRangeException(nameof(member.TasksCompleted), member.TasksCompleted, "Completed tasks must lie between 0 and the tasks assigned.");
        }

        if (member.TasksExceeded < 0 || member.TasksExceeded > member.TasksCompleted)
        {
            throw new ArgumentOutOfRangeException(nameof(member.TasksExceeded), member.TasksExceeded, "Exceeded tasks must lie between 0 and the tasks completed.");
        }
    }
}
