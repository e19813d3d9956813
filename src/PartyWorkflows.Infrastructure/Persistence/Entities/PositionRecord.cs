namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A user's seat on a body of an organisation (see Membership's Position).</summary>
public sealed class PositionRecord
{
    public required string UserId { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Body { get; set; }
}
