using System.Data.Common;

namespace Marsad.Storage.Monitoring;

/// <summary>
/// Alerts and their hits in the store (tables <c>alerts</c>, <c>alert_hits</c>), the same SQL on both backends.
/// A hit is one row per alert and document, inserted only if absent: an alert fires once per article however
/// often, and by however many watchers, the article is seen.
/// </summary>
public sealed class AlertBook : IDisposable
{
    private const string AlertColumns = "name, query, entity, actor, recipient, event_type, country, webhook";
    private const string HitColumns = "alert, document_id, hit_at, delivered_at, attempts, last_error";

    private readonly MonitorDb _db;

    private AlertBook(MonitorDb db)
    {
        _db = db;
    }

    public static AlertBook Of(IStore store) => new(MonitorDb.Of(store));

    public void Dispose() => _db.Dispose();

    /// <summary>Adds an alert; one of that name already there is an <see cref="AlertException"/>.</summary>
    public void Add(Alert alert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        alert.Validate();
        var added = _db.Run(connection =>
        {
            using var command = MonitorDb.Command(connection, null, """
                INSERT INTO alerts (name, query, entity, actor, recipient, event_type, country, webhook, created_at)
                VALUES (@name, @query, @entity, @actor, @recipient, @event_type, @country, @webhook, @created_at)
                ON CONFLICT (name) DO NOTHING
                """);
            MonitorDb.Parameter(command, "@name", alert.Name);
            MonitorDb.Parameter(command, "@query", alert.Query);
            MonitorDb.Parameter(command, "@entity", alert.Entity);
            MonitorDb.Parameter(command, "@actor", alert.Actor);
            MonitorDb.Parameter(command, "@recipient", alert.Recipient);
            MonitorDb.Parameter(command, "@event_type", alert.EventType);
            MonitorDb.Parameter(command, "@country", alert.Country);
            MonitorDb.Parameter(command, "@webhook", alert.Webhook);
            MonitorDb.Parameter(command, "@created_at", WatchTimes.Write(now));
            return command.ExecuteNonQuery();
        });
        if (added == 0)
        {
            throw new AlertException($"an alert named '{alert.Name}' exists already; remove it first");
        }
    }

