using System.Globalization;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardCheck;

/// <summary>
/// The figure reports of the card technical check, seed 002_773bfcc68234de1e.txt: 1-KTTĐV the cell's report on the use
/// and keeping of cards (§3.1), 6-KTTĐV the grassroots committee's consolidated report over its cells (§3.2), 7-KTTĐV the
/// superior's report of stamping results and of the use and keeping of cards (§4). The seed names the reports, not
/// their columns; the columns below are the figures the seed's steps produce and must be checked against the paper
/// forms. Several units get a total row.
/// </summary>
public static class CardCheckReports
{
    private static readonly FormColumn[] UsageColumns =
    [
        new("Tổng số đảng viên", 10),
        new("Đảng viên chính thức", 10),
        new("Số thẻ đã kiểm tra", 10),
        new("Thẻ đề nghị đóng dấu kiểm tra kỹ thuật", 13),
        new("Thẻ bị hỏng đề nghị đổi lại", 11),
        new("Thẻ bị mất đề nghị cấp lại", 11),
        new("Đảng viên chính thức chưa được phát thẻ", 13),
        new("Sử dụng, bảo quản thẻ chưa đúng quy định", 13),
    ];

    private static readonly FormColumn[] StampingColumns =
    [
        new("Tổng số đảng viên", 10),
        new("Đảng viên chính thức", 10),
        new("Thẻ đã đóng dấu kiểm tra kỹ thuật", 13),
        new("Thẻ bị hỏng đã đổi lại", 11),
        new("Thẻ bị mất đã cấp lại", 11),
        new("Đảng viên chính thức chưa được phát thẻ", 13),
        new("Thẻ không đóng dấu (đã ra khỏi Đảng)", 13),
        new("Sử dụng, bảo quản thẻ chưa đúng quy định", 13),
    ];

    /// <summary>1-KTTĐV: the cell's own figures, one row.</summary>
    public static FormFile CellReport(CardCheckReport<CardUsageCounts> report) =>
        Write(StandardForms.CellCardUsageReport, report, "Chi bộ", UsageColumns, c => c.Values);

    /// <summary>6-KTTĐV: one row per cell of the grassroots organisation, and the total.</summary>
    public static FormFile GrassrootsReport(CardCheckReport<CardUsageCounts> report) =>
        Write(StandardForms.GrassrootsCardUsageReport, report, "Chi bộ", UsageColumns, c => c.Values);

    /// <summary>7-KTTĐV: one row per grassroots organisation under the superior committee, and the total.</summary>
    public static FormFile StampingReport(CardCheckReport<StampingCounts> report) =>
        Write(StandardForms.StampingResultReport, report, "Tổ chức cơ sở đảng", StampingColumns, c => c.Values);

    private static FormFile Write<TCounts>(
        StandardForm form, CardCheckReport<TCounts> report, string unitHeading, FormColumn[] columns, Func<TCounts, IReadOnlyList<int>> values)
    {
        var rows = report.Units.Select(u => (IReadOnlyList<string>)[u.UnitName, .. values(u.Counts).Select(Text)]).ToList();
        IReadOnlyList<string>? total = report.Units.Count > 1
            ? [string.Empty, .. Enumerable.Range(0, columns.Length).Select(i => Text(report.Units.Sum(u => values(u.Counts)[i])))]
            : null;
        return FormWriter.Write(form, new FormDocument(
            form.FormCode,
            report.Header,
            form.Title,
            [report.Campaign],
            new FormTable([new FormColumn(unitHeading, 26), .. columns], rows, total),
            report.Signatures));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
