namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Points given on each of the 7 criteria. Decimal, like member scores: the scoring scale may give fractional points
/// and decimal keeps 89.5 exactly below 90.
/// </summary>
public sealed class OrganisationScorecard
{
    private readonly Dictionary<OrganisationCriterion, decimal> points;

    public OrganisationScorecard(IReadOnlyDictionary<OrganisationCriterion, decimal> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        foreach (var (criterion, max) in OrganisationCriteria.MaxPoints)
        {
            if (!points.TryGetValue(criterion, out var given))
            {
                throw new ArgumentException($"No points given for {criterion}.", nameof(points));
            }

            if (given < 0m || given > max)
            {
                throw new ArgumentOutOfRangeException(nameof(points), given, $"{criterion} is scored from 0 to {max}.");
            }
        }

        this.points = new Dictionary<OrganisationCriterion, decimal>(points);
    }

    public decimal this[OrganisationCriterion criterion] => points[criterion];

    public decimal Total => points.Values.Sum();
}
