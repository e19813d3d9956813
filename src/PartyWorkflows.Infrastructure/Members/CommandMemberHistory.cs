using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

/// <summary>
/// The member history behind record-member-grades, record-member-*, record-badge-award and record-member-reward: writes in the running command's transaction, so the
/// decision and the instance's move commit together and a retried command finds its own rows.
/// </summary>
internal sealed class CommandMemberHistory(TimeProvider time) : IMemberHistory
{
    public void RecordGrades(Guid instanceId, int year, IReadOnlyList<MemberGrading> grades, DateTimeOffset decidedAt)
    {
        var db = Db();
        var keys = grades.Select(g => g.MemberKey).ToList();

        // Checked, not left to the unique index: a failed insert would abort the command's whole transaction on PostgreSQL.
        var graded = db.MemberGradings.Where(g => g.Year == year && keys.Contains(g.MemberKey)).Select(g => g.MemberKey).ToHashSet();
        foreach (var grade in grades.Where(g => graded.Add(g.MemberKey)))
        {
            db.MemberGradings.Add(new MemberGradingRecord
            {
                Id = Guid.CreateVersion7(),
                MemberKey = grade.MemberKey,
                Year = year,
                Grade = StoredNames.Of(grade.Grade),
                DecidedByInstanceId = instanceId,
                DecidedAt = decidedAt,
            });
        }

        db.SaveChanges();
    }

    public void ChangeStatus(MemberStatusChange change)
    {
        var db = Db();
        var to = StoredNames.Of(change.To);
        if (db.MemberStatusChanges.Any(c => c.InstanceId == change.InstanceId && c.MemberKey == change.MemberKey && c.ToStatus == to))
        {
            return;
        }

        // The members row and its history move together, so members.status is always the last change's status.
        var member = db.Members.SingleOrDefault(m => m.BusinessKey == change.MemberKey);
        db.MemberStatusChanges.Add(new MemberStatusChangeRecord
        {
            Id = Guid.CreateVersion7(),
            MemberKey = change.MemberKey,
            FromStatus = member?.Status,
            ToStatus = to,
            Reason = change.Reason,
            EffectiveOn = change.EffectiveOn,
            InstanceId = change.InstanceId,
            RecordedAt = time.GetUtcNow(),
        });
        if (member is not null)
        {
            member.Status = to;
        }

        db.SaveChanges();
    }

    public void RecordBadge(MemberBadge badge)
    {
        var db = Db();
        if (db.MemberBadges.Any(b => b.MemberKey == badge.MemberKey && b.MilestoneYears == badge.MilestoneYears))
        {
            return;
        }

        db.MemberBadges.Add(new MemberBadgeRecord
        {
            Id = Guid.CreateVersion7(),
            MemberKey = badge.MemberKey,
            MilestoneYears = badge.MilestoneYears,
            BadgeNumber = badge.BadgeNumber,
            AwardedOn = badge.AwardedOn,
            InstanceId = badge.InstanceId,
        });
        db.SaveChanges();
    }

    public void RecordReward(MemberReward reward)
    {
        var db = Db();
        if (db.MemberRewards.Any(r => r.InstanceId == reward.InstanceId && r.MemberKey == reward.MemberKey))
        {
            return;
        }

        db.MemberRewards.Add(new MemberRewardRecord
        {
            Id = Guid.CreateVersion7(),
            MemberKey = reward.MemberKey,
            AwardKind = StoredNames.Of(reward.Kind),
            DecidingLevel = StoredNames.Of(reward.DecidingLevel),
            Year = reward.Year,
            InstanceId = reward.InstanceId,
        });
        db.SaveChanges();
    }

    private static WorkflowDbContext Db() =>
        ActiveCommand.Db ?? throw new InvalidOperationException("The member history is written only inside a workflow command's transaction.");
}
