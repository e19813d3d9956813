namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Vote thresholds in integer arithmetic (DESIGN.md "Votes and thresholds"): a fraction of a vote never rounds a
/// member in or out.
/// </summary>
public static class VoteThresholds
{
    /// <summary>"trên 1/2" — strictly more than half: <c>2*agree &gt; voters</c>.</summary>
    public static bool MoreThanHalf(int agree, int voters)
    {
        Ensure(agree, voters);
        return 2L * agree > voters;
    }

    /// <summary>"từ 2/3 trở lên" — two thirds or more: <c>3*agree &gt;= 2*voters</c>.</summary>
    public static bool TwoThirdsOrMore(int agree, int voters)
    {
        Ensure(agree, voters);
        return 3L * agree >= 2L * voters;
    }

    // An impossible ballot is a data error upstream, not a failed vote: refuse it loudly, naming the field.
    private static void Ensure(int agree, int voters)
    {
        if (voters <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(voters), voters, "The number of voters must be positive.");
        }

        if (agree < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(agree), agree, "Votes in favour cannot be negative.");
        }

        if (agree > voters)
        {
            throw new ArgumentOutOfRangeException(nameof(agree), agree, $"Votes in favour cannot exceed the {voters} voters.");
        }
    }
}
