using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>SQLite's result code for a full disk, or a database at its <c>max_page_count</c>.</summary>
    private const int SqliteFull = 13;

    /// <summary>Sets the size cap on one connection: <c>max_page_count</c> is per connection, not kept in the file.</summary>
    private void ApplySizeCap(SqliteConnection connection)
    {
        if (_maxBytes is not { } max)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size;";
        var pageSize = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {Math.Max(1, max / pageSize)};");
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs a write; when the disk or the size cap is full, the write's transaction is already rolled back, and
    /// the failure becomes a <see cref="StoreException"/> that says so and counts what the store still holds.
    /// </summary>
    private T WhenFull<T>(int articles, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
        {
            throw new StoreException(FullMessage(articles), e);
        }
    }

    private void WhenFull(int articles, Action write) => WhenFull(articles, () =>
    {
        write();
        return 0;
    });

    private string FullMessage(int articles)
    {
        var cause = _maxBytes is { } max
            ? $"the disk is full or the store reached its size cap ({SqliteSizeCap.Variable}={SqliteSizeCap.Describe(max)})"
            : "the disk is full";
        var stored = StoredDocuments();
        var what = articles > 0
            ? string.Create(CultureInfo.InvariantCulture, $"a batch of {articles} articles was not stored; the {stored} documents stored before it are intact")
            : "its schema was not created";
        return $"{Location}: {cause}: {what}. Free disk space (or raise the cap) and run the same command again: it adds only what is missing.";
    }

    private long StoredDocuments()
    {
        try
        {
            return Convert.ToInt64(Scalar("SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // no schema yet
        }
    }
}
