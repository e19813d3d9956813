using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Bulk;

public sealed class PostgresBulkStartScenarios(PostgresDatabase database) : BulkStartScenarios(database), IClassFixture<PostgresDatabase>;
