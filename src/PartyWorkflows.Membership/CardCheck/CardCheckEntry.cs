namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A row of one of the lists 2..5-KTTĐV.</summary>
public sealed record CardCheckEntry(string MemberKey, string FullName, string CellId, string? CardNumber, IReadOnlyList<int> StampBoxes);
