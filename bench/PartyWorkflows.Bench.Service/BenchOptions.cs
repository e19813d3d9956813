namespace PartyWorkflows.Bench.Service;

/// <summary>Command-line options; every one has the default the README's targets refer to.</summary>
internal sealed record BenchOptions(int Instances, int BatchSize, int Workers, int InboxTasks, int UserTasks, int InboxRuns)
{
    /// <summary>Run the periodic-duty scenario (<c>--duties</c>) instead of bulk start and inbox.</summary>
    public bool Duties { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Instances: 100_000, BatchSize: 5_000, Workers: 2, InboxTasks: 1_000_000, UserTasks: 5_000, InboxRuns: 200);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--duties")
            {
                options = options with { Duties = true };
                continue;
            }

            var value = i + 1 < args.Length ? int.Parse(args[i + 1]) : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i++] switch
            {
                "--instances" => options with { Instances = value },
                "--batch-size" => options with { BatchSize = value },
                "--workers" => options with { Workers = value },
                "--inbox-tasks" => options with { InboxTasks = value },
                "--user-tasks" => options with { UserTasks = value },
                "--inbox-runs" => options with { InboxRuns = value },
                var unknown => throw new ArgumentException($"Unknown option {unknown}."),
            };
        }

        return options;
    }
}
