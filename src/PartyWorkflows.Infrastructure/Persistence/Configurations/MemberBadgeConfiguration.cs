using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class MemberBadgeConfiguration : IEntityTypeConfiguration<MemberBadgeRecord>
{
    public void Configure(EntityTypeBuilder<MemberBadgeRecord> builder)
    {
        builder.ToTable("member_badges");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MemberKey).HasMaxLength(200);
        builder.Property(b => b.BadgeNumber).HasMaxLength(50);

        // One badge a member a milestone (seed 000 §VI: 30, 40, 45 … years of party age).
        builder.HasIndex(b => new { b.MemberKey, b.MilestoneYears }).IsUnique();
    }
}
