using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        // No foreign keys: notifications are written from bus events and may outlive the task they mention.
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.Property(n => n.CommitteeBody).HasMaxLength(50);
        builder.Property(n => n.Text).HasMaxLength(1000);

        // A seat's newest notifications first.
        builder.HasIndex(n => new { n.OrganisationId, n.CommitteeBody, n.CreatedAt });
    }
}
