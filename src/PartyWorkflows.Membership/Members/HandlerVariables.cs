using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Members;

/// <summary>Reads a service task's input variables, failing with a message that names the missing or malformed one.</summary>
internal static class HandlerVariables
{
    public static string String(ServiceTaskContext context, string name) =>
        Required(context, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException($"Biến {name} phải là chuỗi không rỗng.");

    public static Guid Id(ServiceTaskContext context, string name) =>
        Guid.TryParse(String(context, name), out var id) ? id : throw new InvalidOperationException($"Biến {name} phải là mã định danh (GUID).");

    /// <summary>A date as yyyy-MM-dd, the form the forms and the engine's date functions write.</summary>
    public static DateOnly Date(ServiceTaskContext context, string name) =>
        DateOnly.TryParseExact(String(context, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidOperationException($"Biến {name} phải là ngày dạng yyyy-MM-dd.");

    private static JsonElement Required(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new InvalidOperationException($"Thiếu biến {name}.");
}
