using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Postgres;

public sealed class AuditLogTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly WorkflowHarness _harness = new(database);

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task The_database_rejects_changes_to_audit_rows(string sql)
    {
        var tree = await OrganisationTree.SeedAsync(_harness);
        var processId = Bpmn.UniqueId("card");
        await _harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));
        await _harness.Processor(p => p.StartAsync(processId, tree.Cell, actor: "admin"));
        var before = await DatabaseSnapshot.TakeAsync(_harness);

        var error = await Assert.ThrowsAsync<PostgresException>(() => _harness.Db(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Contains("append-only", error.MessageText);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_harness));
    }
}
