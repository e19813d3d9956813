using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// The process variables of workflows/card-technical-check.bpmn as typed values: camelCase JSON, enums as camelCase
/// strings ("presented", "lost", …), dates as yyyy-MM-dd. The shapes are documented in the workflow's header.
/// </summary>
public static class CardCheckVariables
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static CardCheckCampaign Campaign(ServiceTaskContext context) => Read<CardCheckCampaign>(context, "campaign");

    public static IReadOnlyList<CampaignCell> Cells(ServiceTaskContext context) => Read<List<CampaignCell>>(context, "cells");

    public static CampaignCell Cell(ServiceTaskContext context) => Read<CampaignCell>(context, "cell");

    /// <summary>The cell reports filed so far, by cell organisation id; none before the first.</summary>
    public static Dictionary<string, CellCardCheckReport> Reports(ServiceTaskContext context) =>
        Optional<Dictionary<string, CellCardCheckReport>>(context, "cellReports") ?? new(StringComparer.Ordinal);

    /// <summary>A variable that may be absent or null.</summary>
    public static T? Optional<T>(ServiceTaskContext context, string name) where T : class =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? Read<T>(context, name) : null;

    public static JsonElement ToJson<T>(T value) => JsonSerializer.SerializeToElement(value, Json);

    public static T Read<T>(ServiceTaskContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Variables.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidOperationException($"Thiếu biến {name} của đợt kiểm tra kỹ thuật thẻ đảng viên.");
        }

        try
        {
            return value.Deserialize<T>(Json) ?? throw new InvalidOperationException($"Biến {name} không được rỗng.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Biến {name} không đúng cấu trúc: {e.Message}", e);
        }
    }
}
