using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Deadlines;
using PartyWorkflows.Membership.Members;

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
        var until = context.Variables.TryGetValue("exemptUntil", out var value) && value.ValueKind == JsonValueKind.String
            ? HandlerVariables.Date(context, "exemptUntil")
            : (DateOnly?)null;
        var request = new ExemptionRequest(
            Ground(context),
            HandlerVariables.Date(context, "exemptFrom"),
            until,
            Flag(context, "hasMedicalCertificate"),
            Flag(context, "isExtension"),
            Flag(context, "extensionVerified"));
        var assessment = ExemptionRules.Assess(request);
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["applicationComplete"] = JsonSerializer.SerializeToElement(assessment.IsComplete),
            ["applicationProblems"] = JsonSerializer.SerializeToElement(assessment.Problems),
            ["decidedBy"] = JsonSerializer.SerializeToElement(assessment.Decider == ExemptionDecider.Cell ? "cell" : "grassroots"),
            ["reportDueOn"] = JsonSerializer.SerializeToElement(assessment.FirstReportDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ["exemptionEndsAt"] = JsonSerializer.SerializeToElement(until is { } last ? DayStart.TimerValue(last.AddDays(1)) : null),
        });
    }

    private static ExemptionGround Ground(ServiceTaskContext context) => HandlerVariables.String(context, "ground") switch
    {
        "ageAndHealth" => ExemptionGround.AgeAndHealth,
        "other" => ExemptionGround.Other,
        var other => throw new InvalidOperationException($"Lý do xin miễn (ground) '{other}' không hợp lệ: ageAndHealth hoặc other."),
    };

    private static bool Flag(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.True;
}
