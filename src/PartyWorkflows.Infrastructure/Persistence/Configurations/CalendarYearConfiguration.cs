using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence.Configurations;

internal sealed class CalendarYearConfiguration(string? jsonColumnType) : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.DaysOff).HasColumnType(jsonColumnType);
        builder.Property(y => y.WorkedWeekends).HasColumnType(jsonColumnType);
        builder.Property(y => y.PublishedBy).HasMaxLength(200);
    }
}
