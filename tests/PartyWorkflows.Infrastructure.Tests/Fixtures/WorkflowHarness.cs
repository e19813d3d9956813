using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Infrastructure.Inbox;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>The services as the host wires them, on a fake clock; each call runs in its own DI scope (its own DbContext).</summary>
public sealed class WorkflowHarness : IDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ServiceProvider _services;

    /// <param name="configure">More services, registered before the runtime (handlers, for instance).</param>
    public WorkflowHarness(ITestDatabase database, Action<IServiceCollection>? configure = null)
    {
        Time = new FakeTimeProvider(Monday);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(Time);
        configure?.Invoke(services);
        _services = services
            .AddWorkflowPersistence(database.Provider, database.ConnectionString)
            .AddWorkflowRuntime()
            .BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; }

    public Task<T> Definitions<T>(Func<DefinitionStore, Task<T>> action) => With(action);

    public Task<T> Processor<T>(Func<WorkflowCommandProcessor, Task<T>> action) => With(action);

    public Task<T> Db<T>(Func<WorkflowDbContext, Task<T>> action) => With(action);

    public Task<InboxPage> Inbox(string userId, InboxFilter? filter = null) =>
        With<InboxQuery, InboxPage>(inbox => inbox.ForUserAsync(userId, filter ?? new InboxFilter()));

    /// <summary>A scope kept open by the caller, for two processors racing on their own contexts.</summary>
    public IServiceScope NewScope() => _services.CreateScope();

    public void Dispose() => _services.Dispose();

    public async Task<T> With<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
