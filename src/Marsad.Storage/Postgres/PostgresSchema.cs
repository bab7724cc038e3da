namespace Marsad.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations (see docs/SCALING.md). A store applies the ones the
/// database lacks when it opens, all in one transaction under an advisory lock, so several workers
/// starting at once migrate once. A migration is never edited after it has shipped; a change is a new one.
/// </summary>
/// <remarks>
/// Documents and events are partitioned by month (of publication, of the event's first day); their
/// partitions are created as the months arrive. Undated rows go to the month 0001-01 (as 0001-01-02). Ids are unique
/// across partitions through <c>document_ids</c>, which is also how a batch claims a document.
/// </remarks>
internal static class PostgresSchema
{
    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } =
    [
        (1, """
            CREATE SEQUENCE doc_keys;
            CREATE SEQUENCE event_keys;

            CREATE TABLE document_ids (
                id      text PRIMARY KEY,
                doc_key bigint NOT NULL UNIQUE,
                month   date NOT NULL
            );

            CREATE TABLE documents (
                doc_key     bigint NOT NULL,
                month       date NOT NULL,
                id          text NOT NULL,
                source      text NOT NULL,
                url         text,
                title       text,
                published   text,
                language    text,
                format      text NOT NULL,
                text        text NOT NULL,
                analysis    text NOT NULL,
                signature   bytea NOT NULL,
                cluster     bigint NOT NULL,
                similar_to  bigint,
                similarity  double precision,
                ingested_at text NOT NULL,
                terms       tsvector NOT NULL,
                PRIMARY KEY (month, doc_key)
            ) PARTITION BY RANGE (month);
            CREATE INDEX documents_terms ON documents USING gin (terms);
            CREATE INDEX documents_doc_key ON documents (doc_key);
            CREATE INDEX documents_cluster ON documents (cluster);
            CREATE INDEX documents_published ON documents (published);

            CREATE TABLE minhash_bands (
                band    integer NOT NULL,
                key     bigint NOT NULL,
                doc_key bigint NOT NULL,
                PRIMARY KEY (band, key, doc_key)
            );

            CREATE TABLE entities (
                id       text PRIMARY KEY,
                type     text NOT NULL,
                name     text NOT NULL,
                name_ar  text,
                wikidata text,
                country  text,
                sector   text,
                known    boolean NOT NULL
            );

            CREATE TABLE mentions (
                doc_key   bigint NOT NULL,
                entity_id text NOT NULL,
                start_at  integer NOT NULL,
                end_at    integer NOT NULL,
                text      text NOT NULL,
                form      text NOT NULL
            );
            CREATE INDEX mentions_entity ON mentions (entity_id, doc_key);
            CREATE INDEX mentions_doc ON mentions (doc_key, entity_id);

            CREATE TABLE events (
                event_key  bigint NOT NULL,
                month      date NOT NULL,
                merge_key  text NOT NULL,
                id         text NOT NULL,
                event      text NOT NULL,
                mode       text,
                context    text NOT NULL,
                cameo      text,
                actor      text NOT NULL,
                recipient  text NOT NULL,
                about      text NOT NULL,
                date       text,
                date_start text,
                date_end   text,
                date_from  text NOT NULL,
                modality   text NOT NULL,
                sources    integer NOT NULL DEFAULT 0,
                PRIMARY KEY (month, event_key),
                UNIQUE (month, merge_key)
            ) PARTITION BY RANGE (month);
            CREATE INDEX events_event_key ON events (event_key);
            CREATE INDEX events_date ON events (date_start);
            CREATE INDEX events_type ON events (event);

            CREATE TABLE event_entities (
                entity_id text NOT NULL,
                role      text NOT NULL,
                event_key bigint NOT NULL,
                PRIMARY KEY (entity_id, role, event_key)
            );
            CREATE INDEX event_entities_event ON event_entities (event_key);

            CREATE TABLE event_sources (
                event_key     bigint NOT NULL,
                doc_key       bigint NOT NULL,
                event_id      text NOT NULL,
                trigger_text  text NOT NULL,
                sentence_text text NOT NULL,
                rule          text NOT NULL,
                PRIMARY KEY (event_key, doc_key, event_id)
            );
            CREATE INDEX event_sources_doc ON event_sources (doc_key);

            CREATE TABLE ingest_queue (
                id          bigserial PRIMARY KEY,
                source      text NOT NULL UNIQUE,
                state       text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
                lease_owner text,
                lease_until timestamptz,
                attempts    integer NOT NULL DEFAULT 0,
                articles    integer,
                added       integer,
                duplicates  integer,
                error       text,
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                done_at     timestamptz
            );
            CREATE INDEX ingest_queue_ready ON ingest_queue (id) WHERE state = 'queued';
            """),

        // An event dated to a time or part of a day (2025-10-17TEV) covers that day; before, it had no days,
        // fell out of every date filter and sorted last. (Such rows stay in the undated month's partition.)
        (2, """
            UPDATE events SET date_start = substr(date, 1, 10), date_end = substr(date, 1, 10)
            WHERE date_start IS NULL AND date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T';
            """),

        // Issue 21: each merged event keeps its Goldstein score and its place (EventPlaceSql); events stored
        // before keep everything else and have no place. Self-contained, so it can be renumbered at a merge.
        (3, """
            ALTER TABLE events
                ADD COLUMN goldstein double precision,
                ADD COLUMN place_id text,
                ADD COLUMN place_name text,
                ADD COLUMN place_country text,
                ADD COLUMN place_lat double precision,
                ADD COLUMN place_lon double precision,
                ADD COLUMN place_geonames bigint,
                ADD COLUMN place_precision text;
            CREATE INDEX events_place_country ON events (place_country);
            """),

        // Monitoring (issue 23): the sources `marsad watch` polls, their schedule, validators, health and
        // lease (several watchers share them with SKIP LOCKED), the feed items each has handed over, and
        // alerts with their hits (one per alert and document).
        // Self-contained: it reads and changes no other table. Times are UTC ISO 8601 text, as in SQLite.
        (4, """
            CREATE TABLE watch_sources (
                id            bigserial PRIMARY KEY,
                url           text NOT NULL UNIQUE,
                every_seconds integer NOT NULL,
                next_due      text NOT NULL,
                etag          text,
                last_modified text,
                last_polled   text,
                last_success  text,
                last_error    text,
                last_error_at text,
                last_status   integer,
                failures      integer NOT NULL DEFAULT 0,
                polls         integer NOT NULL DEFAULT 0,
                items_seen    integer NOT NULL DEFAULT 0,
                articles      integer NOT NULL DEFAULT 0,
                lease_owner   text,
                lease_until   text
            );
            CREATE INDEX watch_sources_due ON watch_sources (next_due);
            CREATE TABLE watch_items (
                source_id   bigint NOT NULL,
                item_key    text NOT NULL,
                document_id text,
                seen_at     text NOT NULL,
                PRIMARY KEY (source_id, item_key)
            );
            CREATE TABLE alerts (
                name       text PRIMARY KEY,
                query      text,
                entity     text,
                actor      text,
                recipient  text,
                event_type text,
                country    text,
                webhook    text,
                created_at text NOT NULL
            );
            CREATE TABLE alert_hits (
                alert        text NOT NULL,
                document_id  text NOT NULL,
                hit_at       text NOT NULL,
                delivered_at text,
                attempts     integer NOT NULL DEFAULT 0,
                last_error   text,
                PRIMARY KEY (alert, document_id)
            );
            CREATE INDEX alert_hits_time ON alert_hits (alert, hit_at);
            """),

        // Alert hits pending their article (issue 23): written before the article's transaction and turned
        // into hits after it, so a watcher killed in between leaves them for the next one to record.
        // Self-contained: it reads and changes no other table, so it can be renumbered at a merge.
        (5, """
            CREATE TABLE alert_pending (
                alert       text NOT NULL,
                document_id text NOT NULL,
                marked_at   text NOT NULL,
                PRIMARY KEY (alert, document_id)
            );
            """),

        // Articles by the time the store received them: breaking stories read their window and baseline by
        // ingested_at on every call, which was a scan of every document without it. Self-contained.
        (6, """
            CREATE INDEX documents_ingested ON documents (ingested_at);
            """),
    ];

    /// <summary>The advisory lock key that serialises migrations (any constant; "marsad" in ASCII).</summary>
    public const long MigrationLock = 0x6D61727361640001;

    /// <summary>The advisory lock key that serialises batch writes (clusters and event merges need one writer).</summary>
    public const long WriteLock = 0x6D61727361640002;
}
