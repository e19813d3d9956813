using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>
/// A temporary content root for the service on its embedded default (SQLite under App_Data, demo data, workflows
/// deployed), removed with the database file afterwards.
/// </summary>
public sealed class EmbeddedContentRoot : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("partyworkflows-web-").FullName;

    public WebApplicationFactory<Program> App() => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseContentRoot(Path));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
