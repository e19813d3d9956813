namespace PartyWorkflows.Membership.CardCheck;

/// <summary>The figures of the report on the use and keeping of cards (1-KTTĐV for a cell, 6-KTTĐV summed for the grassroots).</summary>
public sealed record CardCheckSummary(
    int Members,
    int Checked,
    int Presented,
    int Damaged,
    int Lost,
    int NeverIssued,
    int NotPresented,
    int Probationary,
    int LeftParty,
    int NotOnRegister)
{
    public static CardCheckSummary Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public CardCheckSummary Add(CardCheckSummary other) => new(
        Members + other.Members,
        Checked + other.Checked,
        Presented + other.Presented,
        Damaged + other.Damaged,
        Lost + other.Lost,
        NeverIssued + other.NeverIssued,
        NotPresented + other.NotPresented,
        Probationary + other.Probationary,
        LeftParty + other.LeftParty,
        NotOnRegister + other.NotOnRegister);
}
