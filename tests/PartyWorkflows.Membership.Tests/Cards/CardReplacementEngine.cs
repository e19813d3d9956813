using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>workflows/card-replacement.bpmn with its allocate-card-number handler over an in-memory number source.</summary>
internal sealed class CardReplacementEngine : ShippedWorkflowEngine
{
    public CardReplacementEngine()
        : this(new InMemoryCardNumberSource())
    {
    }

    private CardReplacementEngine(InMemoryCardNumberSource numbers)
        : base("card-replacement.bpmn", Monday, new AllocateCardNumberHandler(numbers, CardNumberScheme.Guidance12)) => Numbers = numbers;

    public InMemoryCardNumberSource Numbers { get; }

    /// <summary>A member of province <paramref name="provinceCode"/> reports the card numbered <paramref name="currentNumber"/> lost or damaged.</summary>
    public InstanceState Start(string provinceCode, string memberKey, string currentNumber) => Host.Start(
        "card-replacement",
        Vars(
            ("provinceCode", provinceCode),
            ("members", new[] { new { memberKey, fullName = $"Đảng viên {memberKey}", cardNumber = currentNumber } }),
            ("cardNumbers", new Dictionary<string, string> { [memberKey] = currentNumber })),
        businessKey: memberKey);

    public static Dictionary<string, string> CardNumbers(InstanceState instance) => CardIssuanceEngine.CardNumbers(instance);

    public static int Allocations(InstanceState instance) =>
        instance.History.Count(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "allocateCardNumber");
}
