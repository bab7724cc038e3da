using Marsad.Storage.Postgres;
using Marsad.Storage.Sqlite;

namespace Marsad.Storage;

/// <summary>Opens the store a location names: a <c>postgres://</c> URL is PostgreSQL, anything else a SQLite file.</summary>
public static class Stores
{
    public static IStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrEmpty(location);
        return PostgresLocation.IsPostgres(location) ? PostgresStore.Open(location) : SqliteStore.Open(location);
    }
}
