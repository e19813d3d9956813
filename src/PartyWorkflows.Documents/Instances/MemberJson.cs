using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// A member object of a workflow's variables ({memberKey, fullName, birthDate, hometown, admittedOn, fullMemberOn,
/// cellName}, dates as yyyy-MM-dd), as the card workflows' members and education-then-removal's member carry it. A
/// missing or malformed field prints empty rather than failing the download.
/// </summary>
internal static class MemberJson
{
    public static MemberParticulars Particulars(JsonElement member)
    {
        var key = Field(member, "memberKey") ?? string.Empty;
        return new MemberParticulars(
            key,
            Field(member, "fullName") ?? key,
            Date(member, "birthDate"),
            Field(member, "hometown"),
            Date(member, "admittedOn"),
            Date(member, "fullMemberOn"),
            Field(member, "cellName"));
    }

    public static string? Field(JsonElement member, string name) =>
        member.ValueKind == JsonValueKind.Object && member.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement member, string name) =>
        DateOnly.TryParseExact(Field(member, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
