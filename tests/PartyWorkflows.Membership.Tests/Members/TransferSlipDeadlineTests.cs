using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Members;

/// <summary>Seed 000_29c5dfa480f916c0.txt §IV.2, seed 003_8ecac7def258469f.txt §1.3: "quá 03 tháng" — more than three months.</summary>
public sealed class TransferSlipDeadlineTests
{
    private static readonly DateOnly IssuedOn = new(2025, 12, 3);

    [Theory]
    [InlineData("2026-03-02", false)] // three months less a day
    [InlineData("2026-03-03", false)] // exactly three months is not "more than"
    [InlineData("2026-03-04", true)] // three months and a day
    public void A_slip_is_overdue_only_after_three_months(string today, bool overdue) =>
        Assert.Equal(overdue, TransferSlipDeadline.IsOverdue(IssuedOn, dossierReceivedOn: null, DateOnly.Parse(today)));

    [Fact]
    public void A_slip_whose_dossier_arrived_is_never_overdue() =>
        Assert.False(TransferSlipDeadline.IsOverdue(IssuedOn, new DateOnly(2026, 3, 10), new DateOnly(2027, 1, 1)));

    [Fact]
    public void Month_ends_clamp_so_the_end_of_november_is_due_after_the_end_of_february()
    {
        Assert.False(TransferSlipDeadline.IsOverdue(new DateOnly(2025, 11, 30), null, new DateOnly(2026, 2, 28)));
        Assert.True(TransferSlipDeadline.IsOverdue(new DateOnly(2025, 11, 30), null, new DateOnly(2026, 3, 1)));
    }
}
