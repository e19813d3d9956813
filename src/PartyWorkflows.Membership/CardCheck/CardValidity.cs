namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Seed 002_773bfcc68234de1e.txt §5: "Từ 16/5/2021 trở đi, thẻ đảng viên chưa được kiểm tra kỹ thuật và đóng dấu kiểm
/// tra thì không có giá trị sử dụng." A card counts as checked when its cell listed it for the stamp (2-KTTĐV) in a
/// report filed by the campaign's last day: the stamp itself is put on after the superior's decision, later than that
/// (§4), so waiting for it would void every card. Cards never issued are not cards, and probationary members hold none.
/// </summary>
public static class CardValidity
{
    /// <summary>Whether a card is valid on <paramref name="day"/>: before the campaign ends every card is.</summary>
    public static bool IsValidOn(CardCheckCampaign campaign, DateOnly day, bool checkedInCampaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return checkedInCampaign || day < campaign.InvalidFrom;
    }

    /// <summary>
    /// The cards of the campaign's cells that are invalid from <see cref="CardCheckCampaign.InvalidFrom"/>, given the cell
    /// reports filed so far (keyed by cell organisation id, with the members as checked); a report filed after the last
    /// day does not count, and every card of a cell without a counting report is invalid.
    /// </summary>
    public static IReadOnlyList<InvalidCard> InvalidCards(
        CardCheckCampaign campaign, IEnumerable<CampaignCell> cells, IReadOnlyDictionary<string, CellCardCheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(reports);
        var invalid = new List<InvalidCard>();
        foreach (var cell in cells)
        {
            var reported = reports.TryGetValue(cell.OrganisationId, out var report) && report.ReportedOn <= campaign.EndsOn;
            foreach (var member in reported ? report!.Members : cell.Members)
            {
                if (Reason(member, reported) is { } reason)
                {
                    invalid.Add(new InvalidCard(member.MemberKey, member.FullName, cell.OrganisationId, member.CardNumber, reason));
                }
            }
        }

        return invalid;
    }

    private static InvalidCardReason? Reason(CardCheckMember member, bool cellReported)
    {
        var exclusion = CardCheckScope.Exclusion(member);
        if (exclusion == CardCheckExclusion.Probationary)
        {
            return null;
        }

        if (!cellReported)
        {
            if (member.CardNumber is null)
            {
                return null;
            }

            return member.HasLeftParty ? InvalidCardReason.LeftParty : InvalidCardReason.CellNotReported;
        }

        return exclusion switch
        {
            CardCheckExclusion.LeftParty => InvalidCardReason.LeftParty,
            CardCheckExclusion.NotOnRegister => InvalidCardReason.NotOnRegister,
            _ => member.Finding switch
            {
                CardFinding.Presented or CardFinding.NeverIssued => null,
                CardFinding.Lost => InvalidCardReason.Lost,
                CardFinding.Damaged => InvalidCardReason.Damaged,
                _ => InvalidCardReason.NotPresented,
            },
        };
    }
}
