using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>Seed 001 §B.I: 7 criteria out of 100, four levels and the conditions of each, one at a time.</summary>
public sealed class OrganisationGradingTests
{
    // 92 points: 28 + 14 + 14 + 9 + 9 + 5 + 13.
    private static OrganisationScorecard Scores(decimal political = 28m, decimal hoChiMinh = 13m) => new(new Dictionary<OrganisationCriterion, decimal>
    {
        [OrganisationCriterion.PoliticalTasks] = political,
        [OrganisationCriterion.PoliticalEducation] = 14m,
        [OrganisationCriterion.PartyBuilding] = 14m,
        [OrganisationCriterion.CadresAndInternalSecurity] = 9m,
        [OrganisationCriterion.InspectionAndSupervision] = 9m,
        [OrganisationCriterion.MassOrganisations] = 5m,
        [OrganisationCriterion.HoChiMinhExample] = hoChiMinh,
    });

    // A grassroots committee meeting every clean-and-strong condition.
    private static OrganisationGradingFacts Strong(OrganisationScorecard? scores = null) => new(
        scores ?? Scores(), TasksExcellentAndAffiliatesStrong: true, LeaderDisciplined: false,
        MembersGraded: 50, MembersGoodOrBetter: 40, SubCells: new SubCellSummary(6, 4, 0),
        MeetsRegularly: true, AttendancesRecorded: 480, AttendancesExpected: 600);

    private static OrganisationGradeOutcome Grade(OrganisationGradingFacts facts) => OrganisationGrading.Grade(facts);

    [Fact]
    public void The_maximum_points_add_up_to_one_hundred()
    {
        Assert.Equal(7, OrganisationCriteria.MaxPoints.Count);
        Assert.Equal(OrganisationCriteria.Total, OrganisationCriteria.MaxPoints.Values.Sum());
        Assert.Equal(30, OrganisationCriteria.MaxPoints[OrganisationCriterion.PoliticalTasks]);
        Assert.Equal(15, OrganisationCriteria.MaxPoints[OrganisationCriterion.HoChiMinhExample]);
    }

