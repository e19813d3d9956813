namespace PartyWorkflows.Membership.Members;

/// <summary>
/// The three-month rule for a transfer notice slip: a member who has not submitted the dossier at the receiving
/// committee more than three months after the slip was issued is dealt with (seed 000_29c5dfa480f916c0.txt §IV.2:
/// "quá 3 tháng không nộp hồ sơ chuyển sinh hoạt đảng"; seed 003_8ecac7def258469f.txt §1.3: "quá 03 tháng").
/// </summary>
public static class TransferSlipDeadline
{
    public const int Months = 3;

    /// <summary>
    /// The last issue date still within the three months on <paramref name="today"/>: exactly three calendar months is not
    /// yet "more than" three. A slip issued before it is overdue. Month ends clamp (30/11 + 3 months = 28/2).
    /// </summary>
    public static DateOnly LatestTimelyIssueDate(DateOnly today) => today.AddMonths(-Months);

    public static bool IsOverdue(DateOnly issuedOn, DateOnly? dossierReceivedOn, DateOnly today) =>
        dossierReceivedOn is null && issuedOn < LatestTimelyIssueDate(today);
}
