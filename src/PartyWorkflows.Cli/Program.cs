using System.CommandLine;
using PartyWorkflows.Cli;

var files = new Argument<FileInfo[]>("files") { Description = "BPMN files to validate", Arity = ArgumentArity.OneOrMore };
var handlers = new Option<string[]>("--handler")
{
    Description = "A registered service task handler name (repeatable); without any, handler names are not checked",
    AllowMultipleArgumentsPerToken = true,
};
var validate = new Command("validate", "Validate BPMN workflow definitions and print their diagnostics") { files, handlers };
validate.SetAction(parse => ValidateCommand.Run(parse.GetValue(files)!, parse.GetValue(handlers) ?? [], Console.Out));

var root = new RootCommand("PartyWorkflows command-line tools") { validate };
return root.Parse(args).Invoke();
