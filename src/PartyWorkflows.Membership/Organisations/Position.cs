namespace PartyWorkflows.Membership.Organisations;

/// <summary>A user's seat on a body (pw:committeeBody value) of an organisation: what the user may see and act on.</summary>
public sealed record Position(string UserId, Guid OrganisationId, string Body);
