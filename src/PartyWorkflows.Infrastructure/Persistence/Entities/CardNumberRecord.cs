namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A card number given to a member (seed 000_29c5dfa480f916c0.txt §V.1), written with its block's counter update.</summary>
public sealed class CardNumberRecord
{
    /// <summary>The written number, e.g. 30.000010; unique across schemes.</summary>
    public required string Value { get; set; }

    public required string ProvinceCode { get; set; }
    public required string Scheme { get; set; }
    public long Sequence { get; set; }
    public required string MemberKey { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset AllocatedAt { get; set; }
}
