namespace PartyWorkflows.Membership.Grading;

/// <summary>What seed 001 §B.I.3 weighs besides the score.</summary>
/// <param name="Scores">Points on the 7 criteria.</param>
/// <param name="TasksExcellentAndAffiliatesStrong">Tasks completed excellently and the professional body and mass organisations all strong or advanced-excellent.</param>
/// <param name="LeaderDisciplined">A committee member or head/deputy disciplined at reprimand or above, not counting cases the Party organisation itself uncovered and dealt with.</param>
/// <param name="MembersGraded">Members graded this year.</param>
/// <param name="MembersGoodOrBetter">Of those, graded good or excellent.</param>
/// <param name="SubCells">The cells under a grassroots committee; <see langword="null"/> for a grassroots cell (chi bộ cơ sở).</param>
/// <param name="MeetsRegularly">Cells meet regularly and as required.</param>
/// <param name="AttendancesRecorded">Member attendances at cell meetings over the year.</param>
/// <param name="AttendancesExpected">Member attendances the year's cell meetings called for.</param>
/// <param name="ProlongedDisunity">Prolonged internal disunity not resolutely settled.</param>
/// <param name="CorruptionLeadingToDiscipline">Corruption or wrongdoing serious enough that a cadre or member had to be disciplined.</param>
public sealed record OrganisationGradingFacts(
    OrganisationScorecard Scores,
    bool TasksExcellentAndAffiliatesStrong,
    bool LeaderDisciplined,
    int MembersGraded,
    int MembersGoodOrBetter,
    SubCellSummary? SubCells,
    bool MeetsRegularly,
    int AttendancesRecorded,
    int AttendancesExpected,
    bool ProlongedDisunity = false,
    bool CorruptionLeadingToDiscipline = false);
