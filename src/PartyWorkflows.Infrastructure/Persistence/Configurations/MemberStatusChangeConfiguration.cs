using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class MemberStatusChangeConfiguration : IEntityTypeConfiguration<MemberStatusChangeRecord>
{
    public void Configure(EntityTypeBuilder<MemberStatusChangeRecord> builder)
    {
        builder.ToTable("member_status_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.MemberKey).HasMaxLength(200);
        builder.Property(c => c.FromStatus).HasMaxLength(50);
        builder.Property(c => c.ToStatus).HasMaxLength(50);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasIndex(c => c.MemberKey);

        // A case moves a member to a status once, however often its command is retried.
        builder.HasIndex(c => new { c.InstanceId, c.MemberKey, c.ToStatus }).IsUnique();
    }
}
