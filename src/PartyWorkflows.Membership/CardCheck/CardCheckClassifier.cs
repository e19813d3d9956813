namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Sorts a cell's checked members into the lists of seed 002_773bfcc68234de1e.txt §3.1 ("lập danh sách đề nghị đóng dấu
/// ... (mẫu 2-KTTĐV)"; "đổi lại thẻ ... bị hỏng (mẫu 3-KTTĐV); ... cấp lại thẻ ... bị mất (mẫu 4-KTTĐV); ... đảng viên
/// chính thức chưa được đổi và phát thẻ (mẫu 5-KTTĐV)") with the boxes to stamp (§4), and counts them for 1-KTTĐV.
/// A member outside the check's scope (<see cref="CardCheckScope"/>) goes to no list, whatever the cell found; misuse
/// is counted for the members in the check only.
/// </summary>
public static class CardCheckClassifier
{
    public static CardCheckReport Classify(CardCheckCampaign campaign, CampaignCell cell)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cell);
        var toStamp = new List<CardCheckEntry>();
        var damaged = new List<CardCheckEntry>();
        var lost = new List<CardCheckEntry>();
        var neverIssued = new List<CardCheckEntry>();
        var notChecked = new List<NotCheckedEntry>();
        int probationary = 0, leftParty = 0, notOnRegister = 0, notPresented = 0;
        foreach (var member in cell.Members)
        {
            var exclusion = CardCheckScope.Exclusion(member);
            switch (exclusion)
            {
                case CardCheckExclusion.Probationary:
                    probationary++;
                    notChecked.Add(new(member.MemberKey, member.FullName, cell.OrganisationId, "Đảng viên dự bị, chưa được phát thẻ"));
                    continue;
                case CardCheckExclusion.LeftParty:
                    leftParty++;
                    notChecked.Add(new(member.MemberKey, member.FullName, cell.OrganisationId, "Đã ra khỏi Đảng: không đóng dấu kiểm tra"));
                    continue;
                case CardCheckExclusion.NotOnRegister:
                    notOnRegister++;
                    notChecked.Add(new(member.MemberKey, member.FullName, cell.OrganisationId, "Không có trong danh sách đảng viên cấp ủy cấp trên quản lý"));
                    continue;
            }

            switch (member.Finding)
            {
                case CardFinding.Presented:
                    toStamp.Add(Entry(member, cell, StampBoxes.ForCheckedCard(campaign.Round)));
                    break;
                case CardFinding.Damaged:
                    damaged.Add(Entry(member, cell, StampBoxes.ForNewCard(campaign.Round, member.CardFirstRound)));
                    break;
                case CardFinding.Lost:
                    lost.Add(Entry(member, cell, StampBoxes.ForNewCard(campaign.Round, member.CardFirstRound)));
                    break;
                case CardFinding.NeverIssued:
                    // A card made now belongs to this round's period (seed 000 §V.2).
                    neverIssued.Add(Entry(member, cell, StampBoxes.ForCheckedCard(campaign.Round)));
                    break;
                default:
                    notPresented++;
                    notChecked.Add(new(member.MemberKey, member.FullName, cell.OrganisationId, "Không nộp thẻ để kiểm tra"));
                    break;
            }
        }

        var inCheck = cell.Members.Where(m => CardCheckScope.Exclusion(m) == CardCheckExclusion.None).ToList();
        var summary = new CardCheckSummary(
            cell.Members.Count,
            cell.Members.Count(m => m.IsFullMember),
            toStamp.Count + damaged.Count,
            toStamp.Count,
            damaged.Count,
            lost.Count,
            neverIssued.Count,
            inCheck.Count(m => m.Misused),
            notPresented,
            probationary,
            leftParty,
            notOnRegister);
        return new CardCheckReport(summary, toStamp, damaged, lost, neverIssued, notChecked);
    }

    private static CardCheckEntry Entry(CardCheckMember member, CampaignCell cell, IReadOnlyList<int> boxes) =>
        new(member.MemberKey, member.FullName, cell.OrganisationId, member.CardNumber, boxes, member.FindingReason);
}
