using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Membership.Tests.Organisations;

public sealed class CommitteeLevelResolverTests
{
    private static readonly Organisation HaNoi = new(Guid.NewGuid(), null, OrganisationKind.Province, "Thành ủy Hà Nội", "01");
    private static readonly Organisation PhucLoi = new(Guid.NewGuid(), HaNoi.Id, OrganisationKind.Superior, "Đảng ủy phường Phúc Lợi", "01.01");
    private static readonly Organisation School = new(Guid.NewGuid(), PhucLoi.Id, OrganisationKind.Grassroots, "Đảng bộ Trường THPT Phúc Lợi", "01.01.01");
    private static readonly Organisation Teachers = new(Guid.NewGuid(), School.Id, OrganisationKind.SubCommittee, "Đảng bộ bộ phận giáo viên", "01.01.01.01");
    private static readonly Organisation MathCell = new(Guid.NewGuid(), Teachers.Id, OrganisationKind.Cell, "Chi bộ Toán", "01.01.01.01.01");
    private static readonly Organisation MathGroup = new(Guid.NewGuid(), MathCell.Id, OrganisationKind.PartyGroup, "Tổ đảng Toán 1", "01.01.01.01.01.01");
    private static readonly Organisation Residential = new(Guid.NewGuid(), PhucLoi.Id, OrganisationKind.GrassrootsCell, "Chi bộ khu dân cư số 3", "01.01.02");

    private static readonly Dictionary<Guid, Organisation> Tree =
        new[] { HaNoi, PhucLoi, School, Teachers, MathCell, MathGroup, Residential }.ToDictionary(o => o.Id);

    private static Organisation? Resolve(Organisation subject, string level) =>
        CommitteeLevelResolver.Resolve(subject.Id, level, id => Tree.GetValueOrDefault(id));

    [Theory]
    [InlineData("cell", "Chi bộ Toán")]
    [InlineData("grassroots", "Đảng bộ Trường THPT Phúc Lợi")]
    [InlineData("superior", "Đảng ủy phường Phúc Lợi")]
    [InlineData("province", "Thành ủy Hà Nội")]
    public void Levels_are_found_by_walking_up_from_a_party_group_through_a_sub_committee(string level, string expected)
    {
        Assert.Equal(expected, Resolve(MathGroup, level)?.Name);
    }

    [Theory]
    [InlineData("cell", "Chi bộ khu dân cư số 3")]
    [InlineData("grassroots", "Chi bộ khu dân cư số 3")]
    [InlineData("superior", "Đảng ủy phường Phúc Lợi")]
    public void A_grassroots_cell_is_both_the_cell_and_the_grassroots_organisation(string level, string expected)
    {
        Assert.Equal(expected, Resolve(Residential, level)?.Name);
    }

    [Fact]
    public void A_level_missing_above_the_subject_resolves_to_nothing()
    {
        Assert.Null(Resolve(PhucLoi, "cell"));
        Assert.Null(Resolve(HaNoi, "superior"));
    }

    [Fact]
    public void Only_a_seat_on_the_acting_body_of_the_acting_organisation_may_act()
    {
        Position[] secretary = [new("u1", MathCell.Id, "secretary")];

        Assert.True(TaskAuthorization.CanAct(secretary, MathCell.Id, "secretary"));
        Assert.True(TaskAuthorization.CanAct(secretary, MathCell.Id, null));
        Assert.False(TaskAuthorization.CanAct(secretary, MathCell.Id, "committee"));
        Assert.False(TaskAuthorization.CanAct(secretary, Residential.Id, "secretary"));
    }
}
