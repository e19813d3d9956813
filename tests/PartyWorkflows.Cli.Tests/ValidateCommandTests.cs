using PartyWorkflows.Cli;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Cli.Tests;

public sealed class ValidateCommandTests
{

    [Fact]
    public void Every_shipped_workflow_validates_without_errors()
    {
        var files = new DirectoryInfo(Path.Combine(RepositoryFiles.Root, "workflows")).GetFiles("*.bpmn");
        var output = new StringWriter();

        var exitCode = ValidateCommand.Run(files, [], output);

        Assert.NotEmpty(files);
        Assert.True(exitCode == 0, output.ToString());
        Assert.Equal(files.Length, output.ToString().Split('\n').Count(line => line.Contains(": ok (0 errors")));
    }

    [Fact]
    public void The_grading_and_reward_workflows_name_only_their_registered_handlers()
    {
        var files = new[] { "member-grading.bpmn", "organisation-grading.bpmn", "reward-nomination.bpmn" }
            .Select(name => new FileInfo(RepositoryFiles.Workflow(name)))
            .ToList();
        var output = new StringWriter();

        var exitCode = ValidateCommand.Run(files, ["grade-members", "grade-organisation", "check-reward-eligibility", "apply-reward-quota", "record-member-grades", "record-member-reward"], output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.DoesNotContain("unknown-handler", output.ToString());
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

    [Fact]
    public void The_workflows_with_service_tasks_name_only_the_handlers_the_service_registers()
    {
        // record-transfer-slip, record-dossier-received, sign-off-reconciliation, record-member-* and record-badge-award are the member store's (Infrastructure);
        // the rest are PartyWorkflows.Membership's (AllocateCardNumberHandler, ProcedureHandlers).
        string[] handlers =
        [
            "allocate-card-number", "record-transfer-slip", "record-dossier-received", "new-member-record-deadline",
            "card-check-campaign", "card-check-cell-report", "card-check-consolidate", "card-check-invalid-cards",
            "party-transfer-start-deadline", "party-transfer-eligibility", "party-transfer-arrival-deadline", "exemption-assess",
            "sign-off-reconciliation", "record-member-exempted", "record-member-returned", "record-member-removed", "record-badge-award",
        ];
        var files = new[]
            {
                "card-issuance.bpmn", "card-replacement.bpmn", "new-member-record.bpmn", "card-technical-check.bpmn", "party-transfer.bpmn",
                "exemption.bpmn", "member-reconciliation.bpmn", "education-then-removal.bpmn", "badge-award.bpmn",
            }
            .Select(name => new FileInfo(RepositoryFiles.Workflow(name))).ToList();
        var output = new StringWriter();

        var exitCode = ValidateCommand.Run(files, handlers, output);

        Assert.True(exitCode == 0, output.ToString());
        Assert.DoesNotContain("unknown-handler", output.ToString());
    }
}
