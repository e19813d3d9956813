using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<AttachmentRecord>
{
    public void Configure(EntityTypeBuilder<AttachmentRecord> builder)
    {
        builder.ToTable("attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ElementId).HasMaxLength(200);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(200);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(a => a.InstanceId);
        builder.HasOne<TaskRecord>().WithMany().HasForeignKey(a => a.TaskId);

        // The case view lists a case's files in upload order; completion checks a task's.
        builder.HasIndex(a => new { a.InstanceId, a.UploadedAt });
        builder.HasIndex(a => a.TaskId);
    }
}
