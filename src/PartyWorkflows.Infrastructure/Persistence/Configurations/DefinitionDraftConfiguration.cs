using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class DefinitionDraftConfiguration : IEntityTypeConfiguration<DefinitionDraftRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionDraftRecord> builder)
    {
        builder.ToTable("definition_drafts");
        builder.HasKey(d => d.ProcessId);
        builder.Property(d => d.ProcessId).HasMaxLength(200);
        builder.Property(d => d.SavedBy).HasMaxLength(200);
    }
}
