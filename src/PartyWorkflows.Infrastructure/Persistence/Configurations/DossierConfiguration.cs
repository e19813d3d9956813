using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<DossierRecord>
{
    public void Configure(EntityTypeBuilder<DossierRecord> builder)
    {
        builder.ToTable("member_dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.MemberKey).HasMaxLength(200);
        builder.Property(d => d.Status).HasMaxLength(20);

        // One dossier per member, found by the member's key (reconciliation's anti-joins, the received handler).
        builder.HasIndex(d => d.MemberKey).IsUnique();
        builder.HasIndex(d => new { d.HeldByOrganisationId, d.Status });
    }
}
