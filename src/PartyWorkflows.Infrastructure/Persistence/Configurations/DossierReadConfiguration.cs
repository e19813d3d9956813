using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class DossierReadConfiguration : IEntityTypeConfiguration<DossierRead>
{
    public void Configure(EntityTypeBuilder<DossierRead> builder)
    {
        builder.ToTable("dossier_reads");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UserId).HasMaxLength(200);
        builder.Property(r => r.BusinessKey).HasMaxLength(200);
        builder.Property(r => r.Purpose).HasMaxLength(500);

        // Inspections ask "who read this dossier" and "what did this person read".
        builder.HasIndex(r => new { r.InstanceId, r.ReadAt });
        builder.HasIndex(r => new { r.UserId, r.ReadAt });
    }
}
