namespace Marsad.Storage.Sqlite;

/// <summary>The tables of the SQLite store (see docs/STORAGE.md). Applied in one transaction when a file is opened.</summary>
internal static class SqliteSchema
{
    public const int Version = 6;

    /// <summary>
    /// Version 2: an event dated to a time or part of a day (2025-10-17TEV) covers that day. Stores written
    /// before left such events without days, out of every date filter and sorted last.
    /// </summary>
    public const string DatesToTheDay = """
        UPDATE events SET date_start = substr(date, 1, 10), date_end = substr(date, 1, 10)
        WHERE date_start IS NULL AND date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*';
        """;

    /// <summary>
    /// Version 3 (issue 21): each merged event keeps its Goldstein score and its place. Added to the version-2
    /// tables of new and old stores alike, so a store written before has every event intact, without a place.
    /// </summary>
    public const string Places = """
        ALTER TABLE events ADD COLUMN goldstein REAL;
        ALTER TABLE events ADD COLUMN place_id TEXT;
        ALTER TABLE events ADD COLUMN place_name TEXT;
        ALTER TABLE events ADD COLUMN place_country TEXT;
        ALTER TABLE events ADD COLUMN place_lat REAL;
        ALTER TABLE events ADD COLUMN place_lon REAL;
        ALTER TABLE events ADD COLUMN place_geonames INTEGER;
        ALTER TABLE events ADD COLUMN place_precision TEXT;
        CREATE INDEX IF NOT EXISTS events_place_country ON events (place_country);
        """;

    /// <summary>
    /// Version 4 (monitoring, issue 23): the sources <c>marsad watch</c> polls, with their schedule, their
    /// conditional-GET validators and their health, and the feed items each has already handed over (so a
    /// restart fetches no article page twice); alerts and their hits (one per alert and document).
    /// Self-contained: it reads and changes no other table.
    /// </summary>
    public const string Monitoring = """
        CREATE TABLE IF NOT EXISTS watch_sources (
            id            INTEGER PRIMARY KEY,
            url           TEXT NOT NULL UNIQUE,
            every_seconds INTEGER NOT NULL,
            next_due      TEXT NOT NULL,
            etag          TEXT,
            last_modified TEXT,
            last_polled   TEXT,
            last_success  TEXT,
            last_error    TEXT,
            last_error_at TEXT,
            last_status   INTEGER,
            failures      INTEGER NOT NULL DEFAULT 0,
            polls         INTEGER NOT NULL DEFAULT 0,
            items_seen    INTEGER NOT NULL DEFAULT 0,
            articles      INTEGER NOT NULL DEFAULT 0,
            lease_owner   TEXT,
            lease_until   TEXT
        );
        CREATE INDEX IF NOT EXISTS watch_sources_due ON watch_sources (next_due);
        CREATE TABLE IF NOT EXISTS watch_items (
            source_id   INTEGER NOT NULL,
            item_key    TEXT NOT NULL,
            document_id TEXT,
            seen_at     TEXT NOT NULL,
            PRIMARY KEY (source_id, item_key)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS alerts (
            name       TEXT PRIMARY KEY,
            query      TEXT,
            entity     TEXT,
            actor      TEXT,
            recipient  TEXT,
            event_type TEXT,
            country    TEXT,
            webhook    TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS alert_hits (
            alert        TEXT NOT NULL,
            document_id  TEXT NOT NULL,
            hit_at       TEXT NOT NULL,
            delivered_at TEXT,
            attempts     INTEGER NOT NULL DEFAULT 0,
            last_error   TEXT,
            PRIMARY KEY (alert, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS alert_hits_time ON alert_hits (alert, hit_at);
        """;

