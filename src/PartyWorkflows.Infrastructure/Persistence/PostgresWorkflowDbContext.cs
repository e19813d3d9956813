using Microsoft.EntityFrameworkCore;

namespace PartyWorkflows.Infrastructure.Persistence;

/// <summary>The production store: JSON documents as jsonb.</summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options)
{
    protected override string? JsonColumnType => "jsonb";
}
