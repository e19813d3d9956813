using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ElementId).HasMaxLength(200);
        builder.Property(i => i.Kind).HasMaxLength(50);
        builder.Property(i => i.ResolvedBy).HasMaxLength(200);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(i => i.InstanceId);
    }
}
