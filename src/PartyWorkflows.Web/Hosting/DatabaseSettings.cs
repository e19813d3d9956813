using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Hosting;

/// <summary>
/// Where the workflows live. With no configuration at all the service runs on an embedded SQLite file under App_Data
/// and seeds the demo organisation, so a fresh checkout starts with <c>dotnet run</c> alone.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool SeedDemoData)
{
    public const string ProviderKey = "PartyWorkflows:Database:Provider";
    public const string ConnectionStringName = "Workflows";
    public const string SeedDemoDataKey = "PartyWorkflows:SeedDemoData";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration[ProviderKey] is { Length: > 0 } name
            ? Enum.Parse<DatabaseProvider>(name, ignoreCase: true)
            : DatabaseProvider.Sqlite;
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var embedded = string.IsNullOrWhiteSpace(configured);
        if (embedded && provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is required when {ProviderKey} is {provider}.");
        }

        var connectionString = embedded ? EmbeddedConnectionString(contentRoot) : configured!;

        // Demo users with published passwords must never appear in a configured (production) database by accident.
        var seed = configuration.GetValue<bool?>(SeedDemoDataKey) ?? embedded;
        return new DatabaseSettings(provider, connectionString, seed);
    }

    private static string EmbeddedConnectionString(string contentRoot)
    {
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "partyworkflows.db")}";
    }
}
