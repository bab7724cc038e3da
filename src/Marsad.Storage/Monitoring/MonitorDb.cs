using System.Data.Common;
using System.Text.Json;
using Marsad.Storage.Postgres;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// The monitoring tables' connection to a store, whichever its backend: SQLite through a connection of its own
/// (the store's is single-threaded), PostgreSQL through the store's pool. The SQL is shared; parameters are
/// written <c>@name</c>, which both drivers read. Calls are serialised, so it is safe from any thread.
/// </summary>
internal sealed class MonitorDb : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SqliteConnection? _sqlite;
    private readonly PostgresStore? _postgres;

    private MonitorDb(SqliteConnection? sqlite, PostgresStore? postgres)
    {
        _sqlite = sqlite;
        _postgres = postgres;
    }

    public bool IsPostgres => _postgres is not null;

    /// <summary>The tables of <paramref name="store"/> (opened, so its schema is there).</summary>
    public static MonitorDb Of(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        switch (store)
        {
            case PostgresStore postgres:
                return new MonitorDb(null, postgres);
            case SqliteStore:
                var builder = new SqliteConnectionStringBuilder { DataSource = store.Location, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 };
                var connection = new SqliteConnection(builder.ToString());
                connection.Open();
                return new MonitorDb(connection, null);
            default:
                throw new ArgumentException($"no monitoring tables for a {store.GetType().Name}", nameof(store));
        }
    }

    public void Dispose() => _sqlite?.Dispose();

    public T Run<T>(Func<DbConnection, T> work)
    {
        lock (_gate)
        {
            if (_sqlite is not null)
            {
                return work(_sqlite);
            }

            using var connection = _postgres!.OpenConnection();
            return work(connection);
        }
    }

    /// <summary>A column among a list passed as the parameter <c>@list</c>: a JSON array in SQLite, a text[] in PostgreSQL.</summary>
    public string In(string column) =>
        IsPostgres ? $"{column} = ANY(@list)" : $"{column} IN (SELECT value FROM json_each(@list))";

    public void ListParameter(DbCommand command, IReadOnlyList<string> values) =>
        Parameter(command, "@list", IsPostgres ? values.ToArray() : JsonSerializer.Serialize(values));

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
