namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// One ballot of a cell's annual member grading (seed 001 §B.II.3–5), under the policy in force on the meeting's date
/// (<see cref="GradingPolicies.For"/>): each member not yet settled is graded by that policy's rule, then the excellent
/// quota is applied. Members settled at an earlier ballot of the same grading keep their result.
/// </summary>
public static class CellGrading
{
    /// <param name="outstandingUnit">Quy định 366's outstanding unit, whose quota is 25 % instead of 20 %; ignored under seed 001.</param>
    public static CellGradingResult Grade(
        DateOnly meetingDate, IReadOnlyList<CellMember> members, CellBallot ballot, IReadOnlyList<MemberGradeRecord> settledEarlier,
        bool outstandingUnit = false)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(settledEarlier);
        var entries = Entries(members, ballot);
        var policy = GradingPolicies.For(meetingDate);
        var settled = settledEarlier.ToDictionary(r => r.MemberKey, StringComparer.Ordinal);

        var graded = new List<(CellMember Member, CellBallotEntry Entry, MemberGradingOutcome Outcome)>();
        var revote = new List<PendingMember>();
        var deferred = new List<PendingMember>();
        foreach (var member in members.Where(m => !settled.ContainsKey(m.MemberKey)))
        {
            // Only a member the rules put outside grading (exempted, suspended, newly admitted) may be left off the ballot.
            var entry = entries.GetValueOrDefault(member.MemberKey) ?? new CellBallotEntry(member.MemberKey, MemberGrade.Completed, 0);
            var outcome = Outcome(policy, meetingDate, member, entry, ballot.FullMembers);
            if (!entries.ContainsKey(member.MemberKey) && outcome.Disposition != GradingDisposition.NotGraded)
            {
                throw new InvalidOperationException($"Phiếu biểu quyết chưa có kết quả của đảng viên {member.FullName} ({member.MemberKey}).");
            }

            switch (outcome.Disposition)
            {
                case GradingDisposition.Deferred:
                    deferred.Add(new PendingMember(member.MemberKey, outcome.Reason));
                    break;
                case GradingDisposition.VoteFailed:
                    revote.Add(new PendingMember(member.MemberKey, outcome.Reason));
                    break;
                default:
                    graded.Add((member, entry, outcome));
                    break;
            }
        }

        var quota = ApplyQuota(ExcellentPercent(policy, outstandingUnit), settled.Values.ToList(), graded);
        foreach (var record in quota.Settled)
        {
            settled[record.MemberKey] = record;
        }

