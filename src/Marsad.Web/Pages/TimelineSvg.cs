using System.Globalization;
using Marsad.Output;
using Marsad.Web.Views;

namespace Marsad.Web.Pages;

/// <summary>
/// A timeline as an SVG drawn on the server: stacked bars of events per period by type, coloured by the
/// stylesheet's classes (no inline style), each bar's counts in its title for hover, a legend below.
/// </summary>
internal static class TimelineSvg
{
    private const int Width = 880;
    private const int Height = 220;
    private const int Left = 36;
    private const int Bottom = 28;
    private const int Top = 10;

    public static Html Render(Html h, Timeline timeline, string caption)
    {
        var bucket = timeline.Bucket switch { "month" => "شهريا · per month", "year" => "سنويا · per year", _ => "يوميا · per day" };
        h.Open("figure", ("class", "timeline"), ("dir", "ltr"), ("data-bucket", timeline.Bucket));
        h.Open("figcaption", ("dir", "rtl")).Say($"{caption} — الأحداث {bucket}").Close("figcaption");
        if (timeline.Points.Count == 0)
        {
            h.Element("p", "لا أحداث مؤرخة · No dated events", ("class", "empty"), ("dir", "rtl"));
            return h.Close("figure");
        }

        var max = Math.Max(1, timeline.Points.Max(static p => p.Total));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Top - Bottom;
        // Few periods get narrow bars, not one bar across the whole chart.
        var bar = Math.Min(plotWidth / (double)timeline.Points.Count, 56);
        h.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"), ("aria-label", caption), ("class", "chart"));
        h.Open("line", ("x1", N(Left)), ("y1", N(Top + plotHeight)), ("x2", N(Width - 8)), ("y2", N(Top + plotHeight)), ("class", "axis")).Close("line");
        h.Element("text", N(max), ("x", N(Left - 6)), ("y", N(Top + 10)), ("class", "tick"), ("text-anchor", "end"));
        h.Element("text", "0", ("x", N(Left - 6)), ("y", N(Top + plotHeight)), ("class", "tick"), ("text-anchor", "end"));
        for (var i = 0; i < timeline.Points.Count; i++)
        {
            var point = timeline.Points[i];
            var x = Left + (i * bar);
            var y = (double)(Top + plotHeight);
            h.Open("g", ("class", "bar"), ("data-period", point.Period), ("data-total", N(point.Total)));
            h.Element("title", point.Period + ": " + string.Join(", ", point.Counts.Select(static c => $"{c.Key} {c.Value}")) + (point.Total == 0 ? "0" : ""));
            foreach (var type in timeline.Types)
            {
                if (!point.Counts.TryGetValue(type, out var count) || count == 0)
                {
                    continue;
                }

                var height = count * plotHeight / (double)max;
                y -= height;
                h.Open("rect", ("x", N(x + 1)), ("y", N(y)), ("width", N(Math.Max(1, bar - 2))), ("height", N(height)), ("class", "t-" + type)).Close("rect");
            }

            h.Close("g");
        }

        var labels = Math.Min(timeline.Points.Count, 8);
        var step = Math.Max(1, (int)Math.Ceiling(timeline.Points.Count / (double)labels));
        for (var i = 0; i < timeline.Points.Count; i += step)
        {
            h.Element("text", timeline.Points[i].Period, ("x", N(Left + (i * bar) + (bar / 2))), ("y", N(Height - 8)), ("class", "tick"), ("text-anchor", "middle"));
        }

        h.Close("svg");
        h.Open("ul", ("class", "legend"));
        foreach (var type in timeline.Types)
        {
            var total = timeline.Points.Sum(p => p.Counts.GetValueOrDefault(type));
            h.Open("li").Element("span", "", ("class", "swatch t-" + type)).Say($"{type} {total}").Close("li");
        }

        h.Close("ul");
        if (timeline.Unplaced > 0)
        {
            h.Element("p", $"{timeline.Unplaced} أحداث بتاريخ أقل دقة أو خارج المدى · events dated less precisely, not drawn", ("class", "note"), ("dir", "rtl"));
        }

        if (timeline.EarlierYears is var (first, last))
        {
            var years = first == last ? N(first) : $"{N(first)}–{N(last)}";
            h.Open("p", ("class", "note earlier"), ("dir", "rtl"), ("data-earlier", N(timeline.Earlier)))
                .Say($"و{ArabicCount.Phrase(timeline.Earlier, CountedNoun.Event)} أقدم ({years}) خارج هذه النافذة؛ حدد تاريخ البدء لرؤيتها")
                .Say($" · {timeline.Earlier} earlier events ({years}) are left out of this recent window; give a start date to see them")
                .Close("p");
        }

        return h.Close("figure");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
