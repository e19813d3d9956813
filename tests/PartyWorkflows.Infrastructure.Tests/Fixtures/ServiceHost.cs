using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>
/// The services as a host wires them, plus whatever <c>configure</c> adds (scheduling, messaging), on a fake clock;
/// <see cref="StartAsync"/> starts the hosted services (Hangfire server, bus, relay) as the generic host would, and
/// disposing stops them. Each call runs in its own DI scope.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _started = [];

    public ServiceHost(ITestDatabase database, FakeTimeProvider time, Action<IServiceCollection>? configure = null)
    {
        Time = time;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddWorkflowPersistence(database.Provider, database.ConnectionString)
            .AddWorkflowRuntime();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public async Task StartAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            _started.Add(hosted);
        }
    }

    public Task<T> Definitions<T>(Func<DefinitionStore, Task<T>> action) => With(action);

    public Task<T> Processor<T>(Func<WorkflowCommandProcessor, Task<T>> action) => With(action);

    public Task<T> Db<T>(Func<WorkflowDbContext, Task<T>> action) => With(action);

    public async Task<T> With<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
