using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class TransferSlipConfiguration : IEntityTypeConfiguration<TransferSlipRecord>
{
    public void Configure(EntityTypeBuilder<TransferSlipRecord> builder)
    {
        builder.ToTable("transfer_slips");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SlipNumber).HasMaxLength(100);
        builder.Property(s => s.MemberKey).HasMaxLength(200);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(s => s.ToOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SlipNumber).IsUnique();
        builder.HasIndex(s => s.MemberKey);

        // The quarterly check reads only slips still waiting for their dossier and not yet checked: a partial index
        // that stays as small as the backlog, however many slips the years pile up.
        builder.HasIndex(s => s.IssuedOn)
            .HasDatabaseName("ix_transfer_slips_awaiting_dossier")
            .HasFilter("dossier_received_on IS NULL AND overdue_check_instance_id IS NULL");
    }
}
