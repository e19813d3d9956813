using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class ReconciliationReportConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<ReconciliationReportRecord>
{
    public void Configure(EntityTypeBuilder<ReconciliationReportRecord> builder)
    {
        builder.ToTable("reconciliation_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Period).HasMaxLength(20);
        builder.Property(r => r.Scope).HasMaxLength(40);
        builder.Property(r => r.Discrepancies).HasColumnType(jsonColumnType);
        builder.Property(r => r.SignedOffBy).HasMaxLength(200);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // One report per organisation and period: a re-run finds it and writes nothing.
        builder.HasIndex(r => new { r.Period, r.OrganisationId }).IsUnique();
        builder.HasIndex(r => r.InstanceId).IsUnique();
    }
}
