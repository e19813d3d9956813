namespace PartyWorkflows.Documents.Screening;

/// <summary>The two screening lists of seed 003_8ecac7def258469f.txt §2.</summary>
public enum ScreeningListKind
{
    /// <summary>§2.3 and appendix §2 step 1: members to be educated and helped before removal is considered.</summary>
    EducationAndHelp,

    /// <summary>§2.2 and appendix §2 step 3: members the cell proposes to remove from the Party.</summary>
    Removal,
}
