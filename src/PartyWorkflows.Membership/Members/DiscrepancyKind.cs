namespace PartyWorkflows.Membership.Members;

/// <summary>
/// What a reconciliation of the member list with the dossiers finds (seed 000_29c5dfa480f916c0.txt §III.2: "đối chiếu danh
/// sách đảng viên với số lượng hồ sơ đảng viên, kịp thời phát hiện những tài liệu … bị hư hỏng"; seed
/// 003_8ecac7def258469f.txt §1.1).
/// </summary>
public enum DiscrepancyKind
{
    /// <summary>A member on the list whose dossier the committee does not hold.</summary>
    ListedMemberWithoutDossier,

    /// <summary>A dossier the committee holds for someone no longer on the list (transferred, removed, deceased).</summary>
    DossierWithoutListedMember,

    /// <summary>A document of a held dossier flagged damaged: to be dealt with at once.</summary>
    DamagedDocument,

    /// <summary>The number on the list differs from the number of dossiers held.</summary>
    CountMismatch,
}