        var inRosterOrder = members.Where(m => settled.ContainsKey(m.MemberKey)).Select(m => settled[m.MemberKey]).ToList();
        return new CellGradingResult(policy, inRosterOrder, revote, quota.Tied, deferred, quota.Reason);
    }

    private static MemberGradingOutcome Outcome(GradingPolicy policy, DateOnly meetingDate, CellMember member, CellBallotEntry entry, int fullMembers)
    {
        if (policy == GradingPolicy.Seed001)
        {
            return Seed001MemberGrading.Grade(new Seed001MemberCase(entry.ProposedLevel, entry.Votes, fullMembers, member.Exempted, entry.Absent,
                member.UnderDiscipline, member.Retired, member.AwayMonths, entry.HasViolation));
        }

        var admittedOn = member.AdmittedOn
            ?? throw new InvalidOperationException($"Thiếu ngày kết nạp của đảng viên {member.FullName} ({member.MemberKey}) để đánh giá theo Quy định 366-QĐ/TW.");
        var outcome = Regulation366MemberGrading.Grade(new Regulation366MemberCase(entry.Score, entry.TasksAssigned, entry.TasksCompleted,
            entry.TasksExceeded, meetingDate, admittedOn, member.Exempted, member.Suspended, member.UnderDiscipline));

        // Quy định 366's text is not among the seeds; absence is handled as seed 001 §B.II.1 says: "Những đảng viên vắng mặt,
        // chi bộ tổ chức đánh giá vào cuộc họp chi bộ gần nhất".
        return entry.Absent && outcome.Disposition == GradingDisposition.Graded
            ? MemberGradingOutcome.Deferred("Đảng viên vắng mặt; chi bộ đánh giá vào cuộc họp chi bộ gần nhất và báo cáo bổ sung lên cấp ủy cấp trên.")
            : outcome;
    }

    /// <summary>Seed 001 §B.II.4.1: excellent ≤ 15 % of good; Quy định 366: ≤ 20 %, 25 % in an outstanding unit.</summary>
    private static int ExcellentPercent(GradingPolicy policy, bool outstandingUnit) => policy switch
    {
        GradingPolicy.Seed001 => Seed001ExcellentQuota.Percent,
        _ => outstandingUnit ? Regulation366ExcellentQuota.OutstandingUnitPercent : Regulation366ExcellentQuota.Percent,
    };

    /// <summary>
    /// The excellent quota at <paramref name="percent"/> % of the members graded good or better in the cell, earlier
    /// ballots included; members already settled as excellent use up their places first, so a later ballot (an absentee,
    /// a re-vote) only competes for what is left.
    /// </summary>
    private static (IReadOnlyList<MemberGradeRecord> Settled, IReadOnlyList<PendingMember> Tied, string Reason) ApplyQuota(
        int percent, IReadOnlyList<MemberGradeRecord> earlier, IReadOnlyList<(CellMember Member, CellBallotEntry Entry, MemberGradingOutcome Outcome)> graded)
    {
        var goodOrBetter = earlier.Count(r => r.Grade is MemberGrade.Excellent or MemberGrade.Good)
            + graded.Count(g => g.Outcome.Grade is MemberGrade.Excellent or MemberGrade.Good);
        var places = Math.Max(0, Quota.MaxCount(goodOrBetter, percent) - earlier.Count(r => r.Grade == MemberGrade.Excellent));
        var candidates = graded.Where(g => g.Outcome.Grade == MemberGrade.Excellent).Select(g => new QuotaCandidate(g.Member.MemberKey, g.Entry.Votes)).ToList();
        var selection = QuotaSelector.Select(candidates, places);
        var dropped = selection.Drop.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var tied = selection.TiedAtCutoff.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        var settled = new List<MemberGradeRecord>();
        foreach (var (member, entry, outcome) in graded.Where(g => !tied.Contains(g.Member.MemberKey)))
        {
            // A member outside grading may be off the ballot altogether: no ballot line to keep.
            var (proposed, votes) = outcome.Disposition == GradingDisposition.Graded ? (entry.ProposedLevel, entry.Votes) : ((MemberGrade?)null, (int?)null);
            settled.Add(dropped.Contains(member.MemberKey)
                ? new MemberGradeRecord(member.MemberKey, GradingDisposition.Graded, MemberGrade.Good,
                    $"Đạt mức hoàn thành xuất sắc nhiệm vụ nhưng vượt chỉ tiêu {percent}% số đảng viên hoàn thành tốt nhiệm vụ: xếp loại hoàn thành tốt nhiệm vụ. {selection.Reason}",
                    proposed, votes)
                : new MemberGradeRecord(member.MemberKey, outcome.Disposition, outcome.Grade, outcome.Reason, proposed, votes));
        }

        return (settled, selection.TiedAtCutoff.Select(c => new PendingMember(c.Id, selection.Reason)).ToList(), selection.Reason);
    }

    private static Dictionary<string, CellBallotEntry> Entries(IReadOnlyList<CellMember> members, CellBallot ballot)
    {
        var fullMembers = members.Count(m => m.Full);
        if (ballot.FullMembers <= 0 || ballot.FullMembers > fullMembers)
        {
            throw new ArgumentOutOfRangeException(nameof(ballot), ballot.FullMembers, $"Số đảng viên chính thức của chi bộ phải từ 1 đến {fullMembers}.");
        }

        if (ballot.Present < 0 || ballot.Present > members.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(ballot), ballot.Present, $"Số đảng viên có mặt phải từ 0 đến {members.Count}.");
        }

        var roster = members.Select(m => m.MemberKey).ToHashSet(StringComparer.Ordinal);
        var entries = new Dictionary<string, CellBallotEntry>(StringComparer.Ordinal);
        foreach (var entry in ballot.Entries)
        {
            if (!roster.Contains(entry.MemberKey) || !entries.TryAdd(entry.MemberKey, entry))
            {
                throw new InvalidOperationException($"Phiếu biểu quyết có đảng viên {entry.MemberKey} không thuộc danh sách chi bộ hoặc bị ghi trùng.");
            }
        }

        return entries;
    }
}
