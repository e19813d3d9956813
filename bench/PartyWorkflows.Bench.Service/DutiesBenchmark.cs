namespace PartyWorkflows.Bench.Service;

/// <summary>
/// The periodic duties at 100 000 and 1 000 000 members, each in a fresh database, after a small warm-up run (JIT,
/// pools); prints each time and the growth from one size to the other against the baseline's.
/// </summary>
internal static class DutiesBenchmark
{
    public static async Task<int> RunAsync()
    {
        await DutiesRun.RunAsync(2_000);
        var small = await DutiesRun.RunAsync(100_000);
        Print(small);
        var large = await DutiesRun.RunAsync(1_000_000);
        Print(large);

        var size = (double)large.Members / small.Members;
        Console.WriteLine(
            $"growth {small.Members} -> {large.Members} members ({size:F0}x): transfer-slip check {Ratio(large.SlipCheck, small.SlipCheck)}, " +
            $"reconciliation {Ratio(large.Reconciliation, small.Reconciliation)}, baseline count(*) {Ratio(large.Baseline, small.Baseline)} " +
            $"(target: at most {size:F0}x, i.e. linear or better; at {large.Members} under 10 s: transfer-slip check " +
            $"{Met(large.SlipCheck)}, reconciliation {Met(large.Reconciliation)})");
        return 0;
    }

    private static void Print(DutiesRun.Timings t) => Console.WriteLine(
        $"duties at {t.Members} members: transfer-slip check {t.SlipCheck.TotalSeconds:F2} s ({t.SlipsOpened} overdue-transfer opened), " +
        $"cell reconciliation {t.Reconciliation.TotalSeconds:F2} s ({t.ReconciliationsOpened} reconciliations opened), " +
        $"baseline count(*) {t.Baseline.TotalSeconds:F3} s");

    private static string Ratio(TimeSpan large, TimeSpan small) => $"{large / small:F1}x";

    private static string Met(TimeSpan time) => time.TotalSeconds < 10 ? "met" : "missed";
}
