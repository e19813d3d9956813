using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// The context of the command now running on this async flow. Service-task handlers run synchronously inside the
/// engine, within the command's transaction; a handler that writes (card numbers) must write in that transaction so
/// its rows commit or roll back with the command — and on SQLite, whose single writer the command already holds, any
/// other connection would wait for it forever.
/// </summary>
internal static class ActiveCommand
{
    private static readonly AsyncLocal<WorkflowDbContext?> Current = new();

    public static WorkflowDbContext? Db => Current.Value;

    public static IDisposable Enter(WorkflowDbContext db)
    {
        var outer = Current.Value;
        Current.Value = db;
        return new Exit(outer);
    }

    private sealed class Exit(WorkflowDbContext? outer) : IDisposable
    {
        public void Dispose() => Current.Value = outer;
    }
}
