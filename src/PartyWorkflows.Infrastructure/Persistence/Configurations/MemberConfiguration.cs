using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<MemberRecord>
{
    public void Configure(EntityTypeBuilder<MemberRecord> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.BusinessKey).HasMaxLength(200);
        builder.Property(m => m.FullName).HasMaxLength(300);
        builder.Property(m => m.Status).HasMaxLength(30);
        builder.Property(m => m.Standing).HasMaxLength(20);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.BusinessKey).IsUnique();

        // A cell's list (campaigns, reconciliation by cell) without touching other cells' rows.
        builder.HasIndex(m => new { m.OrganisationId, m.Status });

        // The badge rounds look members up by admission date (party age), one range per milestone.
        builder.HasIndex(m => m.AdmittedOn);
    }
}
