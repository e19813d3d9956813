using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// Service task allocate-card-number of workflows/card-issuance.bpmn: the province's organization department
/// allocates the numbers of the approved list 1A-TĐV (seed 000_29c5dfa480f916c0.txt §V.1, §V.2). Reads provinceCode
/// and the list's member keys in order: memberKeys, or else the memberKey of each object of members (the particulars
/// the forms print); sets cardNumbers, member key → number.
/// </summary>
public sealed class AllocateCardNumberHandler(ICardNumberSource source, CardNumberScheme scheme) : IServiceTaskHandler
{
    public const string HandlerName = "allocate-card-number";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var provinceCode = Required(context, "provinceCode").GetString()
            ?? throw new InvalidOperationException("Biến provinceCode phải là chuỗi mã đảng bộ tỉnh.");
        var memberKeys = MemberKeys(context);
        if (memberKeys.Count == 0 || memberKeys.Distinct(StringComparer.Ordinal).Count() != memberKeys.Count)
        {
            throw new InvalidOperationException("Danh sách phát thẻ (memberKeys) phải có ít nhất một đảng viên và không trùng lặp.");
        }

        var numbers = source.Allocate(provinceCode, scheme, memberKeys, context.InstanceId);
        var cardNumbers = memberKeys.Zip(numbers).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        return new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["cardNumbers"] = JsonSerializer.SerializeToElement(cardNumbers),
            ["cardNumberScheme"] = JsonSerializer.SerializeToElement(scheme.Name),
        });
    }

    private static List<string> MemberKeys(ServiceTaskContext context) =>
        context.Variables.TryGetValue("memberKeys", out var keys) && keys.ValueKind == JsonValueKind.Array
            ? [.. keys.EnumerateArray().Select(k => k.GetString() ?? throw new InvalidOperationException("Biến memberKeys chỉ gồm mã đảng viên."))]
            : [.. Required(context, "members").EnumerateArray().Select(m =>
                m.ValueKind == JsonValueKind.Object && m.TryGetProperty("memberKey", out var key) && key.GetString() is { } memberKey
                    ? memberKey
                    : throw new InvalidOperationException("Mỗi đảng viên trong biến members phải có memberKey."))];

    private static JsonElement Required(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new InvalidOperationException($"Thiếu biến {name} của quy trình làm thẻ đảng viên.");
}
