namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A card with no validity from <see cref="CardCheckCampaign.InvalidFrom"/>.</summary>
public sealed record InvalidCard(string MemberKey, string FullName, string CellId, string? CardNumber, InvalidCardReason Reason);
