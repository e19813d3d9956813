namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A node of the party organisation tree (see Membership's Organisation).</summary>
public sealed class OrganisationRecord
{
    public Guid Id { get; set; }
    public Guid? ParentId { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public required string Code { get; set; }
}
