using Microsoft.AspNetCore.Http;

namespace PartyWorkflows.Web.Problems;

/// <summary>Every problem response, including the framework's own (401, 403, 404, 500), is titled in Vietnamese.</summary>
public static class VietnameseProblemTitles
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Title = problem.Status switch
        {
            StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
            StatusCodes.Status401Unauthorized => "Chưa đăng nhập",
            StatusCodes.Status403Forbidden => "Không có quyền thực hiện",
            StatusCodes.Status404NotFound => "Không tìm thấy",
            StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
            StatusCodes.Status409Conflict => "Xung đột dữ liệu",
            StatusCodes.Status415UnsupportedMediaType => "Định dạng nội dung không được hỗ trợ",
            StatusCodes.Status422UnprocessableEntity => "Định nghĩa quy trình không hợp lệ",
            StatusCodes.Status503ServiceUnavailable => "Dịch vụ tạm thời không sẵn sàng",
            _ => "Đã xảy ra lỗi hệ thống",
        };
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status401Unauthorized => "Vui lòng đăng nhập (cookie hoặc mã truy cập Bearer từ /api/auth/login).",
            StatusCodes.Status403Forbidden => "Tài khoản của đồng chí không giữ chức vụ cho phép thao tác này.",
            StatusCodes.Status404NotFound => "Địa chỉ hoặc bản ghi được yêu cầu không tồn tại.",
            _ => null,
        };
    }
}
