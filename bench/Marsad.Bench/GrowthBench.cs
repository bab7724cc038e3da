using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Pipeline;
using Marsad.Reading;

namespace Marsad.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Marsad.Bench -- growth [N [KIND]]`: grows each kind of hostile input
/// tenfold (N and 10·N units; N = 10,000 by default) and reports the time to read and analyse each, and
/// their ratio. A reader or stage that is linear in its input gives a ratio near 10; a quadratic one
/// near 100. Every input is built here: nesting (&lt;div&gt; in &lt;div&gt;), nested list items,
/// attributes on one element, character references, lines, tokens of one long sentence and event
/// triggers. Each size is run three times after a warm-up and the fastest run is kept, since the
/// machine is shared.
/// </summary>
internal static class GrowthBench
{
    // One clause with a PLOVER trigger, an actor and a recipient (our own sentence).
    private const string Trigger = "هاجمت قوات الاحتلال مدينة جنين يوم الخميس. ";
    private const string Word = "المفاوضات ";
    private const string Line = "خبر عاجل\n";

    private static readonly (string Kind, string Name, Func<int, string> Build)[] Kinds =
    [
        ("nesting", "page.html", n => Html(Repeat("<div>", n) + Trigger + Repeat("</div>", n))),
        ("list nesting", "page.html", n => Html(Repeat("<ul><li>", n) + Trigger)),
        ("formatting", "page.html", n => Html("<p>" + string.Concat(Enumerable.Range(0, n).Select(i => $"<b class=\"c{i}\">")) + Trigger + "</p>")),
        ("attributes", "page.html", n => Html("<p " + string.Concat(Enumerable.Range(0, n).Select(i => $"data-a{i}=\"v\" ")) + ">" + Trigger + "</p>")),
        ("entities", "page.html", n => Html("<p>" + Repeat("&amp;&#1576;&quot; ", n) + Trigger + "</p>")),
        ("lines", "text.txt", n => Repeat(Line, n)),
        ("tokens", "text.txt", n => "قال المتحدث إن " + Repeat(Word, n) + "."),
        ("triggers", "text.txt", n => Repeat(Trigger, n / 10)),
    ];

    public static int Run(int size, TextWriter log, string? only = null)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"input",-14} {"N",9} {"ms",9} {"10·N",9} {"ms",9} {"ratio",6}"));
        foreach (var (kind, name, build) in Kinds.Where(k => only is null || string.Equals(k.Kind, only, StringComparison.Ordinal)))
        {
            var small = Time(pipeline, name, build(size));
            var large = Time(pipeline, name, build(size * 10));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-14} {size,9} {small,9:F0} {size * 10,9} {large,9:F0} {large / Math.Max(small, 0.001),6:F1}"));
        }

        return 0;
    }

    /// <summary>The fastest of three runs, after one warm-up, in milliseconds.</summary>
    private static double Time(MarsadPipeline pipeline, string name, string input)
    {
        var bytes = Encoding.UTF8.GetBytes(input);
        Analyze(pipeline, name, bytes);
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            Analyze(pipeline, name, bytes);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static void Analyze(MarsadPipeline pipeline, string name, byte[] bytes)
    {
        foreach (var result in ArticleReader.Default.Read(name, bytes, new ReaderOptions()))
        {
            var document = result.Document ?? throw new InvalidOperationException($"{name}: {result.Error}");
            pipeline.Analyze(document);
        }
    }

    private static string Html(string body) => "<html><body>" + body + "</body></html>";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
