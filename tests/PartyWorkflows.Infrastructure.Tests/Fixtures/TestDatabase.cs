using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>A fresh, migrated database for one test class, removed afterwards.</summary>
public interface ITestDatabase
{
    DatabaseProvider Provider { get; }
    string ConnectionString { get; }
}
