namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// The three badge cases of seed 000 §VI.1–2: an award on the member's declaration ("tờ khai"), re-issue of a lost
/// badge on the member's written account ("bản tường trình nói rõ lý do bị mất"), and a posthumous award on the
/// family's declaration ("người thân trong gia đình làm tờ khai").
/// </summary>
public enum BadgeCaseKind
{
    Award,
    LostReissue,
    Posthumous,
}
