using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class CardNumberSequenceConfiguration : IEntityTypeConfiguration<CardNumberSequenceRecord>
{
    public void Configure(EntityTypeBuilder<CardNumberSequenceRecord> builder)
    {
        // One counter row per (province, scheme): the row the allocator locks with its UPDATE.
        builder.ToTable("card_number_sequences");
        builder.HasKey(s => new { s.ProvinceCode, s.Scheme });
        builder.Property(s => s.ProvinceCode).HasMaxLength(10);
        builder.Property(s => s.Scheme).HasMaxLength(50);
    }
}
