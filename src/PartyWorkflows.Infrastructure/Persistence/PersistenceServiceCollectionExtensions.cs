using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace PartyWorkflows.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the provider's context, and <see cref="WorkflowDbContext"/> as the same scoped instance.</summary>
    public static IServiceCollection AddWorkflowPersistence(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<PostgresWorkflowDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<PostgresWorkflowDbContext>());
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContext<SqliteWorkflowDbContext>(o => o.UseSqlite(connectionString));
                services.AddScoped<WorkflowDbContext>(sp => sp.GetRequiredService<SqliteWorkflowDbContext>());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }

        return services;
    }
}