    /// <summary>
    /// Version 5 (monitoring, issue 23): alert hits pending their article. A watcher writes the hits an
    /// article's analysis matches here before the article's transaction, and turns them into hits (deleting
    /// them) in one transaction after it, so a kill between the two leaves them for the next watcher to
    /// record. Self-contained, so it can be renumbered at a merge.
    /// </summary>
    public const string PendingHits = """
        CREATE TABLE IF NOT EXISTS alert_pending (
            alert       TEXT NOT NULL,
            document_id TEXT NOT NULL,
            marked_at   TEXT NOT NULL,
            PRIMARY KEY (alert, document_id)
        ) WITHOUT ROWID;
        """;

    /// <summary>
    /// Version 6: articles by the time the store received them. Breaking stories (<c>StoryBook</c>) read the
    /// window and baseline by <c>ingested_at</c> on every <c>/api/stories</c> call and home page; without an
    /// index each was a scan of every document. Self-contained, so it can be renumbered at a merge.
    /// </summary>
    public const string IngestedAt = """
        CREATE INDEX IF NOT EXISTS documents_ingested ON documents (ingested_at);
        """;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS documents (
            doc_key     INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            source      TEXT NOT NULL,
            url         TEXT,
            title       TEXT,
            published   TEXT,
            language    TEXT,
            format      TEXT NOT NULL,
            cluster     INTEGER NOT NULL,
            similar_to  INTEGER,
            similarity  REAL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_published ON documents (published);
        CREATE INDEX IF NOT EXISTS documents_cluster ON documents (cluster);

        -- The large columns apart, so that rows of documents stay small and filters over many of them fast.
        CREATE TABLE IF NOT EXISTS document_bodies (
            doc_key   INTEGER PRIMARY KEY,
            text      TEXT NOT NULL,
            analysis  TEXT NOT NULL,
            signature BLOB NOT NULL
        );

        CREATE VIRTUAL TABLE IF NOT EXISTS document_terms USING fts5 (
            terms, content = '', tokenize = 'unicode61 remove_diacritics 0'
        );

        CREATE TABLE IF NOT EXISTS minhash_bands (
            band    INTEGER NOT NULL,
            key     INTEGER NOT NULL,
            doc_key INTEGER NOT NULL,
            PRIMARY KEY (band, key, doc_key)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS entities (
            id       TEXT PRIMARY KEY,
            type     TEXT NOT NULL,
            name     TEXT NOT NULL,
            name_ar  TEXT,
            wikidata TEXT,
            country  TEXT,
            sector   TEXT,
            known    INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS mentions (
            doc_key   INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            start     INTEGER NOT NULL,
            end       INTEGER NOT NULL,
            text      TEXT NOT NULL,
            form      TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id, doc_key);
        CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_key, entity_id);

        CREATE TABLE IF NOT EXISTS events (
            event_key  INTEGER PRIMARY KEY,
            merge_key  TEXT NOT NULL UNIQUE,
            id         TEXT NOT NULL,
            event      TEXT NOT NULL,
            mode       TEXT,
            context    TEXT NOT NULL,
            cameo      TEXT,
            actor      TEXT NOT NULL,
            recipient  TEXT NOT NULL,
            about      TEXT NOT NULL,
            date       TEXT,
            date_start TEXT,
            date_end   TEXT,
            date_from  TEXT NOT NULL,
            modality   TEXT NOT NULL,
            sources    INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS events_date ON events (date_start);
        CREATE INDEX IF NOT EXISTS events_type ON events (event);

        CREATE TABLE IF NOT EXISTS event_entities (
            entity_id TEXT NOT NULL,
            role      TEXT NOT NULL,
            event_key INTEGER NOT NULL,
            PRIMARY KEY (entity_id, role, event_key)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS event_sources (
            event_key     INTEGER NOT NULL,
            doc_key       INTEGER NOT NULL,
            event_id      TEXT NOT NULL,
            trigger_text  TEXT NOT NULL,
            sentence_text TEXT NOT NULL,
            rule          TEXT NOT NULL,
            PRIMARY KEY (event_key, doc_key, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS event_sources_doc ON event_sources (doc_key);
        """;
}
