namespace PartyWorkflows.Membership.Members;

/// <summary>Who reconciles with whom (seed 003_8ecac7def258469f.txt §1.1).</summary>
public enum ReconciliationScope
{
    /// <summary>A cell's list against its grassroots committee's dossiers, every six months.</summary>
    CellWithGrassroots,

    /// <summary>A grassroots organisation's list against its dossiers, checked by the superior committee, every year.</summary>
    GrassrootsWithSuperior,
}
