namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// One member before the cell under seed 001: the level proposed to the ballot, the full-member votes in favour, and
/// the facts behind the special cases.
/// </summary>
/// <param name="ProposedLevel">The level the cell votes on (the member's self-assessment as amended by the cell).</param>
/// <param name="VotesInFavour">Full members of the cell voting for <paramref name="ProposedLevel"/>.</param>
/// <param name="FullMembersOfCell">All full members of the cell — the seed's N, not those present.</param>
/// <param name="Exempted">"miễn công tác và sinh hoạt đảng".</param>
/// <param name="Absent">Absent from the grading meeting.</param>
/// <param name="UnderDiscipline">Serving a Party, state or mass-organisation penalty of reprimand or higher in the year.</param>
/// <param name="RetiredNotTransferred">Retired but party activity not yet transferred to the place of residence.</param>
/// <param name="MonthsWorkingAwayFromResidence">Whole months working away from the place of residence.</param>
/// <param name="HasViolation">Any violation found in the review; cancels the retiree/away default.</param>
public sealed record Seed001MemberCase(
    MemberGrade ProposedLevel,
    int VotesInFavour,
    int FullMembersOfCell,
    bool Exempted = false,
    bool Absent = false,
    bool UnderDiscipline = false,
    bool RetiredNotTransferred = false,
    int MonthsWorkingAwayFromResidence = 0,
    bool HasViolation = false);
