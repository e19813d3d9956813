namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A cell taking part in the campaign and the members on its list (the multi-instance item of the workflow).</summary>
public sealed record CampaignCell(string OrganisationId, string Name, IReadOnlyList<CardCheckMember> Members);
