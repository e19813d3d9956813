using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Bench.Service;
using PartyWorkflows.Infrastructure.Inbox;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

// The service benchmark (bench/README.md): bulk start against a raw COPY of the same rows, then the inbox of a busy user.
var options = BenchOptions.Parse(args);
if (options.Duties)
{
    return await DutiesBenchmark.RunAsync();
}

await using var database = await BenchDatabase.CreateAsync();

BenchTree tree;
string processId;
await using (var scope = database.Services.CreateAsyncScope())
{
    tree = await BenchTree.SeedAsync(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    var bpmn = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "processes", "one-task.bpmn"));
    var deployed = await scope.ServiceProvider.GetRequiredService<DefinitionStore>().DeployAsync(bpmn, "bench");
    processId = deployed.Definition?.ProcessId ?? throw new InvalidOperationException("one-task.bpmn does not deploy.");
}

// Warm-up of both sides (JIT, pools, the definition cache), kept out of the timings.
var warmup = Math.Min(2 * options.BatchSize, Math.Max(options.Instances / 10, 1));
await BulkStartRun.RunAsync(database, processId, tree, warmup, options.BatchSize, options.Workers);
await RawCopyRun.RunAsync(database, warmup);

// The baseline goes first, so it meets the smaller tables and indexes: the ratio is not flattered.
var raw = await RawCopyRun.RunAsync(database, options.Instances);
var bulk = await BulkStartRun.RunAsync(database, processId, tree, options.Instances, options.BatchSize, options.Workers);
var ratio = bulk / raw;
Console.WriteLine(
    $"bulk start: {options.Instances} instances in {bulk.TotalSeconds:F1} s ({options.Instances / bulk.TotalSeconds:F0}/s, batches of {options.BatchSize}, " +
    $"{options.Workers} workers), raw COPY {raw.TotalSeconds:F1} s, ratio {ratio:F1}x (target <= 3x)");

var open = await InboxRun.FillAsync(database, options.InboxTasks, options.UserTasks);
var userTasks = options.UserTasks / 4 * 4;
var first = await InboxRun.MeasureAsync(database, new InboxFilter(), options.InboxRuns, userTasks);
Console.WriteLine($"inbox: {userTasks} of {open} open tasks, first page p50 {first.P50:F1} ms, p95 {first.P95:F1} ms, p99 {first.P99:F1} ms (target p95 < 20 ms)");
var filtered = await InboxRun.MeasureAsync(database,
    new InboxFilter(ProcessId: "member-grading", DueBefore: DateTimeOffset.UtcNow.AddDays(14)), options.InboxRuns, expectedTotal: -1);
Console.WriteLine($"inbox filtered (process + due before): p50 {filtered.P50:F1} ms, p95 {filtered.P95:F1} ms, p99 {filtered.P99:F1} ms (target p95 < 20 ms)");
return 0;
