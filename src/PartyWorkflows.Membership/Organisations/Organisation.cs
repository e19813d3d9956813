namespace PartyWorkflows.Membership.Organisations;

public sealed record Organisation(Guid Id, Guid? ParentId, OrganisationKind Kind, string Name, string Code);
