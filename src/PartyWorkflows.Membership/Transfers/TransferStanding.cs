namespace PartyWorkflows.Membership.Transfers;

/// <summary>What the sending grassroots committee knows of the member when the transfer is asked for.</summary>
/// <param name="UnderInspection">An inspection (kiểm tra) of the member by a party body is under way.</param>
/// <param name="ComplaintPending">A complaint or denunciation (khiếu nại, tố cáo) about or by the member is being handled.</param>
/// <param name="UnderDisciplinaryReview">A disciplinary case (xem xét kỷ luật) is open.</param>
public sealed record TransferStanding(bool UnderInspection, bool ComplaintPending, bool UnderDisciplinaryReview);
