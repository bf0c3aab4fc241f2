using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace CareerCluster.Data.Loading;

/// <summary>
/// The one database writer: inserts entities with prepared SQLite commands whose columns come from the EF model
/// (column names, value converters such as JSON lists, owned JSON columns), so a new entity property is written
/// without touching this class, and a 10,000-role build spends nothing on EF's change tracker.
/// </summary>
internal sealed class EntityWriter(SqliteConnection connection, SqliteTransaction transaction, IModel model)
{
    private readonly ArrayBufferWriter<byte> _json = new(1024);

    /// <summary>Writes the rows of one entity type; keys and foreign keys must already be set.</summary>
    public void Write<T>(IEnumerable<T> rows)
        where T : class
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var columns = Columns(type);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Value(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    private List<(string Name, Func<object, object?> Value)> Columns(IEntityType type)
    {
        var columns = new List<(string, Func<object, object?>)>();
        foreach (var property in type.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            columns.Add((property.GetColumnName(), entity => getter.GetClrValue(entity) is { } value
                ? converter is null ? value : converter.ConvertToProvider(value)
                : null));
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.TargetEntityType.IsMappedToJson()))
        {
            var target = navigation.TargetEntityType;
            var getter = navigation.GetGetter();
            var fields = target.GetProperties().Where(p => !p.IsShadowProperty())
                .Select(p => (Name: p.GetJsonPropertyName()!, Getter: p.GetGetter(), Json: p.GetTypeMapping().JsonValueReaderWriter))
                .ToList();
            columns.Add((target.GetContainerColumnName()!, entity => Json(getter.GetClrValue(entity), navigation.IsCollection, fields)));
        }

        return columns;
    }

    /// <summary>JSON as EF Core writes owned JSON columns (System.Text.Json's default escaping).</summary>
    private string? Json(object? value, bool collection, List<(string Name, IClrPropertyGetter Getter, JsonValueReaderWriter? Json)> fields)
    {
        if (value is null)
        {
            return null;
        }

        _json.Clear();
        using (var writer = new Utf8JsonWriter(_json))
        {
            if (collection)
            {
                writer.WriteStartArray();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    WriteObject(writer, item, fields);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteObject(writer, value, fields);
            }
        }

        return Encoding.UTF8.GetString(_json.WrittenSpan);
    }

    /// <summary>Each value by its provider's JSON reader-writer where it has one (SQLite keeps decimals as strings, so EF reads them back as strings).</summary>
    private static void WriteObject(Utf8JsonWriter writer, object item, List<(string Name, IClrPropertyGetter Getter, JsonValueReaderWriter? Json)> fields)
    {
        writer.WriteStartObject();
        foreach (var (name, getter, json) in fields)
        {
            var value = getter.GetClrValue(item);
            if (value is not null && json is not null)
            {
                writer.WritePropertyName(name);
                json.ToJson(writer, value);
                continue;
            }

            switch (value)
            {
                case null: writer.WriteNull(name); break;
                case string text: writer.WriteString(name, text); break;
                case decimal number: writer.WriteNumber(name, number); break;
                case int number: writer.WriteNumber(name, number); break;
                case long number: writer.WriteNumber(name, number); break;
                case bool flag: writer.WriteBoolean(name, flag); break;
                case var other: throw new NotSupportedException($"owned JSON property {name} of type {other.GetType().Name}");
            }
        }

        writer.WriteEndObject();
    }
}
