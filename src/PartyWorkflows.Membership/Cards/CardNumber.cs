namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// A number a member was issued under a scheme. A member keeps every number: the old one stays on record after a
/// whole-party card exchange (Chỉ thị 51-CT/TW) issues a new one.
/// </summary>
public sealed record CardNumber(string SchemeName, string Value, DateOnly IssuedOn);
