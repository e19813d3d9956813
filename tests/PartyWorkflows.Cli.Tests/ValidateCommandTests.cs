using PartyWorkflows.Cli;

namespace PartyWorkflows.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static DirectoryInfo Repository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyWorkflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory ?? throw new DirectoryNotFoundException("PartyWorkflows.sln not found above the test binaries.");
    }

    [Fact]
    public void Every_shipped_workflow_validates_without_errors()
    {
        var files = Repository().GetDirectories("workflows").Single().GetFiles("*.bpmn");
        var output = new StringWriter();

        var exitCode = ValidateCommand.Run(files, [], output);

        Assert.NotEmpty(files);
        Assert.True(exitCode == 0, output.ToString());
        Assert.Equal(files.Length, output.ToString().Split('\n').Count(line => line.Contains(": ok (0 errors")));
    }

    [Fact]
    public void A_file_with_errors_or_a_missing_file_fails_with_each_diagnostic_printed()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.bpmn");
        File.WriteAllText(broken, """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
              <process id="p" isExecutable="true">
                <startEvent id="s" />
                <serviceTask id="fax" camunda:type="external" camunda:topic="send-fax" />
                <complexGateway id="cg" />
                <sequenceFlow id="f1" sourceRef="s" targetRef="fax" />
              </process>
            </definitions>
            """);
        var output = new StringWriter();

        try
        {
            var exitCode = ValidateCommand.Run([new FileInfo(broken), new FileInfo(broken + ".missing")], ["allocate-card-number"], output);

            Assert.Equal(1, exitCode);
            var text = output.ToString();
            Assert.Contains("error unsupported-element: [cg]", text);
            Assert.Contains("error unknown-handler: [fax]", text);
            Assert.Contains("file-not-found", text);
            Assert.Contains("FAILED", text);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
