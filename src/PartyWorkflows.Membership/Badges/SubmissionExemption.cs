namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// Cases the 30-working-day lead time does not bind. Seed 003 §1.9: "(trừ các trường hợp đặc biệt và các trường hợp
/// tặng sớm theo quy định)".
/// </summary>
public enum SubmissionExemption
{
    None,
    SpecialCase,
    EarlyAward,
}
