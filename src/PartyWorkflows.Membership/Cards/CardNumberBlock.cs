namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// The contiguous block of sequences allocated to one list 1A-TĐV. Seed 000_29c5dfa480f916c0.txt §V.1: numbers are
/// allocated "theo nguyên tắc liên tục, từ nhỏ đến lớn theo thời gian nhận danh sách ..., không chia cụm số thẻ đảng
/// viên cho các huyện ủy": one counter per province, blocks in order of receipt, members in list order, no gap.
/// </summary>
public static class CardNumberBlock
{
    /// <summary>Numbers for <paramref name="memberCount"/> members, starting at <paramref name="firstSequence"/>.</summary>
    /// <exception cref="CardNumberOverflowException">The block would pass the scheme's largest sequence.</exception>
    public static IReadOnlyList<string> Numbers(CardNumberScheme scheme, string provinceCode, long firstSequence, int memberCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(memberCount);
        var last = firstSequence + memberCount - 1;
        if (last > scheme.MaxSequence)
        {
            throw new CardNumberOverflowException(scheme, provinceCode, last);
        }

        return Enumerable.Range(0, memberCount).Select(i => CardNumberFormatter.Format(scheme, provinceCode, firstSequence + i)).ToList();
    }
}
