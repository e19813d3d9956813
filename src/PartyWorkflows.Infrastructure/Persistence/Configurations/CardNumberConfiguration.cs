using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class CardNumberConfiguration : IEntityTypeConfiguration<CardNumberRecord>
{
    public void Configure(EntityTypeBuilder<CardNumberRecord> builder)
    {
        // The value is the key: the database itself refuses a number given twice.
        builder.ToTable("card_numbers");
        builder.HasKey(n => n.Value);
        builder.Property(n => n.Value).HasMaxLength(30);
        builder.Property(n => n.ProvinceCode).HasMaxLength(10);
        builder.Property(n => n.Scheme).HasMaxLength(50);
        builder.Property(n => n.MemberKey).HasMaxLength(200);

        // A member's numbers (old and new scheme), and the province's register in sequence order (sổ 8-TĐV).
        builder.HasIndex(n => n.MemberKey);
        builder.HasIndex(n => new { n.ProvinceCode, n.Scheme, n.Sequence }).IsUnique();
    }
}
