using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Membership;

internal static class OrganisationMapping
{
    public static Organisation ToOrganisation(this OrganisationRecord record) =>
        new(record.Id, record.ParentId, StoredNames.Parse<OrganisationKind>(record.Kind), record.Name, record.Code);
}
