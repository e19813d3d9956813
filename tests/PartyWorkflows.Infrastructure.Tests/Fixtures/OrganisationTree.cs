using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>
/// Province → superior (district) committee → grassroots organisation → cell, with a cell secretary and a grassroots
/// committee member. Codes and user ids are unique per tree, so tests sharing a database do not collide.
/// </summary>
public sealed class OrganisationTree
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public Guid Province { get; } = Guid.NewGuid();
    public Guid Superior { get; } = Guid.NewGuid();
    public Guid Grassroots { get; } = Guid.NewGuid();
    public Guid Cell { get; } = Guid.NewGuid();

    public string CellSecretary => $"secretary-{_suffix}";
    public string GrassrootsMember => $"committee-{_suffix}";

    public static async Task<OrganisationTree> SeedAsync(WorkflowHarness harness)
    {
        var tree = new OrganisationTree();
        await harness.Db(async db =>
        {
            db.Organisations.AddRange(
                tree.Organisation(tree.Province, null, OrganisationKind.Province, "Tỉnh ủy"),
                tree.Organisation(tree.Superior, tree.Province, OrganisationKind.Superior, "Huyện ủy"),
                tree.Organisation(tree.Grassroots, tree.Superior, OrganisationKind.Grassroots, "Đảng ủy xã"),
                tree.Organisation(tree.Cell, tree.Grassroots, OrganisationKind.Cell, "Chi bộ thôn 1"));
            db.Positions.AddRange(
                new PositionRecord { UserId = tree.CellSecretary, OrganisationId = tree.Cell, Body = "secretary" },
                new PositionRecord { UserId = tree.GrassrootsMember, OrganisationId = tree.Grassroots, Body = "committee" });
            return await db.SaveChangesAsync();
        });
        return tree;
    }

    private OrganisationRecord Organisation(Guid id, Guid? parentId, OrganisationKind kind, string name) =>
        new() { Id = id, ParentId = parentId, Kind = StoredNames.Of(kind), Name = name, Code = $"{StoredNames.Of(kind)}-{_suffix}" };
}
