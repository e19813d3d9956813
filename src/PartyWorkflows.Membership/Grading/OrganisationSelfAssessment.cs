namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// An organisation's self-assessment as its committee enters it (variable <c>assessment</c> of
/// workflows/organisation-grading.bpmn): points per criterion by name ("politicalTasks", …) and the facts of
/// <see cref="OrganisationGradingFacts"/>.
/// </summary>
public sealed record OrganisationSelfAssessment(
    IReadOnlyDictionary<string, decimal> Scores,
    bool TasksExcellentAndAffiliatesStrong,
    bool LeaderDisciplined,
    int MembersGraded,
    int MembersGoodOrBetter,
    SubCellSummary? SubCells,
    bool MeetsRegularly,
    int AttendancesRecorded,
    int AttendancesExpected,
    bool ProlongedDisunity = false,
    bool CorruptionLeadingToDiscipline = false)
{
    public OrganisationGradingFacts ToFacts()
    {
        var points = new Dictionary<OrganisationCriterion, decimal>();
        foreach (var (name, given) in Scores)
        {
            if (!Enum.TryParse<OrganisationCriterion>(name, ignoreCase: true, out var criterion) || !Enum.IsDefined(criterion))
            {
                throw new InvalidOperationException($"Tiêu chí chấm điểm không xác định: {name}.");
            }

            points[criterion] = given;
        }

        return new OrganisationGradingFacts(new OrganisationScorecard(points), TasksExcellentAndAffiliatesStrong, LeaderDisciplined,
            MembersGraded, MembersGoodOrBetter, SubCells, MeetsRegularly, AttendancesRecorded, AttendancesExpected,
            ProlongedDisunity, CorruptionLeadingToDiscipline);
    }
}
