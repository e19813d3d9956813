namespace PartyWorkflows.Web.Features.Messages;

public static class MessageEndpoints
{
    public static void MapMessageEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/messages").WithTags("Thông điệp")
            .MapPost("/", DeliverMessage.Handle)
            .WithSummary("Gửi thông điệp (sự kiện từ bên ngoài) tới các hồ sơ đang chờ theo mã hồ sơ");
}
