using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> builder)
    {
        builder.ToTable("message_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ElementId).HasMaxLength(200);
        builder.Property(s => s.MessageName).HasMaxLength(200);
        builder.Property(s => s.BusinessKey).HasMaxLength(200);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(s => s.InstanceId);
        builder.HasIndex(s => new { s.MessageName, s.BusinessKey });
    }
}
