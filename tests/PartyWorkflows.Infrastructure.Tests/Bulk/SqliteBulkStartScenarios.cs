using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Bulk;

public sealed class SqliteBulkStartScenarios(SqliteDatabase database) : BulkStartScenarios(database), IClassFixture<SqliteDatabase>;
