namespace PartyWorkflows.Membership.Transfers;

/// <summary>Which transfer a change of residence calls for (seed 003 §1.8).</summary>
public enum TransferKind
{
    /// <summary>No transfer: the stay is too short.</summary>
    None,

    /// <summary>Chuyển sinh hoạt đảng tạm thời.</summary>
    Temporary,

    /// <summary>Chuyển sinh hoạt đảng chính thức.</summary>
    Full,
}
