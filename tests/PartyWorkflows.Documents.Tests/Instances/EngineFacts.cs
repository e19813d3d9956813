using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Documents.Tests.Instances;

/// <summary>
/// An engine run's instance as the service hands it to the forms (InstanceFactsLoader): its variables, the user tasks it
/// has opened and those open now.
/// </summary>
internal static class EngineFacts
{
    public static readonly OrganisationChain Chain = new("Chi bộ Giáo viên", "Đảng bộ Trường THPT Phúc Lợi", false, "Đảng ủy phường Phúc Lợi", "Thành ủy Hà Nội");

    public static InstanceFacts Of(InstanceState instance, DateOnly today, OrganisationChain? chain = null) => new(
        instance.ProcessId,
        instance.Variables,
        instance.History.Where(h => h.Kind == HistoryKind.TaskOpened).Select(h => h.ElementId).OfType<string>().ToHashSet(StringComparer.Ordinal),
        chain ?? Chain,
        today)
    {
        OpenElements = instance.Tasks.Select(t => t.ElementId).ToHashSet(StringComparer.Ordinal),
    };
}
