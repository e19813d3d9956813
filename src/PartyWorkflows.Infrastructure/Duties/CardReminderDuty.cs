using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The monthly reminder of cards not yet issued to new full members (seed 000_29c5dfa480f916c0.txt §V.2: after the
/// resolution recognising a full member "chi ủy gửi … danh sách đề nghị phát thẻ"): per cell, one card-issuance-reminder
/// instance listing the active full members recognised within the last year who hold no card number yet. A member who
/// has been reminded stays on next month's list until a number is allocated; each month's reminder opens once.
/// </summary>
public sealed class CardReminderDuty(CellCampaign campaign, WorkflowDbContext db) : IPeriodicDuty
{
    public const string DutyId = "card-issuance-reminder";
    public const string ProcessId = "card-issuance-reminder";

    /// <summary>How far back "new" full members go: older ones are the card technical check's business, not a reminder's.</summary>
    public const int NewWithinMonths = 12;

    public string Id => DutyId;

    public Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var active = StoredNames.Of(MemberStatus.Active);
        var full = StoredNames.Of(MemberStanding.Full);
        var since = occasion.OccurrenceDay.AddMonths(-NewWithinMonths);
        var month = $"{occasion.OccurrenceDay:yyyy-MM}";
        return campaign.OpenAsync(ProcessId, DutyId, month,
            m => m.Status == active && m.Standing == full && m.FullMemberOn >= since && !db.CardNumbers.Any(n => n.MemberKey == m.BusinessKey),
            [("month", month)], cancellationToken);
    }
}
