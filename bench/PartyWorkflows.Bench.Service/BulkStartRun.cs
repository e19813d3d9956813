using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Bulk;
using PartyWorkflows.Infrastructure.Messaging.Commands;

namespace PartyWorkflows.Bench.Service;

/// <summary>
/// Bulk-starts instances through BulkInstanceStarter in batches, as the StartInstances consumers of several nodes
/// would: each worker takes the next batch in its own scope (its own context and connection).
/// </summary>
internal static class BulkStartRun
{
    public static async Task<TimeSpan> RunAsync(BenchDatabase database, string processId, BenchTree tree, int instances, int batchSize, int workers)
    {
        var batches = new Queue<IReadOnlyList<StartItem>>(Items(tree, instances).Chunk(batchSize));
        var started = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                IReadOnlyList<StartItem> batch;
                lock (batches)
                {
                    if (!batches.TryDequeue(out batch!))
                    {
                        return;
                    }
                }

                await using var scope = database.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<BulkInstanceStarter>().StartAsync(processId, batch, "bench");
                if (result.Started != batch.Count)
                {
                    throw new InvalidOperationException($"A batch of {batch.Count} started {result.Started} in bulk: {result}.");
                }

                Interlocked.Add(ref started, result.Started);
            }
        })));
        stopwatch.Stop();
        return started == instances ? stopwatch.Elapsed : throw new InvalidOperationException($"Started {started} of {instances}.");
    }

    private static IEnumerable<StartItem> Items(BenchTree tree, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var variables = new Dictionary<string, JsonElement>
            {
                ["memberCode"] = JsonSerializer.SerializeToElement($"DV{i:D7}"),
                ["year"] = JsonSerializer.SerializeToElement(2026),
            };
            yield return new StartItem(Guid.CreateVersion7(), tree.Cells[i % tree.Cells.Count], $"grading-2026-{i:D7}", variables);
        }
    }
}
