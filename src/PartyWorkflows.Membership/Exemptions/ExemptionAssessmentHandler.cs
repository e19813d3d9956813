using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Deadlines;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Exemptions;

/// <summary>
/// Service task exemption-assess of workflows/exemption.bpmn: reads ground ("ageAndHealth" | "other"), exemptFrom,
/// exemptUntil (yyyy-MM-dd, absent or null for none), hasMedicalCertificate, isExtension and extensionVerified (booleans,
/// false when absent); sets applicationComplete, applicationProblems, decidedBy ("cell" | "grassroots"), reportDueOn and
/// exemptionEndsAt (the start of the day after exemptUntil, for the end-date timer; null without an end date).
/// </summary>
public sealed class ExemptionAssessmentHandler : IServiceTaskHandler
{
    public const string HandlerName = "exemption-assess";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var until = WorkflowVariables.Optional<DateOnly?>(context, "exemptUntil");
        var request = new ExemptionRequest(
            WorkflowVariables.Required<ExemptionGround?>(context, "ground")!.Value,
            WorkflowVariables.Required<DateOnly?>(context, "exemptFrom")!.Value,
            until,
            Flag(context, "hasMedicalCertificate"),
            Flag(context, "isExtension"),
            Flag(context, "extensionVerified"));
        var assessment = ExemptionRules.Assess(request);
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["applicationComplete"] = JsonSerializer.SerializeToElement(assessment.IsComplete),
            ["applicationProblems"] = JsonSerializer.SerializeToElement(assessment.Problems),
            ["decidedBy"] = WorkflowVariables.ToElement(assessment.Decider),
            ["reportDueOn"] = JsonSerializer.SerializeToElement(assessment.FirstReportDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["exemptionEndsAt"] = JsonSerializer.SerializeToElement(until is { } last ? DayStart.TimerValue(last.AddDays(1)) : null),
        });
    }

    private static bool Flag(ServiceTaskContext context, string name) => WorkflowVariables.Optional<bool?>(context, name) ?? false;
}
