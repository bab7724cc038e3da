using Marsad.Model;

namespace Marsad.Storage.Tests.Stories;

/// <summary>
/// A generated news stream over three and a half simulated days from six outlets (<c>a.example</c> …
/// <c>f.example</c>), made of the real sentences the corpus generator uses, each article a near-duplicate of its
/// story's first article (a sentence added: estimated similarity about 0.9, well above the 0.5 that joins a
/// cluster), so stories are clusters as they are in the store:
/// <list type="bullet">
/// <item><b>background</b>: one unrelated article an hour, the outlets in turn;</item>
/// <item><b>steady</b>: a big story with one article an hour from a, b and c in turn, all along;</item>
/// <item><b>growing</b>: one article on day 0 (d) and day 1 (e), then eight in four hours on day 2 from d, e, f, a;</item>
/// <item><b>prolific</b>: twelve articles in six hours on day 2, all from f;</item>
/// <item><b>fresh</b>: first seen on day 2 at 16:05, four articles in 75 minutes from b, c and d.</item>
/// </list>
/// </summary>
internal static class SyntheticStream
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly string[] Outlets = ["a", "b", "c", "d", "e", "f"];

    private static readonly string[] GrowingOutlets = ["d", "e", "f", "a"];

    /// <summary>One article of the stream: when it arrives, which story it belongs to, the document.</summary>
    public sealed record Item(DateTimeOffset At, string Story, SourceDocument Document);

    public static DateTimeOffset At(int day, int hour, int minute = 0) => Start.AddDays(day).AddHours(hour).AddMinutes(minute);

    public static IReadOnlyList<Item> Build(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var extra = sentences.Skip(40).ToList();
        var items = new List<Item>();
        var random = new Random(20261206);

        void Story(string story, string[] baseBody, IEnumerable<(DateTimeOffset At, string Outlet)> arrivals)
        {
            var k = 0;
            foreach (var (at, outlet) in arrivals)
            {
                // The first article is the story's own; each later one adds a sentence (at a place that makes it
                // new when the sentences run out), so it stays a near-duplicate of the first.
                var body = baseBody.ToList();
                if (k > 0)
                {
                    body.Insert(1 + (k / extra.Count % (baseBody.Length - 1)), extra[(k + story.Length) % extra.Count]);
                }

                k++;
                items.Add(Article(at, story, outlet, items.Count, [.. body]));
            }
        }

        for (var h = 0; h < 84; h++)
        {
            string[] body = [.. Enumerable.Range(0, random.Next(6, 9)).Select(_ => extra[random.Next(extra.Count)])];
            items.Add(Article(Start.AddHours(h).AddMinutes(20), "background", Outlets[h % 6], items.Count, body));
        }

        Story("steady", [.. sentences.Take(8)], Enumerable.Range(0, 84).Select(h => (Start.AddHours(h), Outlets[h % 3])));
        Story("growing", [.. sentences.Skip(8).Take(8)],
            [(At(0, 10), "d"), (At(1, 10), "e"), .. Enumerable.Range(0, 8).Select(i => (At(2, 14, 30 * i), GrowingOutlets[i % 4]))]);
        Story("prolific", [.. sentences.Skip(16).Take(8)], Enumerable.Range(0, 12).Select(i => (At(2, 8, 30 * i), "f")));
        Story("fresh", [.. sentences.Skip(24).Take(8)], [(At(2, 16, 5), "b"), (At(2, 16, 35), "c"), (At(2, 17, 5), "d"), (At(2, 17, 20), "b")]);
        return [.. items.OrderBy(static i => i.At).ThenBy(static i => i.Story, StringComparer.Ordinal)];
    }

    private static Item Article(DateTimeOffset at, string story, string outlet, int n, string[] body) => new(at, story, new SourceDocument
    {
        Source = $"https://{outlet}.example/{story}/{n}",
        Url = $"https://{outlet}.example/{story}/{n}",
        Title = body[0].Length > 60 ? body[0][..60] : body[0],
        Text = string.Join("\n\n", body),
        Published = DateOnly.FromDateTime(at.UtcDateTime),
    });
}
