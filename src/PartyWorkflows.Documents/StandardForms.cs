using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents;

/// <summary>
/// The catalogue of standard forms. Card forms: Hướng dẫn 12-HD/BTCTW as quoted in seed 000_29c5dfa480f916c0.txt §V
/// (1-TĐV, 1A-TĐV §V.1–2; 2/2A/3/3A/4-TĐV §V.3; 8-TĐV, 9-TĐV §V.2 and §V.5). Card technical check forms: seed
/// 002_773bfcc68234de1e.txt §3–4. Grading list: seed 001_29955938909379e1.txt §B.II and §C.III.7. Screening lists: seed
/// 003_8ecac7def258469f.txt §2.2–2.3 and appendix §2.
/// </summary>
public static class StandardForms
{
    public static readonly StandardForm CardIssuanceProposal = new("1-tdv", "1-TĐV", "Danh sách đề nghị phát thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm CardIssuanceList = new("1a-tdv", "1A-TĐV", "Danh sách phát thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm LostCardProposal = new("2-tdv", "2-TĐV", "Danh sách đề nghị cấp lại thẻ đảng viên bị mất", FormFormat.Xlsx);
    public static readonly StandardForm LostCardList = new("2a-tdv", "2A-TĐV", "Danh sách đề nghị cấp lại thẻ đảng viên bị mất", FormFormat.Xlsx);
    public static readonly StandardForm DamagedCardProposal = new("3-tdv", "3-TĐV", "Danh sách đề nghị đổi lại thẻ đảng viên bị hỏng", FormFormat.Xlsx);
    public static readonly StandardForm DamagedCardList = new("3a-tdv", "3A-TĐV", "Danh sách đề nghị đổi lại thẻ đảng viên bị hỏng", FormFormat.Xlsx);
    public static readonly StandardForm ReplacementDecision = new("4-tdv", "4-TĐV", "Quyết định cấp lại thẻ đảng viên bị mất, đổi lại thẻ đảng viên bị hỏng", FormFormat.Docx);
    public static readonly StandardForm CardIssuanceBook = new("8-tdv", "8-TĐV", "Sổ phát thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm CardHandOverBook = new("9-tdv", "9-TĐV", "Sổ giao nhận thẻ đảng viên", FormFormat.Xlsx);

    public static readonly StandardForm CellCardUsageReport = new("1-kttdv", "1-KTTĐV", "Biểu báo cáo tình hình sử dụng và bảo quản thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm StampProposal = new("2-kttdv", "2-KTTĐV", "Danh sách đề nghị đóng dấu kiểm tra kỹ thuật thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm CheckDamagedCards = new("3-kttdv", "3-KTTĐV", "Danh sách đề nghị đổi lại thẻ đảng viên bị hỏng", FormFormat.Xlsx);
    public static readonly StandardForm CheckLostCards = new("4-kttdv", "4-KTTĐV", "Danh sách đề nghị cấp lại thẻ đảng viên bị mất", FormFormat.Xlsx);
    public static readonly StandardForm MembersWithoutCard = new("5-kttdv", "5-KTTĐV", "Danh sách đảng viên chính thức chưa được đổi và phát thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm GrassrootsCardUsageReport = new("6-kttdv", "6-KTTĐV", "Biểu báo cáo tổng hợp tình hình sử dụng và bảo quản thẻ đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm StampingResultReport = new("7-kttdv", "7-KTTĐV", "Biểu báo cáo tổng hợp kết quả đóng dấu kiểm tra kỹ thuật thẻ đảng viên và tình hình sử dụng, bảo quản thẻ đảng viên", FormFormat.Xlsx);

    public static readonly StandardForm GradingResults = new("xep-loai-dang-vien", null, "Danh sách kết quả đánh giá, xếp loại chất lượng đảng viên", FormFormat.Xlsx);
    public static readonly StandardForm EducationList = new("giao-duc-giup-do", null, "Danh sách đảng viên cần được giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng", FormFormat.Xlsx);
    public static readonly StandardForm RemovalList = new("dua-ra-khoi-dang", null, "Danh sách đảng viên đề nghị xem xét, quyết định đưa ra khỏi Đảng", FormFormat.Xlsx);
}
