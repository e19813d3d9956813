namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// One loss of a member's party card on record: the day it was lost and whether the cell accepted the reason given in
/// the member's self-criticism (seed 000_29c5dfa480f916c0.txt §V.3: "Chi bộ căn cứ lý do bị mất, bị hỏng thẻ trong bản
/// kiểm điểm của đảng viên để xét").
/// </summary>
public sealed record CardLoss(DateOnly LostOn, bool ReasonAccepted);
