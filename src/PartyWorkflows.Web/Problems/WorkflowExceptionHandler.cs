using Microsoft.AspNetCore.Diagnostics;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Infrastructure.Workflows;

namespace PartyWorkflows.Web.Problems;

/// <summary>
/// Turns the engine's and the store's rejections into problem details: not found → 404, invalid state → 409,
/// invalid command → 400, a lost race → 409. The engine's English message travels along as <c>messageEn</c>.
/// </summary>
public sealed class WorkflowExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        (int Status, string Detail)? mapped = exception switch
        {
            WorkflowCommandException { Rejection: CommandRejection.NotFound } =>
                (StatusCodes.Status404NotFound, "Không tìm thấy quy trình, hồ sơ, nhiệm vụ hoặc sự cố được yêu cầu."),
            WorkflowCommandException { Rejection: CommandRejection.InvalidState } =>
                (StatusCodes.Status409Conflict, "Hồ sơ đã kết thúc hoặc không ở trạng thái cho phép thao tác này."),
            WorkflowCommandException { Rejection: CommandRejection.InvalidCommand } =>
                (StatusCodes.Status400BadRequest, "Yêu cầu không phù hợp với quy trình (sự kiện bắt đầu hoặc biến không hợp lệ)."),
            ConcurrencyConflictException =>
                (StatusCodes.Status409Conflict, "Hồ sơ vừa được người khác xử lý; không có thay đổi nào được lưu. Vui lòng tải lại rồi thử lại."),
            BadHttpRequestException =>
                (StatusCodes.Status400BadRequest, "Không đọc được nội dung yêu cầu (JSON hoặc tham số sai định dạng)."),
            _ => null,
        };
        if (mapped is not { } problem)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = problem.Status, Detail = problem.Detail, Extensions = { ["messageEn"] = exception.Message } },
        });
    }
}
