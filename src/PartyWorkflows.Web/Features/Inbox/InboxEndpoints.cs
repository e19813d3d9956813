namespace PartyWorkflows.Web.Features.Inbox;

public static class InboxEndpoints
{
    public static void MapInboxEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/inbox", GetInbox.Handle).WithTags("Hộp việc").WithSummary("Nhiệm vụ đang chờ các cấp ủy mà đồng chí tham gia");
}
