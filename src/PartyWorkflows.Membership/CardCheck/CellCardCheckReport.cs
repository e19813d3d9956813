namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A cell's report as filed on <paramref name="ReportedOn"/> (Vietnam date), with its members as checked.</summary>
public sealed record CellCardCheckReport(string CellId, string CellName, DateOnly ReportedOn, IReadOnlyList<CardCheckMember> Members, CardCheckReport Report);
