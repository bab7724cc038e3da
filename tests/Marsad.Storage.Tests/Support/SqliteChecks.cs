using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Support;

/// <summary>What a SQLite store file holds, read with a read-only connection of its own, and whether it is whole.</summary>
internal static class SqliteChecks
{
    /// <summary>The stored documents; 0 when there is no file or no schema yet.</summary>
    public static long Documents(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            return Scalar(db, "SELECT COUNT(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    /// <summary>Every row belongs to a stored document, every document has all its rows, and SQLite finds the file sound.</summary>
    public static void AssertConsistent(string db, long documents)
    {
        Assert.Equal("ok", ScalarText(db, "PRAGMA integrity_check"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(DISTINCT id) FROM documents"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(*) FROM document_terms"));
        Assert.Equal(documents, Scalar(db, "SELECT COUNT(*) FROM document_bodies JOIN documents USING (doc_key)"));
        Assert.Equal(documents * Clustering.MinHash.Bands, Scalar(db, "SELECT COUNT(*) FROM minhash_bands"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM mentions WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM event_sources WHERE doc_key NOT IN (SELECT doc_key FROM documents)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM events e WHERE sources <> (SELECT COUNT(DISTINCT doc_key) FROM event_sources s WHERE s.event_key = e.event_key)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM document_bodies b WHERE json_array_length(b.analysis, '$.events') <> (SELECT COUNT(*) FROM event_sources s WHERE s.doc_key = b.doc_key)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM document_bodies b WHERE json_array_length(b.analysis, '$.entities') > 0 AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc_key = b.doc_key)"));
    }

    public static long Scalar(string db, string sql) => Convert.ToInt64(ScalarObject(db, sql), CultureInfo.InvariantCulture);

    public static string ScalarText(string db, string sql) => (string)ScalarObject(db, sql)!;

    private static object? ScalarObject(string db, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
