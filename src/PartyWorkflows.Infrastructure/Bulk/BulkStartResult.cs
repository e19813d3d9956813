namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>What one batch did; every item is counted in exactly one of the four outcomes.</summary>
/// <param name="Started">Instances written by the batch's single bulk transaction.</param>
/// <param name="AlreadyStarted">Items whose instance id already existed (a redelivered batch): nothing was written for them.</param>
/// <param name="StartedOneByOne">Items whose start reaches other instances (call activities), started through the command processor.</param>
/// <param name="Failures">Items the engine rejected; nothing was written for them.</param>
public sealed record BulkStartResult(
    int Started,
    int AlreadyStarted,
    IReadOnlyList<Guid> StartedOneByOne,
    IReadOnlyList<BulkStartFailure> Failures);
