using System.Text.Json;

namespace PartyWorkflows.Web.Features.Reconciliations;

/// <summary>A kept reconciliation report: the counts, the itemised discrepancies, the reviewing instance and the sign-off.</summary>
public sealed record ReconciliationReport(
    Guid Id,
    Guid OrganisationId,
    string Period,
    string Scope,
    int ListedCount,
    int DossierCount,
    JsonElement Discrepancies,
    Guid InstanceId,
    DateTimeOffset CreatedAt,
    string? SignedOffBy,
    DateTimeOffset? SignedOffAt);
