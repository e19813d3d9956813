using PartyWorkflows.Web.Features.Definitions;

namespace PartyWorkflows.Web.Features.Drafts;

/// <param name="SavedBy">The saver's display name.</param>
public sealed record DraftResponse(string ProcessId, string Xml, string? SavedBy, DateTimeOffset SavedAt);

/// <param name="Errors">The validation errors a publication would refuse; a draft may have them.</param>
public sealed record DraftSaved(
    string ProcessId, DateTimeOffset SavedAt, IReadOnlyList<DiagnosticResponse> Errors, IReadOnlyList<DiagnosticResponse> Warnings);
