using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 000 §VII.1–4: which committee decides which award.</summary>
public sealed class AwardAuthorityTests
{
    [Theory]
    [InlineData(AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.GrassrootsCommittee)]
    [InlineData(AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.SuperiorCommittee)]
    [InlineData(AwardRecipient.Cell, AwardKind.Diploma, AwardingBody.Province)]
    [InlineData(AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate, AwardingBody.SuperiorCommittee)]
    [InlineData(AwardRecipient.GrassrootsOrganisation, AwardKind.Diploma, AwardingBody.Province)]
    [InlineData(AwardRecipient.GrassrootsOrganisation, AwardKind.Flag, AwardingBody.Province)]
    [InlineData(AwardRecipient.DistrictOrganisation, AwardKind.Diploma, AwardingBody.Province)]
    [InlineData(AwardRecipient.DistrictOrganisation, AwardKind.Flag, AwardingBody.Province)]
    [InlineData(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.GrassrootsCommittee)]
    [InlineData(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee)]
    [InlineData(AwardRecipient.Member, AwardKind.Diploma, AwardingBody.Province)]
    public void The_seed_names_the_deciding_body(AwardRecipient recipient, AwardKind kind, AwardingBody body) =>
        Assert.True(AwardAuthority.Check(recipient, kind, body).Allowed);

    [Theory]
    [InlineData(AwardRecipient.Cell, AwardKind.Diploma, AwardingBody.SuperiorCommittee)]
    [InlineData(AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate, AwardingBody.GrassrootsCommittee)]
    [InlineData(AwardRecipient.GrassrootsOrganisation, AwardKind.Flag, AwardingBody.SuperiorCommittee)]
    [InlineData(AwardRecipient.Member, AwardKind.Diploma, AwardingBody.SuperiorCommittee)]
    public void Another_body_is_refused_and_told_whose_it_is(AwardRecipient recipient, AwardKind kind, AwardingBody body)
    {
        var outcome = AwardAuthority.Check(recipient, kind, body);
        Assert.False(outcome.Allowed);
        Assert.Contains("không có thẩm quyền", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AwardRecipient.Cell, AwardKind.Flag)]
    [InlineData(AwardRecipient.Member, AwardKind.Flag)]
    [InlineData(AwardRecipient.DistrictOrganisation, AwardKind.Certificate)]
    public void An_award_the_seed_does_not_give_has_no_deciding_body(AwardRecipient recipient, AwardKind kind)
    {
        Assert.Empty(AwardAuthority.DecidingBodies(recipient, kind));
        var outcome = AwardAuthority.Check(recipient, kind, AwardingBody.Province);
        Assert.False(outcome.Allowed);
        Assert.Contains("không quy định", outcome.Reason, StringComparison.Ordinal);
    }
}
