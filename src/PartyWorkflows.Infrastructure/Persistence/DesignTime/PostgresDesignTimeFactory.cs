using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartyWorkflows.Infrastructure.Persistence.DesignTime;

/// <summary>Lets dotnet-ef build the PostgreSQL model without a host; adding migrations never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkflowDbContext>
{
    public PostgresWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkflowDbContext>()
            .UseNpgsql(args.FirstOrDefault() ?? "Host=localhost;Database=partyworkflows")
            .Options);
}
