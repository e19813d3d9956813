using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class MemberGradingConfiguration : IEntityTypeConfiguration<MemberGradingRecord>
{
    public void Configure(EntityTypeBuilder<MemberGradingRecord> builder)
    {
        builder.ToTable("member_gradings");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.MemberKey).HasMaxLength(200);
        builder.Property(g => g.Grade).HasMaxLength(50);

        // One grade a member a year (seed 001 §B.II: "đánh giá, xếp loại chất lượng đảng viên hằng năm").
        builder.HasIndex(g => new { g.MemberKey, g.Year }).IsUnique();
    }
}
