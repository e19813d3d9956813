namespace PartyWorkflows.Membership.Members;

/// <summary>Đảng viên dự bị / chính thức.</summary>
public enum MemberStanding
{
    Probationary,
    Full,
}
