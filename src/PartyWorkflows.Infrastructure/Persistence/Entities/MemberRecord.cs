namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A party member on a cell's list (see Membership's MemberStatus and MemberStanding for the stored values).</summary>
public sealed class MemberRecord
{
    public Guid Id { get; set; }

    /// <summary>The member's key across workflows (memberKey variables, card numbers, dossiers, transfer slips).</summary>
    public required string BusinessKey { get; set; }

    public required string FullName { get; set; }
    public DateOnly BirthDate { get; set; }

    /// <summary>The cell (or chi bộ cơ sở) the member belongs to, kept after the member leaves so the old list can be traced.</summary>
    public Guid OrganisationId { get; set; }

    public required string Status { get; set; }
    public required string Standing { get; set; }
    public DateOnly AdmittedOn { get; set; }
    public DateOnly? FullMemberOn { get; set; }
}
