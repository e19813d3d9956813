using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class PositionConfiguration : IEntityTypeConfiguration<PositionRecord>
{
    public void Configure(EntityTypeBuilder<PositionRecord> builder)
    {
        // The key is the unique triple; the inbox probes it by (user_id, organisation_id, body).
        builder.ToTable("positions");
        builder.HasKey(p => new { p.UserId, p.OrganisationId, p.Body });
        builder.Property(p => p.UserId).HasMaxLength(200);
        builder.Property(p => p.Body).HasMaxLength(50);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(p => p.OrganisationId);
    }
}
