namespace PartyWorkflows.Membership.Grading;

/// <summary>Cuts a list of candidates down to a quota, most votes first.</summary>
public static class QuotaSelector
{
    public static QuotaSelection Select(IReadOnlyList<QuotaCandidate> candidates, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCount);
        foreach (var candidate in candidates)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(candidate.Votes, nameof(candidate.Votes));
        }

        var ranked = candidates.OrderByDescending(c => c.Votes).ToList();
        if (ranked.Count <= maxCount)
        {
            return new QuotaSelection(ranked, [], [], maxCount, $"Số đề nghị ({ranked.Count}) không vượt quá chỉ tiêu {maxCount}; giữ nguyên tất cả.");
        }

        // The seeds rank by nothing but the vote; picking among equal votes would be our invention, so a tie that
        // straddles the cut-off goes back to the body to decide.
        var lastIn = maxCount > 0 ? ranked[maxCount - 1].Votes : (int?)null;
        var firstOut = ranked[maxCount].Votes;
        if (lastIn == firstOut)
        {
            var keep = ranked.Where(c => c.Votes > firstOut).ToList();
            var tied = ranked.Where(c => c.Votes == firstOut).ToList();
            var drop = ranked.Where(c => c.Votes < firstOut).ToList();
            return new QuotaSelection(keep, drop, tied, maxCount,
                $"Chỉ tiêu {maxCount}: {tied.Count} đề nghị cùng {firstOut} phiếu tại ngưỡng cắt, còn {maxCount - keep.Count} suất; tổ chức đảng xem xét, quyết định.");
        }

        return new QuotaSelection(ranked.Take(maxCount).ToList(), ranked.Skip(maxCount).ToList(), [], maxCount,
            $"Chỉ tiêu {maxCount}: giữ {maxCount} đề nghị có số phiếu cao nhất, {ranked.Count - maxCount} đề nghị chuyển xuống mức thấp hơn.");
    }
}
