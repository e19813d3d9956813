using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Cli;

/// <summary><c>pw validate</c>: prints each file's diagnostics; exit code 1 when any file has an error.</summary>
public static class ValidateCommand
{
    public static int Run(IReadOnlyList<FileInfo> files, IReadOnlyList<string> handlerNames, TextWriter output)
    {
        var validator = new BpmnValidator(new JintExpressionEvaluator(TimeProvider.System), handlerNames.Count == 0 ? null : handlerNames);
        var failed = 0;
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                output.WriteLine($"{file.FullName}: error file-not-found: the file does not exist / không tìm thấy tệp");
                failed++;
                continue;
            }

            var result = validator.ParseAndValidate(File.ReadAllText(file.FullName));
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine($"{file.Name}:{diagnostic}");
            }

            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            output.WriteLine($"{file.Name}: {(errors == 0 ? "ok" : "FAILED")} ({errors} errors, {warnings} warnings)");
            failed += errors == 0 ? 0 : 1;
        }

        return failed == 0 ? 0 : 1;
    }
}
