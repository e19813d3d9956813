namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// One round of the party-card technical check (kiểm tra kỹ thuật thẻ đảng viên), as data: each round stamps its own
/// box on the card. Seed 002_773bfcc68234de1e.txt §5: the fourth round "được thực hiện từ ngày 15/4/2021 đến hết ngày
/// 15/5/2021. Từ 16/5/2021 trở đi, thẻ đảng viên chưa được kiểm tra kỹ thuật và đóng dấu kiểm tra thì không có giá trị
/// sử dụng"; §3.2 the grassroots committees report "trước ngày 10/5/2021"; §4 the superior's form 7-KTTĐV goes to the
/// province "trước ngày 19/5/2021".
/// </summary>
/// <param name="Round">The round's number, which is also the box it stamps (seed 000 §V.2: "từ tháng 4-2021 đến tháng 4-2026 là ô số 4").</param>
/// <param name="StartsOn">First day; also the day the cells draw up their lists (seed 002 §2: "ngày 15/4/2021").</param>
/// <param name="EndsOn">Last day of the campaign ("đến hết ngày").</param>
/// <param name="GrassrootsReportBy">The grassroots reports (6-KTTĐV) are due before this day.</param>
/// <param name="SuperiorReportBy">The superior's report (7-KTTĐV) is due before this day.</param>
public sealed record CardCheckCampaign(int Round, DateOnly StartsOn, DateOnly EndsOn, DateOnly GrassrootsReportBy, DateOnly SuperiorReportBy)
{
    /// <summary>The fourth round of seed 002.</summary>
    public static CardCheckCampaign Fourth { get; } = new(4, new DateOnly(2021, 4, 15), new DateOnly(2021, 5, 15), new DateOnly(2021, 5, 10), new DateOnly(2021, 5, 19));

    /// <summary>The first day an unchecked card has no validity.</summary>
    public DateOnly InvalidFrom => EndsOn.AddDays(1);

    /// <summary>
    /// Seed 002 §2: a member recognised as a full member from the day the cells list the cards (the first day) gets the
    /// round's box stamped by the organization department on the new card before it is handed over, outside the cells'
    /// lists (card-issuance.bpmn's "đóng dấu kiểm tra kỹ thuật").
    /// </summary>
    public bool StampedAtIssue(DateOnly recognisedFullOn) => recognisedFullOn >= StartsOn;

    /// <summary>The dates must follow each other and the round must be a card box (1 or more).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Round < 1)
        {
            problems.Add("Số kỳ kiểm tra kỹ thuật thẻ phải từ 1 trở lên.");
        }

        if (EndsOn < StartsOn)
        {
            problems.Add("Ngày kết thúc đợt kiểm tra phải sau ngày bắt đầu.");
        }

        if (GrassrootsReportBy < StartsOn || SuperiorReportBy < GrassrootsReportBy)
        {
            problems.Add("Hạn báo cáo của cấp ủy cơ sở phải trong đợt và trước hạn báo cáo của cấp ủy cấp trên.");
        }

        return problems;
    }
}
