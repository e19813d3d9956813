namespace PartyWorkflows.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>Production (DESIGN.md "persistence").</summary>
    PostgreSql,

    /// <summary>The embedded, zero-setup default.</summary>
    Sqlite,
}
