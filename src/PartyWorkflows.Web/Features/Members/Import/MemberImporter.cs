using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Cards;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>
/// Writes validated rows in one transaction: a known member key updates that member, an unknown one inserts a new
/// member; a card number not yet on record is recorded for its member. Nothing is written unless everything is.
/// </summary>
public sealed class MemberImporter(WorkflowDbContext db, TimeProvider time)
{
    public async Task<MemberImportResult> ImportAsync(IReadOnlyList<ImportedMember> rows, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = rows.Select(r => r.MemberKey).ToList();
        var existing = await db.Members.Where(m => keys.Contains(m.BusinessKey)).ToDictionaryAsync(m => m.BusinessKey, cancellationToken);
        var numbers = rows.Select(r => r.CardNumber).OfType<string>().ToList();
        var recorded = await db.CardNumbers.Where(n => numbers.Contains(n.Value)).Select(n => n.Value).ToListAsync(cancellationToken);

        var inserted = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.MemberKey, out var member))
            {
                Apply(member, row);
            }
            else
            {
                member = new MemberRecord
                {
                    Id = Guid.CreateVersion7(),
                    BusinessKey = row.MemberKey,
                    FullName = row.FullName,
                    Status = StoredNames.Of(MemberStatus.Active),
                    Standing = StoredNames.Of(MemberStanding.Probationary),
                };
                Apply(member, row);
                db.Members.Add(member);
                inserted++;
            }
        }

        var cards = rows.Where(r => r.CardNumber is { } n && !recorded.Contains(n)).Select(r => Card(r.CardNumber!, r.MemberKey)).ToList();
        db.CardNumbers.AddRange(cards);
        await db.SaveChangesAsync(cancellationToken);
        await AdvanceCountersAsync(cards, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MemberImportResult(inserted, rows.Count - inserted, cards.Count);
    }

    private static void Apply(MemberRecord member, ImportedMember row)
    {
        member.FullName = row.FullName;
        member.BirthDate = row.BirthDate;
        member.OrganisationId = row.OrganisationId;
        member.AdmittedOn = row.AdmittedOn;
        member.FullMemberOn = row.FullMemberOn;
        member.Standing = StoredNames.Of(row.FullMemberOn is null ? MemberStanding.Probationary : MemberStanding.Full);
        if (row.Status is { } status)
        {
            member.Status = StoredNames.Of(status);
        }
    }

    /// <summary>A number issued before this service kept the register: it belongs to no case, so its instance id is empty.</summary>
    private CardNumberRecord Card(string value, string memberKey)
    {
        var scheme = CardNumberScheme.Guidance12;
        if (!CardNumberFormatter.TryParse(scheme, value, out var provinceCode, out var sequence))
        {
            throw new ArgumentException($"Số thẻ {value} chưa được kiểm tra dạng {scheme.Pattern}.", nameof(value));
        }

        return new CardNumberRecord
        {
            Value = value,
            ProvinceCode = provinceCode,
            Scheme = scheme.Name,
            Sequence = sequence,
            MemberKey = memberKey,
            InstanceId = Guid.Empty,
            AllocatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>
    /// Moves each province's counter past the imported numbers, so the allocator never hands one out again (numbers run
    /// on without gaps or repeats, seed 000_29c5dfa480f916c0.txt §V.1). Guarded updates: a counter already further on stays.
    /// </summary>
    private async Task AdvanceCountersAsync(List<CardNumberRecord> cards, CancellationToken cancellationToken)
    {
        foreach (var province in cards.GroupBy(c => (c.ProvinceCode, c.Scheme)))
        {
            var next = province.Max(c => c.Sequence) + 1;
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO card_number_sequences (province_code, scheme, next_value) VALUES ({province.Key.ProvinceCode}, {province.Key.Scheme}, {next}) ON CONFLICT DO NOTHING",
                cancellationToken);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE card_number_sequences SET next_value = {next} WHERE province_code = {province.Key.ProvinceCode} AND scheme = {province.Key.Scheme} AND next_value < {next}",
                cancellationToken);
        }
    }
}
