using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Tests.Scenarios;

namespace PartyWorkflows.Infrastructure.Tests.Sqlite;

public sealed class SqliteSchedulingScenarios(SqliteDatabase database) : SchedulingScenarios(database), IClassFixture<SqliteDatabase>;