    [Fact]
    public void Points_above_a_criterion_maximum_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Scores(political: 31m));

    [Fact]
    public void Every_condition_met_at_ninety_points_is_clean_and_strong()
    {
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong()).Grade);
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong(Scores(political: 26m))).Grade); // exactly 90
        Assert.Equal(OrganisationGrade.Good, Grade(Strong(Scores(political: 25.5m))).Grade); // 89.5
    }

    [Fact]
    public void Tasks_or_affiliates_short_of_excellent_is_good() =>
        Assert.Equal(OrganisationGrade.Good, Grade(Strong() with { TasksExcellentAndAffiliatesStrong = false }).Grade);

    [Fact]
    public void A_disciplined_leader_is_good()
    {
        var outcome = Grade(Strong() with { LeaderDisciplined = true });
        Assert.Equal(OrganisationGrade.Good, outcome.Grade);
        Assert.Contains("kỷ luật", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_graded_good_must_be_eighty_percent()
    {
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong() with { MembersGoodOrBetter = 40 }).Grade); // 80 %
        var outcome = Grade(Strong() with { MembersGoodOrBetter = 39 }); // 78 %
        Assert.Equal(OrganisationGrade.Good, outcome.Grade);
        Assert.Contains("39/50", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_thirds_of_the_sub_cells_must_be_clean_and_strong()
    {
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong() with { SubCells = new SubCellSummary(6, 4, 0) }).Grade); // exactly 2/3
        Assert.Equal(OrganisationGrade.Good, Grade(Strong() with { SubCells = new SubCellSummary(6, 3, 0) }).Grade); // 2/3 minus one
    }

    [Fact]
    public void One_weak_sub_cell_rules_out_clean_and_strong()
    {
        var outcome = Grade(Strong() with { SubCells = new SubCellSummary(6, 5, 1) });
        Assert.Equal(OrganisationGrade.Good, outcome.Grade);
        Assert.Contains("yếu kém", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grassroots_cell_has_no_sub_cell_condition() =>
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong() with { SubCells = null }).Grade);

    [Fact]
    public void Meetings_must_be_regular_and_attendance_eighty_percent()
    {
        Assert.Equal(OrganisationGrade.Good, Grade(Strong() with { MeetsRegularly = false }).Grade);
        Assert.Equal(OrganisationGrade.Good, Grade(Strong() with { AttendancesRecorded = 479 }).Grade);
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong() with { AttendancesRecorded = 480 }).Grade);
    }

    [Fact]
    public void Every_missing_condition_is_named()
    {
        var outcome = Grade(Strong() with { LeaderDisciplined = true, MeetsRegularly = false });
        Assert.Contains("khiển trách", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("sinh hoạt chưa đều", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("70", OrganisationGrade.Good)]
    [InlineData("69.5", OrganisationGrade.Completed)]
    [InlineData("50", OrganisationGrade.Completed)]
    [InlineData("49.5", OrganisationGrade.Weak)]
    public void Score_bands(string total, OrganisationGrade expected) =>
        Assert.Equal(expected, Grade(Strong(Totalling(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)))).Grade);

    [Fact]
    public void Below_eight_points_on_the_ho_chi_minh_criterion_is_weak()
    {
        Assert.Equal(OrganisationGrade.CleanAndStrong, Grade(Strong(Totalling(95m, hoChiMinh: 8m))).Grade);
        var outcome = Grade(Strong(Totalling(95m, hoChiMinh: 7.5m)));
        Assert.Equal(OrganisationGrade.Weak, outcome.Grade);
        Assert.Contains("dưới 8 điểm", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Prolonged_disunity_is_weak_even_at_ninety_points() =>
        Assert.Equal(OrganisationGrade.Weak, Grade(Strong() with { ProlongedDisunity = true }).Grade);

    [Fact]
    public void Corruption_leading_to_discipline_is_weak() =>
        Assert.Equal(OrganisationGrade.Weak, Grade(Strong() with { CorruptionLeadingToDiscipline = true }).Grade);

    [Fact]
    public void A_third_of_the_sub_cells_weak_makes_the_committee_weak()
    {
        var outcome = Grade(Strong() with { SubCells = new SubCellSummary(6, 4, 2) }); // exactly 1/3
        Assert.Equal(OrganisationGrade.Weak, outcome.Grade);
        Assert.Contains("2/6", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(OrganisationGrade.Good, Grade(Strong() with { SubCells = new SubCellSummary(7, 5, 2) }).Grade); // 2/7, under 1/3
    }

    [Fact]
    public void Impossible_facts_are_refused_naming_the_field()
    {
        Assert.Equal("MembersGoodOrBetter", Assert.Throws<ArgumentOutOfRangeException>(() => Grade(Strong() with { MembersGoodOrBetter = 51 })).ParamName);
        Assert.Equal("AttendancesRecorded", Assert.Throws<ArgumentOutOfRangeException>(() => Grade(Strong() with { AttendancesRecorded = 601 })).ParamName);
        Assert.Equal("Weak", Assert.Throws<ArgumentOutOfRangeException>(() => new SubCellSummary(6, 4, 3)).ParamName);
    }

    // Fills the criteria in order up to their maxima until the total is reached, Hồ Chí Minh fixed.
    private static OrganisationScorecard Totalling(decimal total, decimal hoChiMinh = 13m)
    {
        var left = total - hoChiMinh;
        var points = new Dictionary<OrganisationCriterion, decimal> { [OrganisationCriterion.HoChiMinhExample] = hoChiMinh };
        foreach (var (criterion, max) in OrganisationCriteria.MaxPoints.Where(c => c.Key != OrganisationCriterion.HoChiMinhExample))
        {
            points[criterion] = Math.Min(max, left);
            left -= points[criterion];
        }

        return new OrganisationScorecard(points);
    }
}
