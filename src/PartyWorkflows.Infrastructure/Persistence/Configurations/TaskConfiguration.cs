using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class TaskConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("workflow_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ElementId).HasMaxLength(200);
        builder.Property(t => t.Name).HasMaxLength(500);
        builder.Property(t => t.ProcessId).HasMaxLength(200);
        builder.Property(t => t.BusinessKey).HasMaxLength(200);
        builder.Property(t => t.CommitteeLevel).HasMaxLength(50);
        builder.Property(t => t.CommitteeBody).HasMaxLength(50);
        builder.Property(t => t.FormKey).HasMaxLength(200);
        builder.Property(t => t.Status).HasMaxLength(20);
        builder.Property(t => t.ClaimedBy).HasMaxLength(200);
        builder.Property(t => t.CompletedBy).HasMaxLength(200);
        builder.Property(t => t.LocalVariables).HasColumnType(jsonColumnType);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(t => t.InstanceId);

        // The inbox: a seat's open tasks already in page order (due date, nulls last, then creation and id), so a page
        // stops after its rows; partial, and covering the usual filters, so the counters are an index-only scan.
        // INCLUDE is PostgreSQL's; SQLite ignores it.
        builder.HasIndex(t => new { t.OrganisationId, t.CommitteeBody, t.DueAt, t.CreatedAt, t.Id }, "ix_workflow_tasks_inbox")
            .HasFilter("status = 'open'")
            .IncludeProperties(t => new { t.ProcessId, t.BusinessKey });
        // The overdue sweep over all open tasks.
        builder.HasIndex(t => new { t.Status, t.DueAt });
    }
}
