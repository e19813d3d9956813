using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartyWorkflows.Infrastructure.Persistence.DesignTime;

/// <summary>Lets dotnet-ef build the SQLite model without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWorkflowDbContext>
{
    public SqliteWorkflowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkflowDbContext>()
            .UseSqlite(args.FirstOrDefault() ?? "Data Source=partyworkflows.db")
            .Options);
}
