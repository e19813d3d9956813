using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class MemberRewardConfiguration : IEntityTypeConfiguration<MemberRewardRecord>
{
    public void Configure(EntityTypeBuilder<MemberRewardRecord> builder)
    {
        builder.ToTable("member_rewards");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.MemberKey).HasMaxLength(200);
        builder.Property(r => r.AwardKind).HasMaxLength(50);
        builder.Property(r => r.DecidingLevel).HasMaxLength(50);
        builder.HasIndex(r => r.MemberKey);

        // A nomination rewards its member once, however often its command is retried.
        builder.HasIndex(r => new { r.InstanceId, r.MemberKey }).IsUnique();
    }
}
