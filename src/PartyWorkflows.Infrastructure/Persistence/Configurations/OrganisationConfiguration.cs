using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<OrganisationRecord>
{
    public void Configure(EntityTypeBuilder<OrganisationRecord> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasMaxLength(30);
        builder.Property(o => o.Name).HasMaxLength(500);
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.HasOne<OrganisationRecord>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}
