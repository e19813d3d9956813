namespace PartyWorkflows.Membership.Members;

/// <summary>A transfer notice slip as the superior committee writes it (seed 003_8ecac7def258469f.txt §1.3).</summary>
public sealed record TransferSlip(string SlipNumber, string MemberKey, Guid FromOrganisationId, Guid ToOrganisationId, DateOnly IssuedOn);