    /// <summary>Removes an alert and its hits; an unknown name is an <see cref="AlertException"/>.</summary>
    public void Remove(string name)
    {
        var removed = _db.Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            foreach (var table in (string[])["alert_hits", "alert_pending"])
            {
                using var hits = MonitorDb.Command(connection, transaction, $"DELETE FROM {table} WHERE alert = @name");
                MonitorDb.Parameter(hits, "@name", name);
                hits.ExecuteNonQuery();
            }

            using var alert = MonitorDb.Command(connection, transaction, "DELETE FROM alerts WHERE name = @name");
            MonitorDb.Parameter(alert, "@name", name);
            var count = alert.ExecuteNonQuery();
            transaction.Commit();
            return count;
        });
        if (removed == 0)
        {
            throw new AlertException($"no alert named '{name}'");
        }
    }

    public IReadOnlyList<Alert> List() => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT {AlertColumns} FROM alerts ORDER BY name");
        return ReadAlerts(command);
    });

    public Alert? Find(string name) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT {AlertColumns} FROM alerts WHERE name = @name");
        MonitorDb.Parameter(command, "@name", name);
        return ReadAlerts(command).SingleOrDefault();
    });

    /// <summary>
    /// Writes the hits the documents match as pending, before the documents' own transaction: once the
    /// documents are stored, <see cref="Fire"/> (or, after a crash, <see cref="Recover"/>) turns them into hits.
    /// Returns how many were pending.
    /// </summary>
    public int Pend(IReadOnlyList<DocumentRecord> documents, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var matched = List().SelectMany(a => documents.Where(a.Matches).Select(d => (Alert: a.Name, Document: d.Id))).ToList();
        if (matched.Count == 0)
        {
            return 0;
        }

        return _db.Run(connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var insert = MonitorDb.Command(connection, transaction,
                "INSERT INTO alert_pending (alert, document_id, marked_at) VALUES (@alert, @document, @at) ON CONFLICT (alert, document_id) DO NOTHING");
            var alert = MonitorDb.Parameter(insert, "@alert", "");
            var document = MonitorDb.Parameter(insert, "@document", "");
            MonitorDb.Parameter(insert, "@at", WatchTimes.Write(now));
            foreach (var (name, id) in matched)
            {
                alert.Value = name;
                document.Value = id;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return matched.Count;
        });
    }

    /// <summary>
    /// Records the pending hits of <paramref name="documents"/> (stored by now) and returns the hits that are new
    /// (the ones to deliver), each with its alert and document. A hit is recorded once per alert and document
    /// however many watchers confirm it.
    /// </summary>
    public IReadOnlyList<(Alert Alert, DocumentRecord Document, DateTimeOffset HitAt)> Fire(IReadOnlyList<DocumentRecord> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        var byId = documents.GroupBy(static d => d.Id, StringComparer.Ordinal).ToDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);
        var alerts = List().ToDictionary(static a => a.Name, StringComparer.Ordinal);
        return [.. Confirm([.. byId.Keys])
            .Where(h => alerts.ContainsKey(h.Alert))
            .Select(h => (alerts[h.Alert], byId[h.DocumentId], h.HitAt))];
    }

    /// <summary>
    /// Records the pending hits whose documents are stored: those a watcher killed between storing its articles
    /// and recording their hits left behind. Returns the hits that are new. Pending hits of documents not (yet)
    /// stored stay: their article is refetched and stored at its source's next poll.
    /// </summary>
    public IReadOnlyList<(string Alert, string DocumentId, DateTimeOffset HitAt)> Recover() => Confirm(null);

    /// <summary>How many pending hits wait for their document.</summary>
    public long Pending() => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, "SELECT count(*) FROM alert_pending");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    /// <summary>Pending hits (of <paramref name="documentIds"/>, or all) whose document is stored become hits, in one transaction.</summary>
    private List<(string Alert, string DocumentId, DateTimeOffset HitAt)> Confirm(IReadOnlyList<string>? documentIds) => _db.Run(connection =>
    {
        var only = documentIds is null ? "" : " AND " + _db.In("p.document_id");
        // Most stored articles match no alert: a read first, so they cost no write (and take no lock on alert_hits).
        using (var any = MonitorDb.Command(connection, null, $"SELECT 1 FROM alert_pending p WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id){only} LIMIT 1"))
        {
            if (documentIds is not null)
            {
                _db.ListParameter(any, documentIds);
            }

            if (any.ExecuteScalar() is null)
            {
                return [];
            }
        }

        using var transaction = connection.BeginTransaction();
        using var insert = MonitorDb.Command(connection, transaction, $"""
            INSERT INTO alert_hits (alert, document_id, hit_at)
            SELECT p.alert, p.document_id, p.marked_at FROM alert_pending p
            WHERE EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id) AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = p.alert){only}
            ON CONFLICT (alert, document_id) DO NOTHING
            RETURNING alert, document_id, hit_at
            """);
        using var delete = MonitorDb.Command(connection, transaction, $"""
            DELETE FROM alert_pending
            WHERE (EXISTS (SELECT 1 FROM alert_hits h WHERE h.alert = alert_pending.alert AND h.document_id = alert_pending.document_id)
                OR NOT EXISTS (SELECT 1 FROM alerts a WHERE a.name = alert_pending.alert)){only.Replace("p.", "alert_pending.", StringComparison.Ordinal)}
            """);
        if (documentIds is not null)
        {
            _db.ListParameter(insert, documentIds);
            _db.ListParameter(delete, documentIds);
        }

        var fresh = new List<(string, string, DateTimeOffset)>();
        using (var r = insert.ExecuteReader())
        {
            while (r.Read())
            {
                fresh.Add((r.GetString(0), r.GetString(1), WatchTimes.Read(r.GetString(2))));
            }
        }

        delete.ExecuteNonQuery();
        transaction.Commit();
        return fresh;
    });

    /// <summary>An alert's hits, newest first.</summary>
    public IReadOnlyList<AlertHit> Hits(string name, int limit) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"SELECT {HitColumns} FROM alert_hits WHERE alert = @name ORDER BY hit_at DESC, document_id LIMIT @limit");
        MonitorDb.Parameter(command, "@name", name);
        MonitorDb.Parameter(command, "@limit", limit);
        return ReadHits(command);
    });

    /// <summary>Hits of alerts with a webhook that is not delivered yet and has attempts left (after a restart they are sent again).</summary>
    public IReadOnlyList<AlertHit> Undelivered(int maxAttempts) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null, $"""
            SELECT {string.Join(", ", HitColumns.Split(", ").Select(static c => "h." + c))} FROM alert_hits h JOIN alerts a ON a.name = h.alert
            WHERE a.webhook IS NOT NULL AND h.delivered_at IS NULL AND h.attempts < @max ORDER BY h.hit_at
            """);
        MonitorDb.Parameter(command, "@max", maxAttempts);
        return ReadHits(command);
    });

    /// <summary>Records a delivery attempt: delivered at <paramref name="deliveredAt"/>, or failed with <paramref name="error"/>.</summary>
    public void Attempted(string alert, string documentId, DateTimeOffset? deliveredAt, string? error) => _db.Run(connection =>
    {
        using var command = MonitorDb.Command(connection, null,
            "UPDATE alert_hits SET attempts = attempts + 1, delivered_at = @delivered, last_error = @error WHERE alert = @alert AND document_id = @document");
        MonitorDb.Parameter(command, "@delivered", WatchTimes.Write(deliveredAt));
        MonitorDb.Parameter(command, "@error", error);
        MonitorDb.Parameter(command, "@alert", alert);
        MonitorDb.Parameter(command, "@document", documentId);
        return command.ExecuteNonQuery();
    });

    private static List<Alert> ReadAlerts(DbCommand command)
    {
        var alerts = new List<Alert>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            alerts.Add(new Alert(r.GetString(0))
            {
                Query = StoredRows.NullableString(r, 1),
                Entity = StoredRows.NullableString(r, 2),
                Actor = StoredRows.NullableString(r, 3),
                Recipient = StoredRows.NullableString(r, 4),
                EventType = StoredRows.NullableString(r, 5),
                Country = StoredRows.NullableString(r, 6),
                Webhook = StoredRows.NullableString(r, 7),
            });
        }

        return alerts;
    }

    private static List<AlertHit> ReadHits(DbCommand command)
    {
        var hits = new List<AlertHit>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            hits.Add(new AlertHit(
                r.GetString(0), r.GetString(1), WatchTimes.Read(r.GetString(2)), WatchTimes.ReadNullable(StoredRows.NullableString(r, 3)),
                r.GetInt32(4), StoredRows.NullableString(r, 5)));
        }

        return hits;
    }
}
