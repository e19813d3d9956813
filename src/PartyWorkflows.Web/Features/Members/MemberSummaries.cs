using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Web.Features.Members;

internal static class MemberSummaries
{
    public static MemberSummary Of(MemberRecord m, string? organisationName) => new(
        m.BusinessKey, m.FullName, m.BirthDate, m.OrganisationId, organisationName, m.Status, m.Standing, m.AdmittedOn, m.FullMemberOn);
}
