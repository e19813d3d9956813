using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Documents.Grading;

/// <summary>The four levels as printed, seed 001_29955938909379e1.txt §B.II.4.1–4.4.</summary>
public static class GradeNames
{
    public static string Of(MemberGrade grade) => grade switch
    {
        MemberGrade.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        MemberGrade.Good => "Hoàn thành tốt nhiệm vụ",
        MemberGrade.Completed => "Hoàn thành nhiệm vụ",
        MemberGrade.NotCompleted => "Không hoàn thành nhiệm vụ",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };
}
