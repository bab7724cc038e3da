using System.Text;
using Marsad.Storage.Postgres;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Fuzz.Targets;

/// <summary>
/// A search query as both stores take it: the analysed terms, the FTS5 MATCH expression run against the real
/// SQLite schema in memory, the tsquery and tsvector literals the PostgreSQL store sends, and the snippet.
/// The input is also the document: a text must always be found by a query of its own words.
/// </summary>
internal static class QueryTarget
{
    /// <summary>PostgreSQL refuses a tsvector or tsquery word of more bytes than this ("word is too long", SQLSTATE 54000).</summary>
    private const int MaxLexemeBytes = 2046;

    private static readonly Lazy<SqliteConnection> Index = new(OpenIndex);

    public static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var terms = SearchAnalyzer.QueryTerms(text);
        var documentTerms = SearchAnalyzer.Terms(text);
        foreach (var term in terms)
        {
            Invariant.That(term.Length > 0 && !term.Any(char.IsWhiteSpace), $"term '{term}' is empty or holds whitespace (the index joins terms by spaces)");
        }

        foreach (var term in documentTerms)
        {
            Invariant.That(term.Span.Start >= 0 && term.Span.Start < term.Span.End && term.Span.End <= text.Length, $"term span {term.Span.Start}-{term.Span.End} out of range");
        }

        FoundByItsOwnWords(SearchAnalyzer.IndexText(documentTerms), terms);
        PostgresLiterals(documentTerms, terms);
        SnippetMarksOnlyQueryWords(text, terms);
    }

    private static void FoundByItsOwnWords(string indexText, IReadOnlyList<string> terms)
    {
        var connection = Index.Value;
        Execute(connection, "INSERT INTO document_terms (document_terms) VALUES ('delete-all')");
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO document_terms (rowid, terms) VALUES (1, $terms)";
            insert.Parameters.AddWithValue("$terms", indexText);
            insert.ExecuteNonQuery();
        }

        if (terms.Count == 0)
        {
            return; // the stores answer an empty query without asking the index
        }

        using var match = connection.CreateCommand();
        match.CommandText = "SELECT rowid, bm25(document_terms) FROM document_terms WHERE document_terms MATCH $match";
        match.Parameters.AddWithValue("$match", SqliteStore.MatchExpression(terms));
        using var reader = match.ExecuteReader();
        Invariant.That(reader.Read() && reader.GetInt64(0) == 1, "a text is not found by a query of its own words (FTS5)");
    }

    private static void PostgresLiterals(IReadOnlyList<SearchTerm> documentTerms, IReadOnlyList<string> terms)
    {
        var query = TsLiteral.Lexemes(TsVectorLiteral.AllOf(terms), " & ");
        Invariant.That(query.SequenceEqual(terms.Select(TsVectorLiteral.Lexeme).Distinct(StringComparer.Ordinal)), "the tsquery literal does not read back as the query's terms");
        var vector = TsLiteral.Lexemes(TsVectorLiteral.Vector(SearchAnalyzer.IndexText(documentTerms)), " ");
        foreach (var lexeme in query.Concat(vector))
        {
            Invariant.That(Encoding.UTF8.GetByteCount(lexeme) <= MaxLexemeBytes, $"a lexeme of {Encoding.UTF8.GetByteCount(lexeme)} bytes, over PostgreSQL's limit");
        }

        Invariant.That(query.All(vector.Contains), "the tsvector of a text lacks a lexeme of a query of its own words");
    }

    private static void SnippetMarksOnlyQueryWords(string text, IReadOnlyList<string> terms)
    {
        var snippet = Snippets.Build(text, terms);
        var wanted = terms.ToHashSet(StringComparer.Ordinal);
        var previousEnd = 0;
        foreach (var span in snippet.Matches)
        {
            Invariant.That(span.Start >= previousEnd && span.Start < span.End && span.End <= text.Length, $"snippet match {span.Start}-{span.End} out of order or range");
            Invariant.That(SearchAnalyzer.Terms(text[span.Start..span.End]).Any(t => wanted.Contains(t.Term)), $"snippet marks '{text[span.Start..span.End]}', no query word");
            previousEnd = span.End;
        }
    }

    private static SqliteConnection OpenIndex()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, SqliteSchema.Create);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
