using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>workflows/card-issuance.bpmn with its allocate-card-number handler over an in-memory number source.</summary>
internal sealed class CardIssuanceEngine : ShippedWorkflowEngine
{
    public CardIssuanceEngine()
        : this(new InMemoryCardNumberSource())
    {
    }

    private CardIssuanceEngine(InMemoryCardNumberSource numbers)
        : base("card-issuance.bpmn", Monday, new AllocateCardNumberHandler(numbers, CardNumberScheme.Guidance12)) => Numbers = numbers;

    public InMemoryCardNumberSource Numbers { get; }

    /// <summary>
    /// A cell's case for the members of one list, in province <paramref name="provinceCode"/>, started as the service
    /// starts it: with each member's particulars (members), which the forms print.
    /// </summary>
    public InstanceState Start(string provinceCode, params string[] memberKeys) => Host.Start(
        "card-issuance",
        Vars(("provinceCode", provinceCode), ("members", memberKeys.Select(Particulars).ToArray())),
        businessKey: string.Join(",", memberKeys));

    /// <summary>A case started before members existed: member keys only.</summary>
    public InstanceState StartWithKeysOnly(string provinceCode, params string[] memberKeys) => Host.Start(
        "card-issuance",
        Vars(("provinceCode", provinceCode), ("memberKeys", memberKeys)),
        businessKey: string.Join(",", memberKeys));

    /// <summary>The start variable's shape (workflows/card-issuance.bpmn header), with made-up particulars.</summary>
    public static object Particulars(string memberKey) => new
    {
        memberKey,
        fullName = $"Đảng viên {memberKey}",
        birthDate = "1990-03-05",
        hometown = "Phường Phúc Lợi, thành phố Hà Nội",
        admittedOn = "2025-01-12",
        fullMemberOn = "2026-01-12",
        cellName = "Chi bộ Giáo viên",
    };

    public static Dictionary<string, string> CardNumbers(InstanceState instance) =>
        instance.Variables["cardNumbers"].Deserialize<Dictionary<string, string>>()!;
}
