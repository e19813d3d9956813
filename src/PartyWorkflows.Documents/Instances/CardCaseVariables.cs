using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Reads the card workflows' variables (workflows/card-issuance.bpmn and card-replacement.bpmn header comments):
/// members (objects with memberKey, fullName, birthDate, hometown, admittedOn, fullMemberOn, cellName and, for a
/// replacement, cardNumber — dates as yyyy-MM-dd), or only memberKeys for cases started before members existed;
/// cardNumbers (member key → number) and cardNumberScheme, which only allocate-card-number sets. A malformed field
/// prints empty rather than failing the download.
/// </summary>
public sealed class CardCaseVariables(IReadOnlyDictionary<string, JsonElement> variables)
{
    /// <summary>The members in list order.</summary>
    public IReadOnlyList<ListedMember> Members()
    {
        if (variables.TryGetValue("members", out var members) && members.ValueKind == JsonValueKind.Array)
        {
            return [.. members.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object).Select(Member)];
        }

        return variables.TryGetValue("memberKeys", out var keys) && keys.ValueKind == JsonValueKind.Array
            ? [.. keys.EnumerateArray().Select(k => k.ToString()).Select(k => new ListedMember(new MemberParticulars(k, k, null, null, null, null, null), null))]
            : [];
    }

    /// <summary>True once allocate-card-number has run: cardNumbers then holds the allocated numbers.</summary>
    public bool NumbersAllocated => variables.ContainsKey("cardNumberScheme");

    /// <summary>The number cardNumbers holds for the member, if any.</summary>
    public string? CardNumber(string memberKey) =>
        variables.TryGetValue("cardNumbers", out var numbers) && numbers.ValueKind == JsonValueKind.Object
            && numbers.TryGetProperty(memberKey, out var number) && number.ValueKind == JsonValueKind.String
            ? number.GetString()
            : null;

    public string? Text(string name) =>
        variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static ListedMember Member(JsonElement member)
    {
        var key = Field(member, "memberKey") ?? string.Empty;
        return new ListedMember(
            new MemberParticulars(
                key,
                Field(member, "fullName") ?? key,
                Date(member, "birthDate"),
                Field(member, "hometown"),
                Date(member, "admittedOn"),
                Date(member, "fullMemberOn"),
                Field(member, "cellName")),
            Field(member, "cardNumber"));
    }

    private static string? Field(JsonElement member, string name) =>
        member.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(JsonElement member, string name) =>
        DateOnly.TryParseExact(Field(member, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
