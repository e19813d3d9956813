using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocumentRecord>
{
    public void Configure(EntityTypeBuilder<DossierDocumentRecord> builder)
    {
        builder.ToTable("dossier_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(100);
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(d => d.DossierId).OnDelete(DeleteBehavior.Cascade);

        // Damaged documents are few: reconciliation reads them from a small partial index.
        builder.HasIndex(d => d.DossierId).HasDatabaseName("ix_dossier_documents_damaged").HasFilter("damaged");
    }
}
