using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Tests.Scenarios;

namespace PartyWorkflows.Infrastructure.Tests.Postgres;

public sealed class PostgresCoreScenarios(PostgresDatabase database) : CoreScenarios(database), IClassFixture<PostgresDatabase>;
