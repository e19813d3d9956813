namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// A province's card-number counter in one scheme: one row per province, never one per district, because numbers
/// are not partitioned among districts (seed 000_29c5dfa480f916c0.txt §V.1 "không chia cụm số thẻ đảng viên").
/// A table row and not a database SEQUENCE, which would leave gaps when a transaction rolls back.
/// </summary>
public sealed class CardNumberSequenceRecord
{
    public required string ProvinceCode { get; set; }
    public required string Scheme { get; set; }

    /// <summary>The sequence the next allocation starts at; 1 before any.</summary>
    public long NextValue { get; set; }
}
