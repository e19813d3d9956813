namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// One grading year of a member, as the reward rules read it: graded "đủ tư cách, hoàn thành xuất sắc nhiệm vụ", holding
/// the title "Chiến sỹ thi đua cơ sở" or higher, and given the superior committee's certificate that year.
/// </summary>
public sealed record MemberRewardYear(int Year, bool Excellent, bool EmulationTitle, bool SuperiorCertificate);
