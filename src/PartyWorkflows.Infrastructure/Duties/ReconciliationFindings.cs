using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// What a reconciliation finds, for every organisation of the scope not yet reconciled in the period, in two set-based
/// statements (counts, then itemised discrepancies) over the whole member store — plain SQL both providers run.
/// Per scope (seed 003_8ecac7def258469f.txt §1.1) a "unit" lists members and holds dossiers:
/// <list type="bullet">
/// <item>cell with grassroots: the cell's list (members of the cell, active or exempted) against the held dossiers of
/// the cell's members, wherever kept — a dossier is attributed to the cell through its member's row;</item>
/// <item>grassroots with superior: the lists of every cell under the grassroots organisation against the dossiers the
/// grassroots organisation holds, including dossiers of people on no list here.</item>
/// </list>
/// Damaged documents are those flagged in the held dossiers (seed 000_29c5dfa480f916c0.txt §III.2).
/// </summary>
public sealed class ReconciliationFindings(WorkflowDbContext db)
{
    // Standard SQL: PostgreSQL and SQLite both accept WITH RECURSIVE even when only some of the CTEs recurse.
    private const string CellUnits = """
        listed AS (
            SELECT m.organisation_id AS unit_id, m.business_key AS member_key, m.full_name AS full_name
            FROM members m WHERE m.status IN ({1}, {2})),
        held AS (
            SELECT m.organisation_id AS unit_id, d.id AS dossier_id, d.member_key AS member_key, m.full_name AS full_name
            FROM member_dossiers d JOIN members m ON m.business_key = d.member_key
            WHERE d.status = {3})
        """;

    // Each cell walks up to its grassroots organisation (through sub-committees); a chi bộ cơ sở is its own.
    private const string GrassrootsUnits = """
        chain AS (
            SELECT o.id AS cell_id, o.id AS organisation_id, o.kind AS kind, o.parent_id AS parent_id
            FROM organisations o WHERE o.kind IN ({4}, {5})
            UNION ALL
            SELECT c.cell_id, o.id, o.kind, o.parent_id
            FROM chain c JOIN organisations o ON o.id = c.parent_id
            WHERE c.kind NOT IN ({6}, {5})),
        cell_grassroots AS (
            SELECT cell_id, organisation_id AS grassroots_id FROM chain WHERE kind IN ({6}, {5})),
        listed AS (
            SELECT g.grassroots_id AS unit_id, m.business_key AS member_key, m.full_name AS full_name
            FROM members m JOIN cell_grassroots g ON g.cell_id = m.organisation_id
            WHERE m.status IN ({1}, {2})),
        held AS (
            SELECT d.held_by_organisation_id AS unit_id, d.id AS dossier_id, d.member_key AS member_key, m.full_name AS full_name
            FROM member_dossiers d LEFT JOIN members m ON m.business_key = d.member_key
            WHERE d.status = {3})
        """;

    private const string Done = "done AS (SELECT organisation_id FROM reconciliation_reports WHERE period = {0})";

    private const string Counts = """
        SELECT u.unit_id AS "OrganisationId", SUM(u.listed) AS "ListedCount", SUM(u.held) AS "DossierCount"
        FROM (SELECT unit_id, 1 AS listed, 0 AS held FROM listed UNION ALL SELECT unit_id, 0, 1 FROM held) u
        WHERE u.unit_id NOT IN (SELECT organisation_id FROM done)
        GROUP BY u.unit_id
        """;

    // Kind is the DiscrepancyKind value: 0 listed member without dossier, 1 dossier without listed member, 2 damaged document.
    private const string Items = """
        SELECT l.unit_id AS "OrganisationId", 0 AS "Kind", l.member_key AS "MemberKey", l.full_name AS "FullName",
               CAST(NULL AS VARCHAR(100)) AS "Detail"
        FROM listed l
        WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.unit_id = l.unit_id AND h.member_key = l.member_key)
          AND l.unit_id NOT IN (SELECT organisation_id FROM done)
        UNION ALL
        SELECT h.unit_id, 1, h.member_key, h.full_name, CAST(NULL AS VARCHAR(100))
        FROM held h
        WHERE NOT EXISTS (SELECT 1 FROM listed l WHERE l.unit_id = h.unit_id AND l.member_key = h.member_key)
          AND h.unit_id NOT IN (SELECT organisation_id FROM done)
        UNION ALL
        SELECT h.unit_id, 2, h.member_key, h.full_name, doc.kind
        FROM held h JOIN dossier_documents doc ON doc.dossier_id = h.dossier_id
        WHERE doc.damaged AND h.unit_id NOT IN (SELECT organisation_id FROM done)
        """;

    private const string CellWith = "WITH RECURSIVE " + CellUnits + ",\n" + Done + "\n";
    private const string GrassrootsWith = "WITH RECURSIVE " + GrassrootsUnits + ",\n" + Done + "\n";
    private const string CellCounts = CellWith + Counts;
    private const string CellItems = CellWith + Items;
    private const string GrassrootsCounts = GrassrootsWith + Counts;
    private const string GrassrootsItems = GrassrootsWith + Items;

    public async Task<IReadOnlyList<UnitFindings>> FindAsync(ReconciliationPeriod period, CancellationToken cancellationToken)
    {
        var byCell = period.Scope == ReconciliationScope.CellWithGrassroots;
        object[] parameters =
        [
            period.Key,
            StoredNames.Of(MemberStatus.Active),
            StoredNames.Of(MemberStatus.Exempted),
            StoredNames.Of(DossierStatus.Held),
            StoredNames.Of(OrganisationKind.Cell),
            StoredNames.Of(OrganisationKind.GrassrootsCell),
            StoredNames.Of(OrganisationKind.Grassroots),
        ];
        var countsSql = byCell ? CellCounts : GrassrootsCounts;
        var itemsSql = byCell ? CellItems : GrassrootsItems;

        var counts = await db.Database.SqlQueryRaw<UnitCount>(countsSql, parameters).ToListAsync(cancellationToken);
        var items = (await db.Database.SqlQueryRaw<FoundItem>(itemsSql, parameters).ToListAsync(cancellationToken))
            .ToLookup(i => i.OrganisationId);

        return counts.Select(c =>
        {
            var discrepancies = items[c.OrganisationId]
                .OrderBy(i => i.Kind).ThenBy(i => i.MemberKey, StringComparer.Ordinal).ThenBy(i => i.Detail, StringComparer.Ordinal)
                .Select(i => new Discrepancy((DiscrepancyKind)i.Kind, i.MemberKey, i.FullName, i.Detail))
                .ToList();
            if (c.ListedCount != c.DossierCount)
            {
                discrepancies.Add(new Discrepancy(DiscrepancyKind.CountMismatch, null, null,
                    $"Danh sách có {c.ListedCount} đảng viên, cấp ủy giữ {c.DossierCount} hồ sơ."));
            }

            return new UnitFindings(c.OrganisationId, (int)c.ListedCount, (int)c.DossierCount, discrepancies);
        }).ToList();
    }

    private sealed record UnitCount(Guid OrganisationId, long ListedCount, long DossierCount);

    private sealed record FoundItem(Guid OrganisationId, int Kind, string MemberKey, string? FullName, string? Detail);
}
