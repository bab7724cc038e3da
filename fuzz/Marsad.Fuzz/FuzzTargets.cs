using Marsad.Fuzz.Targets;

namespace Marsad.Fuzz;

/// <summary>Every fuzz target by name. The readers and the recogniser promise to report bad input as a result, never to throw, so none of them expects an exception.</summary>
internal static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("encoding", "encoding detection: raw bytes of an input without a telling name (TextDecoder via ArticleReader)", ReaderTargets.Encoding, []),
        new("html", "HTML pages: metadata, boilerplate, paragraphs (ArticleReader on a .html input)", ReaderTargets.Html, []),
        new("feed", "RSS and Atom feeds (FeedReader)", ReaderTargets.Feed, []),
        new("jsonl", "JSON lines, whole-input and streaming, which must agree line for line (ArticleReader)", JsonLinesTarget.Run, []),
        new("time", "time expressions and their TIMEX3 values (TimeRecognizer), with and without a published date", TimeTarget.Run, []),
        new("query", "search queries: analysed terms, the FTS5 MATCH run on the real schema, the tsquery and tsvector literals, snippets", QueryTarget.Run, []),
    ];

    public static FuzzTarget? Named(string name) => All.FirstOrDefault(t => t.Name == name);
}
