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

    public string? Text(string name) => JsonVariables.Text(variables, name);

    private static ListedMember Member(JsonElement member) => new(MemberJson.Particulars(member), MemberJson.Field(member, "cardNumber"));
}
