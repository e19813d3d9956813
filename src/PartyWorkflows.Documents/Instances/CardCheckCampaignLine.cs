using System.Globalization;
using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The line under the title of the card check reports: "Kiểm tra kỹ thuật thẻ đảng viên lần thứ tư (từ 15/4/2021 đến
/// 15/5/2021)", the round as Vietnamese ordinals write it (seed 002_773bfcc68234de1e.txt: "lần thứ tư") and the dates
/// as typed on Party documents, without leading zeros.
/// </summary>
internal static class CardCheckCampaignLine
{
    private static readonly string[] Ordinals = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    public static string Of(CardCheckCampaign? campaign) => campaign is null
        ? "Kiểm tra kỹ thuật thẻ đảng viên"
        : $"Kiểm tra kỹ thuật thẻ đảng viên lần thứ {Ordinal(campaign.Round)} (từ {Date(campaign.StartsOn)} đến {Date(campaign.EndsOn)})";

    private static string Ordinal(int round) =>
        round >= 1 && round <= Ordinals.Length ? Ordinals[round - 1] : round.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => $"{date.Day}/{date.Month}/{date.Year}";
}
