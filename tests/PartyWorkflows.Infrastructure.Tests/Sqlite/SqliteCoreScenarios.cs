using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Tests.Scenarios;

namespace PartyWorkflows.Infrastructure.Tests.Sqlite;

public sealed class SqliteCoreScenarios(SqliteDatabase database) : CoreScenarios(database), IClassFixture<SqliteDatabase>;
