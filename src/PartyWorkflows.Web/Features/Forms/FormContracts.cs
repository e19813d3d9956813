namespace PartyWorkflows.Web.Features.Forms;

/// <summary>A form the case has reached, to download from GET /api/instances/{instanceId}/forms/{code}.</summary>
/// <param name="Code">ASCII, lower case, e.g. "1a-tdv".</param>
/// <param name="Title">E.g. "Mẫu 1A-TĐV – Danh sách phát thẻ đảng viên".</param>
public sealed record FormSummary(string Code, string Title, string FileName, string ContentType);
