using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.ProcessId).HasMaxLength(200);
        builder.Property(d => d.Name).HasMaxLength(500);
        builder.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.DeployedBy).HasMaxLength(200);
        builder.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
    }
}
