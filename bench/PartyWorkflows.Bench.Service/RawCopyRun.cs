using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace PartyWorkflows.Bench.Service;

/// <summary>
/// The baseline: what a hand-written loader inserts for the same number of started instances, one binary COPY per
/// table of the instance and task rows. The values are copied from an instance the engine started, with fresh ids, so
/// the columns and data sizes (the state document above all) are the same as the bulk start's.
/// </summary>
internal static class RawCopyRun
{
    public static async Task<TimeSpan> RunAsync(BenchDatabase database, int instances)
    {
        await using var connection = await database.OpenAsync();
        var template = await TemplateAsync(connection);
        var ids = Enumerable.Range(0, instances).Select(_ => (Instance: Guid.CreateVersion7(), Task: Guid.CreateVersion7())).ToArray();

        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY workflow_instances (id, process_id, definition_version, business_key, subject_organisation_id, status, state, row_version, started_at, ended_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < instances; i++)
            {
                var id = ids[i].Instance;
                await importer.StartRowAsync();
                await importer.WriteAsync(id, NpgsqlDbType.Uuid);
                await importer.WriteAsync(template.ProcessId, NpgsqlDbType.Text);
                await importer.WriteAsync(template.Version, NpgsqlDbType.Integer);
                await importer.WriteAsync(BusinessKey(i), NpgsqlDbType.Text);
                await importer.WriteAsync(template.Subject, NpgsqlDbType.Uuid);
                await importer.WriteAsync("running", NpgsqlDbType.Text);
                await importer.WriteAsync(template.State.Replace(template.InstanceId, id.ToString(), StringComparison.Ordinal), NpgsqlDbType.Jsonb);
                await importer.WriteAsync(1L, NpgsqlDbType.Bigint);
                await importer.WriteAsync(template.StartedAt, NpgsqlDbType.TimestampTz);
                await importer.WriteNullAsync();
            }

            await importer.CompleteAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY workflow_tasks (id, instance_id, element_id, name, process_id, business_key, organisation_id, committee_level, committee_body, form_key, status, created_at, due_at, claimed_by, completed_at, completed_by, local_variables) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < instances; i++)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(ids[i].Task, NpgsqlDbType.Uuid);
                await importer.WriteAsync(ids[i].Instance, NpgsqlDbType.Uuid);
                await importer.WriteAsync(template.ElementId, NpgsqlDbType.Text);
                await importer.WriteAsync(template.TaskName, NpgsqlDbType.Text);
                await importer.WriteAsync(template.ProcessId, NpgsqlDbType.Text);
                await importer.WriteAsync(BusinessKey(i), NpgsqlDbType.Text);
                await importer.WriteAsync(template.Subject, NpgsqlDbType.Uuid);
                await importer.WriteAsync("cell", NpgsqlDbType.Text);
                await importer.WriteAsync("secretary", NpgsqlDbType.Text);
                await importer.WriteAsync(template.FormKey, NpgsqlDbType.Text);
                await importer.WriteAsync("open", NpgsqlDbType.Text);
                await importer.WriteAsync(template.StartedAt, NpgsqlDbType.TimestampTz);
                await importer.WriteAsync(template.DueAt, NpgsqlDbType.TimestampTz);
                await importer.WriteNullAsync();
                await importer.WriteNullAsync();
                await importer.WriteNullAsync();
                await importer.WriteNullAsync();
            }

            await importer.CompleteAsync();
        }

        await transaction.CommitAsync();
        stopwatch.Stop();
        return stopwatch.Elapsed;
    }

    private static string BusinessKey(int i) => $"loaded-2026-{i:D7}";

    private static async Task<Template> TemplateAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("""
            SELECT i.id::text, i.process_id, i.definition_version, i.subject_organisation_id, i.state::text, i.started_at,
                   t.element_id, t.name, t.form_key, t.due_at
            FROM workflow_instances i JOIN workflow_tasks t ON t.instance_id = i.id
            ORDER BY i.started_at LIMIT 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException("No started instance to copy the rows of.");
        }

        return new Template(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetGuid(3), reader.GetString(4),
            reader.GetFieldValue<DateTime>(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetFieldValue<DateTime>(9));
    }

    private sealed record Template(
        string InstanceId, string ProcessId, int Version, Guid Subject, string State, DateTime StartedAt,
        string ElementId, string TaskName, string FormKey, DateTime DueAt);
}
