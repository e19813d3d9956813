using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRecord>
{
    public void Configure(EntityTypeBuilder<TimerRecord> builder)
    {
        builder.ToTable("workflow_timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ElementId).HasMaxLength(200);
        builder.Property(t => t.Purpose).HasMaxLength(20);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(t => t.InstanceId);
        builder.HasIndex(t => t.DueAt);
    }
}
