using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Cards;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Infrastructure.Tests.Cards;

/// <summary>
/// Card numbers on real PostgreSQL: contiguous, ascending, one sequence per province, no gap and no duplicate under
/// concurrent lists (seed 000_29c5dfa480f916c0.txt §V.1).
/// </summary>
public sealed class CardNumberAllocatorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly CardNumberScheme Scheme = CardNumberScheme.Guidance12;

    private PostgresWorkflowDbContext NewContext() =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(database.ConnectionString).Options);

    private async Task<IReadOnlyList<string>> AllocateAsync(string province, IReadOnlyList<string> members, Guid? instanceId = null)
    {
        await using var db = NewContext();
        return await new CardNumberAllocator(db, TimeProvider.System).AllocateAsync(province, Scheme, members, instanceId ?? Guid.NewGuid());
    }

    [Fact]
    public async Task Concurrent_lists_get_contiguous_blocks_covering_one_to_total_without_gap_or_duplicate()
    {
        var lists = Enumerable.Range(0, 32)
            .Select(l => Enumerable.Range(0, 1 + l % 5).Select(m => $"hn-{l}-{m}").ToList())
            .ToList();

        var blocks = await Task.WhenAll(lists.Select(list => Task.Run(() => AllocateAsync("01", list))));

        var total = lists.Sum(l => l.Count);
        var sequences = blocks.SelectMany(b => b).Select(Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), sequences);
        foreach (var block in blocks)
        {
            var own = block.Select(Sequence).ToList();
            Assert.Equal(Enumerable.Range(0, own.Count).Select(i => own[0] + i), own); // contiguous, ascending in list order
        }

        await using var db = NewContext();
        Assert.Equal(total, await db.CardNumbers.CountAsync(n => n.ProvinceCode == "01"));
        Assert.Equal(total + 1, await db.CardNumberSequences.Where(s => s.ProvinceCode == "01").Select(s => s.NextValue).SingleAsync());
    }

    [Fact]
    public async Task Another_province_has_its_own_sequence_starting_at_one()
    {
        await AllocateAsync("29", ["hnam-a"]);

        var numbers = await AllocateAsync("30", ["hanam-1", "hanam-2"]);

        Assert.Equal(["30.000001", "30.000002"], numbers);
        await using var db = NewContext();
        Assert.Equal("hanam-2", (await db.CardNumbers.SingleAsync(n => n.Value == "30.000002")).MemberKey);
    }

    [Fact]
    public async Task An_allocation_past_the_last_number_fails_and_leaves_no_gap()
    {
        await using (var db = NewContext())
        {
            db.CardNumberSequences.Add(new() { ProvinceCode = "99", Scheme = Scheme.Name, NextValue = 999_999 });
            await db.SaveChangesAsync();
        }

        await Assert.ThrowsAsync<CardNumberOverflowException>(() => AllocateAsync("99", ["a", "b"]));

        Assert.Equal(["99.999999"], await AllocateAsync("99", ["c"]));
    }

    [Fact]
    public async Task An_instance_asking_again_gets_its_numbers_back_and_the_counter_does_not_move()
    {
        var instance = Guid.NewGuid();
        var first = await AllocateAsync("31", ["x", "y"], instance);

        Assert.Equal(first, await AllocateAsync("31", ["x", "y"], instance));
        Assert.Equal(["31.000003"], await AllocateAsync("31", ["z"]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => AllocateAsync("31", ["x"], instance));
    }

    private static long Sequence(string number) =>
        CardNumberFormatter.TryParse(Scheme, number, out _, out var sequence) ? sequence : throw new FormatException(number);
}
