using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Binary COPY of one entity type into the table EF maps it to: table, columns, value converters (timestamps to UTC)
/// and jsonb columns all come from the EF model, so the rows are the ones SaveChanges would insert. Store-generated
/// keys (the audit log's identity) are left to the database, as EF leaves them.
/// </summary>
internal sealed class CopyTable<TEntity> where TEntity : class
{
    private readonly string _copyCommand;
    private readonly Column[] _columns;

    public CopyTable(IModel model)
    {
        var entityType = model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        _columns = entityType.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never))
            .Select(p => new Column(p))
            .ToArray();
        var table = entityType.GetSchema() is { } schema
            ? $"{Quote(schema)}.{Quote(entityType.GetTableName()!)}"
            : Quote(entityType.GetTableName()!);
        _copyCommand = $"COPY {table} ({string.Join(", ", _columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
    }

    public async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(_copyCommand, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in _columns)
            {
                await column.WriteAsync(importer, row, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    private sealed class Column(IProperty property)
    {
        private readonly IClrPropertyGetter _getter = property.GetGetter();
        private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;
        private readonly NpgsqlDbType _type = TypeOf(property);

        public string Name { get; } = property.GetColumnName();

        public Task WriteAsync(NpgsqlBinaryImporter importer, TEntity row, CancellationToken cancellationToken)
        {
            var value = _getter.GetClrValue(row);
            if (value is null)
            {
                return importer.WriteNullAsync(cancellationToken);
            }

            return importer.WriteAsync(_converter is null ? value : _converter.ConvertToProvider(value)!, _type, cancellationToken);
        }

        private static NpgsqlDbType TypeOf(IProperty property)
        {
            if (property.GetColumnType() == "jsonb")
            {
                return NpgsqlDbType.Jsonb;
            }

            var clrType = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
            return (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
            {
                var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
                var t when t == typeof(string) => NpgsqlDbType.Text,
                var t when t == typeof(int) => NpgsqlDbType.Integer,
                var t when t == typeof(long) => NpgsqlDbType.Bigint,
                var t when t == typeof(bool) => NpgsqlDbType.Boolean,
                var t when t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
                var t => throw new NotSupportedException($"No COPY mapping for {property.DeclaringType.DisplayName()}.{property.Name} ({t.Name})."),
            };
        }
    }
}
