using PartyWorkflows.Documents.Members;
using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Documents.Grading;

/// <summary>
/// One member's grading, seed 001_29955938909379e1.txt §B.II.3: the member's self-assessed level, the level the cell
/// voted on and the votes in favour, and the level the grassroots committee decided (§B.II.5 "Đảng uỷ cơ sở ... quyết
/// định xếp loại").
/// </summary>
/// <param name="Probationary">Probationary members are graded too (§B.II.1) but do not vote.</param>
/// <param name="SelfAssessment">Null when the self-review did not record it.</param>
/// <param name="CellProposal">Null while the cell has still to vote on the member, or for a member not graded.</param>
/// <param name="VotesInFavour">Null with <paramref name="CellProposal"/>.</param>
/// <param name="FinalGrade">Null until the grassroots committee decides.</param>
/// <param name="Note">The reason for a not-completed grade, which the seed asks to state (§C.III.7), or other remarks.</param>
public sealed record GradingResultEntry(
    MemberParticulars Member,
    bool Probationary,
    MemberGrade? SelfAssessment,
    MemberGrade? CellProposal,
    int? VotesInFavour,
    MemberGrade? FinalGrade,
    string? Note = null);
