namespace PartyWorkflows.Membership.Exemptions;

/// <summary>What a member does in the Party, for asking what an exemption releases them from.</summary>
public enum ExemptionActivity
{
    /// <summary>Party work assigned by the cell (công tác đảng).</summary>
    PartyWork,

    /// <summary>The cell's regular meetings (sinh hoạt đảng).</summary>
    CellMeetings,

    /// <summary>The report to the cell at the year's end or at the end of the exemption.</summary>
    ReportToCell,
}
