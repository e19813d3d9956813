using System.Text.Json;
using PartyWorkflows.Documents.Grading;
using PartyWorkflows.Documents.Members;
using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Reads the variables of workflows/member-grading.bpmn (its header comment) into the results list: year and members
/// from the start, selfAssessments (member key → level) from the self-review, ballot.fullMembers (the seed's N), and
/// what grade-members writes — grades (each settled member with the ballot line that settled it) and the members still
/// to vote on (revoteMembers, tiedMembers, deferredMembers, with the reason); approved once the grassroots committee has
/// decided (its last decision: later ballots leave it as is).
/// </summary>
internal sealed class MemberGradingVariables(IReadOnlyDictionary<string, JsonElement> variables)
{
    private readonly List<CellMember> _members = JsonVariables.Read<List<CellMember>>(variables, "members") ?? [];

    public int? Year => JsonVariables.Number(variables, "year");

    /// <summary>The ballot's full members of the cell (seed 001 §B.II.4), else those the roster marks full.</summary>
    public int FullMembersOfCell => JsonVariables.Read<CellBallot>(variables, "ballot")?.FullMembers ?? _members.Count(m => m.Full);

    public bool Approved => JsonVariables.Read<bool>(variables, "approved");

    /// <summary>Every member of the roster in its order; a member still to vote on carries the reason in the note.</summary>
    /// <param name="decided">The grassroots committee has decided the grades now settled: its column is filled in.</param>
    public IReadOnlyList<GradingResultEntry> Entries(bool decided)
    {
        var grades = (JsonVariables.Read<List<MemberGradeRecord>>(variables, "grades") ?? []).DistinctBy(r => r.MemberKey).ToDictionary(r => r.MemberKey);
        var selfAssessed = JsonVariables.Read<Dictionary<string, MemberGrade>>(variables, "selfAssessments") ?? [];
        var pending = new[] { "revoteMembers", "tiedMembers", "deferredMembers" }
            .SelectMany(name => JsonVariables.Read<List<PendingMember>>(variables, name) ?? [])
            .DistinctBy(p => p.MemberKey)
            .ToDictionary(p => p.MemberKey, p => p.Reason);

        return
        [
            .. _members.Select(m =>
            {
                var record = grades.GetValueOrDefault(m.MemberKey);
                return new GradingResultEntry(
                    new MemberParticulars(m.MemberKey, m.FullName, null, null, m.AdmittedOn, null, null),
                    Probationary: !m.Full,
                    SelfAssessment: selfAssessed.TryGetValue(m.MemberKey, out var claimed) ? claimed : null,
                    CellProposal: record?.Grade,
                    VotesInFavour: record?.Votes,
                    FinalGrade: decided ? record?.Grade : null,
                    Note: record is null ? pending.GetValueOrDefault(m.MemberKey) : Note(record));
            }),
        ];
    }

    /// <summary>
    /// The reason where the level is not simply the one voted for — not graded, dropped by the quota, defaulted — and for
    /// every not-completed member, whose reason seed 001 §C.III.7 asks to state.
    /// </summary>
    private static string? Note(MemberGradeRecord record) =>
        record.Disposition != GradingDisposition.Graded || record.Grade == MemberGrade.NotCompleted || record.Grade != record.ProposedLevel
            ? record.Reason
            : null;
}
