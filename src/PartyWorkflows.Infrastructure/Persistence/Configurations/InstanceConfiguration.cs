using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class InstanceConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ProcessId).HasMaxLength(200);
        builder.Property(i => i.BusinessKey).HasMaxLength(200);
        builder.Property(i => i.Status).HasMaxLength(20);
        builder.Property(i => i.State).HasColumnType(jsonColumnType);
        builder.Property(i => i.RowVersion).IsConcurrencyToken();
        builder.HasIndex(i => new { i.ProcessId, i.Status });
        builder.HasIndex(i => i.BusinessKey);
    }
}
