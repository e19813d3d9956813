namespace PartyWorkflows.Membership.Exemptions;

/// <summary>
/// Exemption from party work and activity (miễn công tác và sinh hoạt đảng), seed 003_8ecac7def258469f.txt §1.4:
/// - age and health needs "giấy xác nhận của cơ sở y tế có thẩm quyền"; the cell decides and reports upwards; it lasts
///   until the member asks to return (no end date);
/// - any other ground is for a period: "khi hết thời gian đảng viên xin miễn ..., phải đôn đốc đảng viên trở lại
///   sinh hoạt đảng", so it needs an end date after its start; the grassroots committee ("Đảng ủy") decides;
/// - an extension: "cấp ủy chi bộ phải xác minh, thẩm định kỹ lý do" before the cell resolves;
/// - "Cuối năm hoặc khi hết thời gian được miễn (nếu dưới một năm), đảng viên phải có báo cáo với chi bộ": the first
///   report is due at the end of the exemption when it is shorter than a year, otherwise on 31/12 of its first year.
/// The exemption releases the member from party work and the cell's meetings, never from that report; a member may
/// come back to any meeting once the cell agrees ("thường xuyên hoặc kỳ sinh hoạt bất kỳ").
/// </summary>
public static class ExemptionRules
{
    public static bool Releases(ExemptionActivity activity) => activity != ExemptionActivity.ReportToCell;

    public static ExemptionAssessment Assess(ExemptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        if (request.Ground == ExemptionGround.AgeAndHealth && !request.HasMedicalCertificate)
        {
            problems.Add("Thiếu giấy xác nhận của cơ sở y tế có thẩm quyền.");
        }

        if (request.Ground == ExemptionGround.Other && request.Until is null)
        {
            problems.Add("Phải ghi rõ thời gian xin miễn công tác và sinh hoạt đảng (đến ngày).");
        }

        if (request.Until is { } until && until <= request.From)
        {
            problems.Add("Ngày kết thúc miễn phải sau ngày bắt đầu.");
        }

        if (request.IsExtension && !request.ExtensionVerified)
        {
            problems.Add("Cấp ủy chi bộ chưa xác minh, thẩm định lý do xin tiếp tục miễn.");
        }

        var decider = request.Ground == ExemptionGround.AgeAndHealth ? ExemptionDecider.Cell : ExemptionDecider.Grassroots;
        return new ExemptionAssessment(problems, decider, FirstReportDue(request));
    }

    private static DateOnly? FirstReportDue(ExemptionRequest request)
    {
        if (request.Until is { } until && until > request.From)
        {
            return until < request.From.AddYears(1) ? until : new DateOnly(request.From.Year, 12, 31);
        }

        return request.Until is null ? new DateOnly(request.From.Year, 12, 31) : null;
    }
}
