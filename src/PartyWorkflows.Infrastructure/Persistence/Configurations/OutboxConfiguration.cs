using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class OutboxConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Type).HasMaxLength(100);
        builder.Property(o => o.Payload).HasColumnType(jsonColumnType);

        // The relay reads only unpublished rows, oldest first; a partial index stays small (both providers support it).
        builder.HasIndex(o => new { o.OccurredAt, o.Position }).HasFilter("published_at IS NULL");
    }
}
