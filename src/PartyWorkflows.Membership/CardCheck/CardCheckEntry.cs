namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A row of one of the lists 2..5-KTTĐV; Reason is the cell's note (why lost, damaged or never issued).</summary>
public sealed record CardCheckEntry(string MemberKey, string FullName, string CellId, string? CardNumber, IReadOnlyList<int> StampBoxes, string? Reason);
