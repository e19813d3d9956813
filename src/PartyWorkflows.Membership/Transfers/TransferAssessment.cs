namespace PartyWorkflows.Membership.Transfers;

/// <summary>Whether the transfer is blocked, with the reason shown to committee staff (Vietnamese); empty when allowed.</summary>
public sealed record TransferAssessment(bool Blocked, string Reason)
{
    public static TransferAssessment Allowed { get; } = new(false, "");
}
