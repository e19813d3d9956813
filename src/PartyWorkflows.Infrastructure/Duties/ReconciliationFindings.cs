using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// What a reconciliation finds, for every organisation of the scope not yet reconciled in the period, in two set-based
/// statements (counts, then itemised discrepancies) over the whole member store — plain SQL both providers run. Each
/// statement pairs every member with the held dossier that answers for it in one hash join, so a member store of a
/// million rows is read once per statement. Per scope (seed 003_8ecac7def258469f.txt §1.1) a "unit" lists members and
/// holds dossiers:
/// <list type="bullet">
/// <item>cell with grassroots: the cell's list (members of the cell, active or exempted) against the held dossiers of
/// the cell's members, wherever kept — a dossier is attributed to the cell through its member's row;</item>
/// <item>grassroots with superior: the lists of every cell under the grassroots organisation against the dossiers the
/// grassroots organisation holds, including dossiers of people on no list of its cells.</item>
/// </list>
/// Damaged documents are those flagged in the held dossiers (seed 000_29c5dfa480f916c0.txt §III.2).
/// Parameters: {0} period, {1} {2} listed statuses, {3} held, {4} cell, {5} chi bộ cơ sở, {6} grassroots. Kind is the
/// DiscrepancyKind value: 0 listed member without dossier, 1 dossier without listed member, 2 damaged document.
/// </summary>
public sealed class ReconciliationFindings(WorkflowDbContext db)
{
    private const string Done = "done AS (SELECT organisation_id FROM reconciliation_reports WHERE period = {0})";

    private const string Listed = "CASE WHEN m.status IN ({1}, {2}) THEN 1 ELSE 0 END";

    private const string Paired = "CASE WHEN d.id IS NULL THEN 0 ELSE 1 END";

    private const string CellCounts = "WITH " + Done + $$"""

        SELECT m.organisation_id AS "OrganisationId", SUM({{Listed}}) AS "ListedCount", SUM({{Paired}}) AS "DossierCount"
        FROM members m LEFT JOIN member_dossiers d ON d.member_key = m.business_key AND d.status = {3}
        WHERE m.organisation_id NOT IN (SELECT organisation_id FROM done)
        GROUP BY m.organisation_id
        HAVING SUM({{Listed}}) + SUM({{Paired}}) > 0
        """;

    private const string CellItems = "WITH " + Done + $$"""

        SELECT m.organisation_id AS "OrganisationId", {{Paired}} AS "Kind", m.business_key AS "MemberKey", m.full_name AS "FullName",
               CAST(NULL AS VARCHAR(100)) AS "Detail"
        FROM members m LEFT JOIN member_dossiers d ON d.member_key = m.business_key AND d.status = {3}
        WHERE {{Listed}} <> {{Paired}} AND m.organisation_id NOT IN (SELECT organisation_id FROM done)
        UNION ALL
        SELECT m.organisation_id, 2, m.business_key, m.full_name, doc.kind
        FROM dossier_documents doc
            JOIN member_dossiers d ON d.id = doc.dossier_id
            JOIN members m ON m.business_key = d.member_key
        WHERE doc.damaged AND d.status = {3} AND m.organisation_id NOT IN (SELECT organisation_id FROM done)
        """;

    // Each cell walks up to its grassroots organisation (through sub-committees); a chi bộ cơ sở is its own.
    private const string CellGrassroots = """
        WITH RECURSIVE chain AS (
            SELECT o.id AS cell_id, o.id AS organisation_id, o.kind AS kind, o.parent_id AS parent_id
            FROM organisations o WHERE o.kind IN ({4}, {5})
            UNION ALL
            SELECT c.cell_id, o.id, o.kind, o.parent_id
            FROM chain c JOIN organisations o ON o.id = c.parent_id
            WHERE c.kind NOT IN ({6}, {5})),
        cell_grassroots AS (
            SELECT cell_id, organisation_id AS grassroots_id FROM chain WHERE kind IN ({6}, {5})),

        """;

    private const string GrassrootsCounts = CellGrassroots + Done + $$"""

        SELECT u.unit_id AS "OrganisationId", SUM(u.listed) AS "ListedCount", SUM(u.held) AS "DossierCount"
        FROM (
            SELECT g.grassroots_id AS unit_id, {{Listed}} AS listed, 0 AS held
            FROM members m JOIN cell_grassroots g ON g.cell_id = m.organisation_id
            UNION ALL
            SELECT d.held_by_organisation_id, 0, 1 FROM member_dossiers d WHERE d.status = {3}) u
        WHERE u.unit_id NOT IN (SELECT organisation_id FROM done)
        GROUP BY u.unit_id
        HAVING SUM(u.listed) + SUM(u.held) > 0
        """;

    // A member pairs with a dossier held by the member's own grassroots organisation; a held dossier that pairs with no
    // member there (unknown, or under another grassroots organisation) stands alone at its holder.
    private const string GrassrootsItems = CellGrassroots + Done + $$"""

        SELECT g.grassroots_id AS "OrganisationId", {{Paired}} AS "Kind", m.business_key AS "MemberKey", m.full_name AS "FullName",
               CAST(NULL AS VARCHAR(100)) AS "Detail"
        FROM members m
            JOIN cell_grassroots g ON g.cell_id = m.organisation_id
            LEFT JOIN member_dossiers d ON d.member_key = m.business_key AND d.status = {3} AND d.held_by_organisation_id = g.grassroots_id
        WHERE {{Listed}} <> {{Paired}} AND g.grassroots_id NOT IN (SELECT organisation_id FROM done)
        UNION ALL
        SELECT d.held_by_organisation_id, 1, d.member_key, m.full_name, CAST(NULL AS VARCHAR(100))
        FROM member_dossiers d
            LEFT JOIN members m ON m.business_key = d.member_key
            LEFT JOIN cell_grassroots g ON g.cell_id = m.organisation_id
        WHERE d.status = {3} AND (g.grassroots_id IS NULL OR g.grassroots_id <> d.held_by_organisation_id)
          AND d.held_by_organisation_id NOT IN (SELECT organisation_id FROM done)
        UNION ALL
        SELECT d.held_by_organisation_id, 2, d.member_key, m.full_name, doc.kind
        FROM dossier_documents doc
            JOIN member_dossiers d ON d.id = doc.dossier_id
            LEFT JOIN members m ON m.business_key = d.member_key
        WHERE doc.damaged AND d.status = {3} AND d.held_by_organisation_id NOT IN (SELECT organisation_id FROM done)
        """;

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
