using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Infrastructure.Cards;

/// <summary>
/// Allocates a list's card numbers as one contiguous block of the province's counter (seed 000_29c5dfa480f916c0.txt
/// §V.1: "liên tục, từ nhỏ đến lớn theo thời gian nhận danh sách", no partition among districts). One transaction:
/// the UPDATE of the counter row locks it until commit, so concurrent lists queue in the order they reach the row and
/// a failed allocation rolls the counter back with its numbers: no gap, no duplicate. Idempotent per instance: the
/// list of an instance that already has numbers gets them again, so a retried command never takes a second block.
/// </summary>
public sealed class CardNumberAllocator(WorkflowDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> AllocateAsync(
        string provinceCode, CardNumberScheme scheme, IReadOnlyList<string> memberKeys, Guid instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(memberKeys.Count);
        var count = (long)memberKeys.Count;
        // Inside a workflow command the allocation joins its transaction and commits with it; alone it is its own.
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using var transaction = own;
        var given = await db.CardNumbers.Where(n => n.InstanceId == instanceId && n.Scheme == scheme.Name)
            .OrderBy(n => n.Sequence)
            .ToListAsync(cancellationToken);
        if (given.Count > 0)
        {
            return given.Select(n => n.MemberKey).SequenceEqual(memberKeys, StringComparer.Ordinal)
                ? given.Select(n => n.Value).ToList()
                : throw new InvalidOperationException($"Quy trình {instanceId} đã được cấp số thẻ cho một danh sách khác; không cấp lại.");
        }

        // The first list of a province creates its counter; a concurrent first insert waits on the key, then does nothing.
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO card_number_sequences (province_code, scheme, next_value) VALUES ({provinceCode}, {scheme.Name}, 1) ON CONFLICT DO NOTHING",
            cancellationToken);
        var next = await db.Database.SqlQuery<long>(
                $"UPDATE card_number_sequences SET next_value = next_value + {count} WHERE province_code = {provinceCode} AND scheme = {scheme.Name} RETURNING next_value AS \"Value\"")
            .ToListAsync(cancellationToken);
        var first = next.Single() - count;

        var numbers = CardNumberBlock.Numbers(scheme, provinceCode, first, memberKeys.Count);
        var now = time.GetUtcNow();
        db.CardNumbers.AddRange(numbers.Select((value, i) => new CardNumberRecord
        {
            Value = value,
            ProvinceCode = provinceCode,
            Scheme = scheme.Name,
            Sequence = first + i,
            MemberKey = memberKeys[i],
            InstanceId = instanceId,
            AllocatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return numbers;
    }
}
