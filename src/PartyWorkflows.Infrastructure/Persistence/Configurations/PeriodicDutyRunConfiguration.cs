using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class PeriodicDutyRunConfiguration : IEntityTypeConfiguration<PeriodicDutyRunRecord>
{
    public void Configure(EntityTypeBuilder<PeriodicDutyRunRecord> builder)
    {
        builder.ToTable("periodic_duty_runs");
        builder.HasKey(r => r.DutyId);
        builder.Property(r => r.DutyId).HasMaxLength(100);
    }
}
