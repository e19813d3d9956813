namespace PartyWorkflows.Membership.Members;

/// <summary>Where a reconciliation report is kept and signed off.</summary>
public interface IReconciliationSignOff
{
    /// <summary>Signs off the report reviewed by the instance; signing twice keeps the first signature.</summary>
    void SignOff(Guid instanceId, string signedOffBy, DateTimeOffset at);
}
