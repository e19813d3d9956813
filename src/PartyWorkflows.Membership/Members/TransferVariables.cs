using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Members;

/// <summary>The member-store handlers' required variables, read through <see cref="WorkflowVariables"/>: keys never empty, ids and dates never defaulted.</summary>
internal static class TransferVariables
{
    public static string Key(ServiceTaskContext context, string name) =>
        WorkflowVariables.Required<string>(context, name) is { Length: > 0 } key
            ? key
            : throw new InvalidOperationException($"Biến {name} của quy trình không được để trống.");

    // Read as nullable: WorkflowVariables.Required of a value type would give its default (0001-01-01, the empty id) for a
    // missing variable instead of failing.
    public static Guid Id(ServiceTaskContext context, string name) => WorkflowVariables.Required<Guid?>(context, name).GetValueOrDefault();

    /// <summary>A date as yyyy-MM-dd.</summary>
    public static DateOnly Date(ServiceTaskContext context, string name) => WorkflowVariables.Required<DateOnly?>(context, name).GetValueOrDefault();
}
