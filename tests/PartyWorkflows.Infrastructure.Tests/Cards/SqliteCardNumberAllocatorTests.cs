using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Cards;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Infrastructure.Tests.Cards;

/// <summary>
/// The same allocator SQL (INSERT … ON CONFLICT DO NOTHING, UPDATE … RETURNING) on the embedded SQLite default, where
/// the database's single writer serialises lists (seed 000_29c5dfa480f916c0.txt §V.1).
/// </summary>
public sealed class SqliteCardNumberAllocatorTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private async Task<IReadOnlyList<string>> AllocateAsync(string province, IReadOnlyList<string> members)
    {
        await using var db = new SqliteWorkflowDbContext(
            new DbContextOptionsBuilder<SqliteWorkflowDbContext>().UseSqlite(database.ConnectionString).Options);
        return await new CardNumberAllocator(db, TimeProvider.System).AllocateAsync(province, CardNumberScheme.Guidance12, members, Guid.NewGuid());
    }

    [Fact]
    public async Task Lists_follow_each_other_in_the_province_sequence_and_provinces_stay_apart()
    {
        Assert.Equal(["30.000001", "30.000002"], await AllocateAsync("30", ["a", "b"]));
        Assert.Equal(["01.000001"], await AllocateAsync("01", ["c"]));
        Assert.Equal(["30.000003"], await AllocateAsync("30", ["d"]));
    }
}
