using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.Hosting;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>
/// The shipped workflows/card-replacement.bpmn in the real engine (Jint, the 2026 calendar, a fake clock), its
/// allocate-card-number handler over an in-memory number source.
/// </summary>
internal sealed class CardReplacementEngine
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public CardReplacementEngine()
    {
        Time = new FakeTimeProvider(Monday);
        var handler = new AllocateCardNumberHandler(Numbers, CardNumberScheme.Guidance12);
        var executor = new WorkflowExecutor(
            Time, new JintExpressionEvaluator(Time), VietnameseWorkingDayCalendar.WithOfficialSchedules(), new ServiceTaskHandlerRegistry([handler]));
        Host = new InMemoryWorkflowHost(executor, Time);

        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "card-replacement.bpmn")));
        Assert.False(parsed.HasErrors, string.Join(Environment.NewLine, parsed.Diagnostics));
        Host.Deploy(parsed.Definitions!.MainProcess!);
    }

    public FakeTimeProvider Time { get; }
    public InMemoryCardNumberSource Numbers { get; } = new();
    public InMemoryWorkflowHost Host { get; }

    /// <summary>A member of province <paramref name="provinceCode"/> reports the card numbered <paramref name="currentNumber"/> lost or damaged.</summary>
    public InstanceState Start(string provinceCode, string memberKey, string currentNumber) => Host.Start(
        "card-replacement",
        Vars(("provinceCode", provinceCode), ("memberKeys", new[] { memberKey }), ("cardNumbers", new Dictionary<string, string> { [memberKey] = currentNumber })),
        businessKey: memberKey);

    /// <summary>Completes the only open task, which must be <paramref name="elementId"/>.</summary>
    public InstanceState Complete(InstanceState instance, string elementId, params (string Name, object Value)[] variables)
    {
        Assert.Equal(elementId, Assert.Single(Host.Instance(instance.Id).Tasks).ElementId);
        Time.Advance(TimeSpan.FromDays(1));
        return Host.CompleteTask(instance.Id, elementId, Vars(variables), actor: elementId);
    }

    /// <summary>The end event the instance reached.</summary>
    public static string EndedAt(InstanceState instance)
    {
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        return instance.History.Last(h => h.Kind == HistoryKind.ElementCompleted).ElementId!;
    }

    public static Dictionary<string, string> CardNumbers(InstanceState instance) =>
        instance.Variables["cardNumbers"].Deserialize<Dictionary<string, string>>()!;

    public static int Allocations(InstanceState instance) =>
        instance.History.Count(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "allocateCardNumber");

    private static Dictionary<string, JsonElement> Vars(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "PartyWorkflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
