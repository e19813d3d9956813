using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Members.Import;

namespace PartyWorkflows.Web.Features.Members;

public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/members").WithTags("Đảng viên");
        group.MapGet("/", ListMembers.Handle).WithSummary("Danh sách đảng viên của tổ chức mình và cấp dưới");
        group.MapGet("/{memberKey}", GetMember.Handle).WithSummary("Hồ sơ đảng viên (mỗi lần xem được ghi nhật ký)");
        group.MapPost("/import", ImportMembers.Handle)
            .RequireAuthorization(Policies.Administrator)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập danh sách đảng viên từ tệp Excel (tất cả hoặc không dòng nào)");
        group.MapGet("/import/template", DownloadMemberTemplate.Handle)
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Tải tệp Excel mẫu để nhập đảng viên");
    }
}
