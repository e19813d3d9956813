using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>A sheet row that passed validation. A null status leaves an existing member's status as it is (new: active).</summary>
public sealed record ImportedMember(
    int Row,
    string MemberKey,
    string FullName,
    DateOnly BirthDate,
    Guid OrganisationId,
    DateOnly AdmittedOn,
    DateOnly? FullMemberOn,
    string? CardNumber,
    MemberStatus? Status);
