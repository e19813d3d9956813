using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Tests.Scenarios;

namespace PartyWorkflows.Infrastructure.Tests.Postgres;

public sealed class PostgresSchedulingScenarios(PostgresDatabase database) : SchedulingScenarios(database), IClassFixture<PostgresDatabase>;
