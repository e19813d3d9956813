namespace PartyWorkflows.Web.Features.Administration;

/// <param name="Kind">province, superior, grassroots or cell.</param>
public sealed record OrganisationNode(Guid OrganisationId, Guid? ParentId, string Kind, string Name, string Code);

public sealed record UserSummary(string UserId, string? Email, string DisplayName, bool IsAdministrator, IReadOnlyList<PositionSummary> Positions);

public sealed record PositionSummary(Guid OrganisationId, string? OrganisationName, string Body);

public sealed record PositionRequest(Guid? OrganisationId, string? Body);
