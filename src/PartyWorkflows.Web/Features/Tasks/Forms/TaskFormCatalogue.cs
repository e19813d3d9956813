namespace PartyWorkflows.Web.Features.Tasks.Forms;

/// <summary>
/// The form of each camunda:formKey of workflows/*.bpmn. Vote forms feed the integer thresholds of the gateways that
/// follow them (card-issuance: 3 * agree >= 2 * fullMembers; card-replacement: 2 * agree > fullMembers;
/// education-then-removal: agree against convened); decision forms feed the gateway's decision values.
/// </summary>
public static class TaskFormCatalogue
{
    private static readonly DecisionField ApproveRejectReturn = new("decision", ["approve", "reject", "return"]);

    private static readonly Dictionary<string, TaskFormSpec> Forms = new(StringComparer.Ordinal)
    {
        ["card-issuance-cell-resolution"] = new(TaskFormKinds.Vote),
        ["card-replacement-cell-review"] = new(TaskFormKinds.Vote),
        ["education-then-removal-list-vote"] = new(TaskFormKinds.Vote),
        ["education-then-removal-progress-vote"] = new(TaskFormKinds.Vote),
        ["education-then-removal-removal-vote"] = new(TaskFormKinds.Vote),
        ["card-issuance-decision"] = new(TaskFormKinds.Approval, ApproveRejectReturn),
        ["card-replacement-4-tdv"] = new(TaskFormKinds.Approval, ApproveRejectReturn),
        ["badge-province-decision"] = new(TaskFormKinds.Approval, ApproveRejectReturn),
        ["education-then-removal-grassroots-approval"] = new(TaskFormKinds.Approval, new DecisionField("approved", ["true", "false"], IsBoolean: true)),
        ["card-replacement-self-criticism"] = new(TaskFormKinds.Approval, new DecisionField("reason", ["lost", "damaged"])),
        ["card-issuance-make-card"] = new(TaskFormKinds.Card),
        ["card-issuance-9-tdv"] = new(TaskFormKinds.Card),
        ["card-issuance-presentation"] = new(TaskFormKinds.Card),
        ["card-replacement-make-card"] = new(TaskFormKinds.Card),
        ["card-replacement-hand-over"] = new(TaskFormKinds.Card),
    };

    /// <summary>The form of a step; lists, registers and other steps without a decision get the approval form's comments and attachments.</summary>
    public static TaskFormSpec For(string? formKey) =>
        formKey is not null && Forms.TryGetValue(formKey, out var form) ? form : new TaskFormSpec(TaskFormKinds.Approval);
}
