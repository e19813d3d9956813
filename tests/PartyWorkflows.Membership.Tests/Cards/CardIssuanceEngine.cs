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

    /// <summary>A cell's case for the members of one list, in province <paramref name="provinceCode"/>.</summary>
    public InstanceState Start(string provinceCode, params string[] memberKeys) => Host.Start(
        "card-issuance",
        Vars(("provinceCode", provinceCode), ("memberKeys", memberKeys)),
        businessKey: string.Join(",", memberKeys));

    public static Dictionary<string, string> CardNumbers(InstanceState instance) =>
        instance.Variables["cardNumbers"].Deserialize<Dictionary<string, string>>()!;
}
