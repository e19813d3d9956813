namespace PartyWorkflows.Membership.Grading;

/// <summary>Grades of the cells directly under a grassroots committee (đảng bộ cơ sở).</summary>
public sealed record SubCellSummary(int Total, int CleanAndStrong, int Weak)
{
    public int Total { get; } = Total > 0 ? Total : throw new ArgumentOutOfRangeException(nameof(Total), Total, "A grassroots committee has at least one cell.");

    public int CleanAndStrong { get; } = CleanAndStrong >= 0 && CleanAndStrong <= Total
        ? CleanAndStrong
        : throw new ArgumentOutOfRangeException(nameof(CleanAndStrong), CleanAndStrong, "Must lie between 0 and the number of cells.");

    public int Weak { get; } = Weak >= 0 && Weak + CleanAndStrong <= Total
        ? Weak
        : throw new ArgumentOutOfRangeException(nameof(Weak), Weak, "Clean-and-strong and weak cells together cannot exceed the number of cells.");
}
