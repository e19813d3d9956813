using System.CommandLine;
using PartyWorkflows.Bench.Engine;

var instances = new Option<int>("--instances") { Description = "Measured instances", DefaultValueFactory = _ => 20_000 };
var warmup = new Option<int>("--warmup") { Description = "Instances run before measuring", DefaultValueFactory = _ => 2_000 };
var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a sentence" };
var process = new Option<FileInfo>("--process")
{
    Description = "The benchmark BPMN file",
    DefaultValueFactory = _ => new FileInfo(Path.Combine(AppContext.BaseDirectory, "processes", "card-issuance-bench.bpmn")),
};

var root = new RootCommand("Starts and completes in-memory instances of the card-issuance benchmark process and prints instances per second")
{
    instances, warmup, json, process,
};
root.SetAction(parse => EngineBenchmark.Run(
    parse.GetValue(process)!, parse.GetValue(instances), parse.GetValue(warmup), parse.GetValue(json), Console.Out, Console.Error));
return root.Parse(args).Invoke();
