namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// A sequence outside the scheme's range (seed 000 §V.1: "từ 000.001 đến 999.999"): the province has run out of
/// numbers in this scheme, which needs a decision from the Central Organization Commission, never a wrap-around.
/// </summary>
public sealed class CardNumberOverflowException(CardNumberScheme scheme, string provinceCode, long sequence)
    : InvalidOperationException(
        $"Số thứ tự thẻ {sequence} của đảng bộ {provinceCode} nằm ngoài dải 1..{scheme.MaxSequence} của cách đánh số {scheme.Name}.")
{
    public long Sequence { get; } = sequence;
}
