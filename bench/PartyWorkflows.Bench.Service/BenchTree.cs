using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Bench.Service;

/// <summary>
/// A province with 20 districts, 10 grassroots organisations each and 5 cells each (1 000 cells): the members being
/// graded are spread over the cells, so every batch resolves a few hundred cells and their ancestors.
/// </summary>
internal sealed class BenchTree
{
    private BenchTree(IReadOnlyList<Guid> cells) => Cells = cells;

    public IReadOnlyList<Guid> Cells { get; }

    public static async Task<BenchTree> SeedAsync(WorkflowDbContext db)
    {
        var cells = new List<Guid>();
        var province = Add(db, null, OrganisationKind.Province, "Tỉnh ủy", "bench-p");
        for (var d = 0; d < 20; d++)
        {
            var district = Add(db, province, OrganisationKind.Superior, $"Huyện ủy {d}", $"bench-d{d}");
            for (var g = 0; g < 10; g++)
            {
                var grassroots = Add(db, district, OrganisationKind.Grassroots, $"Đảng ủy xã {d}.{g}", $"bench-g{d}.{g}");
                for (var c = 0; c < 5; c++)
                {
                    cells.Add(Add(db, grassroots, OrganisationKind.Cell, $"Chi bộ {d}.{g}.{c}", $"bench-c{d}.{g}.{c}"));
                }
            }
        }

        await db.SaveChangesAsync();
        return new BenchTree(cells);
    }

    private static Guid Add(WorkflowDbContext db, Guid? parentId, OrganisationKind kind, string name, string code)
    {
        var id = Guid.CreateVersion7();
        db.Organisations.Add(new OrganisationRecord { Id = id, ParentId = parentId, Kind = StoredNames.Of(kind), Name = name, Code = code });
        return id;
    }
}
