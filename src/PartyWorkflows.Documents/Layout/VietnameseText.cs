using System.Globalization;

namespace PartyWorkflows.Documents.Layout;

/// <summary>Vietnamese spelling of dates and capitals as the paper forms print them.</summary>
public static class VietnameseText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"ngày 20 tháng 3 năm 2026": day and month without a leading zero, as typed on Party documents.</summary>
    public static string LongDate(DateOnly date) => $"ngày {date.Day} tháng {date.Month} năm {date.Year}";

    /// <summary>"05/03/1990" in a table cell; empty when unknown.</summary>
    public static string ShortDate(DateOnly? date) =>
        date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Upper(string text) => text.ToUpper(Vietnamese);
}
