using System.Text.Unicode;
using Marsad.Reading;

namespace Marsad.Fuzz.Targets;

/// <summary>
/// JSON lines read both ways the reader offers: the whole input at once (<c>Read</c>) and streamed line by line
/// (<c>ReadJsonLines</c>, for corpora of any size). The reader documents that the two give the same results,
/// line for line, so any difference is a broken promise.
/// </summary>
internal static class JsonLinesTarget
{
    private const string Source = "input.jsonl";
    private static readonly ReaderOptions Options = new();

    public static void Run(byte[] input)
    {
        var whole = ArticleReader.Default.Read(Source, input, Options).ToList();
        CleanTextInvariants.Check(whole, Source);

        List<ReadResult> streamed;
        using (var stream = new MemoryStream(input, writable: false))
        {
            streamed = [.. ArticleReader.Default.ReadJsonLines(Source, stream, Options)];
        }

        CleanTextInvariants.Check(streamed, Source);

        // The promise holds where both read the same characters: valid UTF-8 that the whole-input reader took
        // as JSON lines (it may also refuse the input as binary, or find an HTML page in it).
        var readAsLines = whole.All(static r => r.Source != Source && r.Document?.Format is null or "jsonl");
        if (!Utf8.IsValid(input) || !readAsLines)
        {
            return;
        }

        Invariant.That(whole.Count == streamed.Count, $"whole input gave {whole.Count} results, streaming {streamed.Count}");
        for (var i = 0; i < whole.Count; i++)
        {
            var (a, b) = (whole[i], streamed[i]);
            Invariant.That(a.Source == b.Source, $"result {i}: {a.Source} whole, {b.Source} streamed");
            Invariant.That(a.Error == b.Error, $"{a.Source}: error '{a.Error}' whole, '{b.Error}' streamed");
            if (a.Document is { } x && b.Document is { } y)
            {
                Invariant.That(x.Text == y.Text && x.Title == y.Title && x.Url == y.Url && x.Published == y.Published && x.InputId == y.InputId,
                    $"{a.Source}: the article differs between whole and streamed reading");
            }
        }
    }
}
