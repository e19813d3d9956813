using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class AuditConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        // No foreign keys: the log must outlive anything it mentions.
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.CommitteeBody).HasMaxLength(50);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.ElementId).HasMaxLength(200);
        builder.Property(a => a.Data).HasColumnType(jsonColumnType);
        builder.HasIndex(a => a.InstanceId);
    }
}
