using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Identity;
using PartyWorkflows.Infrastructure.Persistence.Configurations;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence;

/// <summary>
/// The provider-neutral model. Each provider derives from it so it has its own migrations; the only differences are
/// the JSON column type and the provider's conventions. Identity's users and roles live in the same database, so a
/// user's seats and the tasks they act on are joined and backed up together. So are the data-protection keys, which
/// every node must share for one node's cookies and tokens to be read by the others.
/// </summary>
public abstract class WorkflowDbContext(DbContextOptions options) : IdentityDbContext<PartyUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();
    public DbSet<TimerRecord> Timers => Set<TimerRecord>();
    public DbSet<SubscriptionRecord> Subscriptions => Set<SubscriptionRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<OrganisationRecord> Organisations => Set<OrganisationRecord>();
    public DbSet<PositionRecord> Positions => Set<PositionRecord>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<DossierRead> DossierReads => Set<DossierRead>();
    public DbSet<CardNumberSequenceRecord> CardNumberSequences => Set<CardNumberSequenceRecord>();
    public DbSet<CardNumberRecord> CardNumbers => Set<CardNumberRecord>();
    public DbSet<MemberRecord> Members => Set<MemberRecord>();
    public DbSet<DossierRecord> Dossiers => Set<DossierRecord>();
    public DbSet<DossierDocumentRecord> DossierDocuments => Set<DossierDocumentRecord>();
    public DbSet<TransferSlipRecord> TransferSlips => Set<TransferSlipRecord>();
    public DbSet<ReconciliationReportRecord> ReconciliationReports => Set<ReconciliationReportRecord>();
    public DbSet<PeriodicDutyRunRecord> PeriodicDutyRuns => Set<PeriodicDutyRunRecord>();
    public DbSet<MemberGradingRecord> MemberGradings => Set<MemberGradingRecord>();
    public DbSet<MemberStatusChangeRecord> MemberStatusChanges => Set<MemberStatusChangeRecord>();
    public DbSet<MemberBadgeRecord> MemberBadges => Set<MemberBadgeRecord>();
    public DbSet<MemberRewardRecord> MemberRewards => Set<MemberRewardRecord>();
    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();
    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();
    public DbSet<DefinitionDraftRecord> DefinitionDrafts => Set<DefinitionDraftRecord>();

    /// <summary>Store type of JSON documents; null keeps the provider's text type.</summary>
    protected abstract string? JsonColumnType { get; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new DefinitionConfiguration());
        modelBuilder.ApplyConfiguration(new InstanceConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new TaskConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new TimerConfiguration());
        modelBuilder.ApplyConfiguration(new SubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentConfiguration());
        modelBuilder.ApplyConfiguration(new AuditConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new OutboxConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new PositionConfiguration());
        modelBuilder.ApplyConfiguration(new ProcessedMessageConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new DossierReadConfiguration());
        modelBuilder.ApplyConfiguration(new CardNumberSequenceConfiguration());
        modelBuilder.ApplyConfiguration(new CardNumberConfiguration());
        modelBuilder.ApplyConfiguration(new MemberConfiguration());
        modelBuilder.ApplyConfiguration(new DossierConfiguration());
        modelBuilder.ApplyConfiguration(new DossierDocumentConfiguration());
        modelBuilder.ApplyConfiguration(new TransferSlipConfiguration());
        modelBuilder.ApplyConfiguration(new ReconciliationReportConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new PeriodicDutyRunConfiguration());
        modelBuilder.ApplyConfiguration(new MemberGradingConfiguration());
        modelBuilder.ApplyConfiguration(new MemberStatusChangeConfiguration());
        modelBuilder.ApplyConfiguration(new MemberBadgeConfiguration());
        modelBuilder.ApplyConfiguration(new MemberRewardConfiguration());
        modelBuilder.ApplyConfiguration(new AttachmentConfiguration());
        modelBuilder.ApplyConfiguration(new CalendarYearConfiguration(JsonColumnType));
        modelBuilder.ApplyConfiguration(new DefinitionDraftConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            // Identity's AspNetUsers, AspNetRoles… follow the schema's spelling: users, roles, user_roles…
            if (entity.GetTableName() is { } table && table.StartsWith("AspNet", StringComparison.Ordinal))
            {
                entity.SetTableName(StoredNames.SnakeCase(table["AspNet".Length..]));
            }

            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(StoredNames.SnakeCase(property.Name));
            }
        }
    }

    /// <summary>
    /// Bumps each changed instance's row_version, so the UPDATE's WHERE on the old value fails for a stale writer;
    /// and refuses any change to an audit row, which is append-only.
    /// </summary>
    private void PrepareSave()
    {
        foreach (var entry in ChangeTracker.Entries<InstanceRecord>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.RowVersion = entry.Property(i => i.RowVersion).OriginalValue + 1;
        }

        if (ChangeTracker.Entries<AuditRecord>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: its rows are never updated or deleted.");
        }
    }
}
