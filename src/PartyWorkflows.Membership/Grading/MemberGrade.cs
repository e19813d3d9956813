namespace PartyWorkflows.Membership.Grading;

/// <summary>The four member quality levels (seed 001 §B.II.4 "Chất lượng đảng viên được xếp theo 4 mức").</summary>
public enum MemberGrade
{
    /// <summary>HTXSNV — "hoàn thành xuất sắc nhiệm vụ".</summary>
    Excellent,

    /// <summary>HTTNV — "hoàn thành tốt nhiệm vụ".</summary>
    Good,

    /// <summary>HTNV — "hoàn thành nhiệm vụ".</summary>
    Completed,

    /// <summary>KHTNV — "vi phạm tư cách hoặc không hoàn thành nhiệm vụ".</summary>
    NotCompleted,
}
