using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Members;

/// <summary>
/// Who is on the cell's list (seed 000 §III.2, seed 003 §1.4: exempted members stay) and who is graded (seed 001:
/// exempted members are not).
/// </summary>
public sealed class MemberListTests
{
    [Theory]
    [InlineData(MemberStatus.Active, true, true)]
    [InlineData(MemberStatus.Exempted, true, false)]
    [InlineData(MemberStatus.TransferredOut, false, false)]
    [InlineData(MemberStatus.Removed, false, false)]
    [InlineData(MemberStatus.Deceased, false, false)]
    public void Listing_and_grading_follow_the_status(MemberStatus status, bool listed, bool graded) =>
        Assert.Equal((listed, graded), (MemberList.IsListed(status), MemberList.IsGraded(status)));
}
