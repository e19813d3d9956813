using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Tests.Transfers;

/// <summary>
/// In-memory stand-in for a handler another part of the system implements (record-transfer-slip and
/// record-dossier-received write the transfer-slip table in the service): it keeps the variables it was called with.
/// </summary>
internal sealed class RecordingHandler(string name) : IServiceTaskHandler
{
    public string Name => name;

    public List<IReadOnlyDictionary<string, System.Text.Json.JsonElement>> Calls { get; } = [];

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        Calls.Add(context.Variables);
        return ServiceTaskResult.Empty;
    }

    public string Input(string variable) => Calls.Single()[variable].GetString()!;
}
