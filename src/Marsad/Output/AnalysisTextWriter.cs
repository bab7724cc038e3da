using System.Globalization;
using Marsad.Model;

namespace Marsad.Output;

/// <summary>
/// A readable report of an <see cref="Analysis"/> for a person at a terminal: metadata, what was
/// removed and why, then each sentence with its code-point offsets, then what the recognisers found.
/// </summary>
public static class AnalysisTextWriter
{
    // Long sentences are shortened in the report only; the JSON output always carries the whole text.
    private const int MaxShownSentence = 160;

    public static void Write(TextWriter writer, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        var index = new CodePointIndex(analysis.Text);
        var inv = CultureInfo.InvariantCulture;

        writer.WriteLine($"== {analysis.Source}");
        writer.WriteLine($"id          {analysis.Id}");
        writer.WriteLine($"title       {analysis.Title ?? "-"}");
        writer.WriteLine($"language    {analysis.Language ?? "-"}");
        writer.WriteLine($"published   {analysis.Published?.ToString("yyyy-MM-dd", inv) ?? "-"}");
        writer.WriteLine(string.Create(inv, $"text        {index.ToCodePoint(analysis.Text.Length)} characters, {analysis.Sentences.Length} sentences"));

        writer.WriteLine(string.Create(inv, $"removed     {analysis.Removed.Length}"));
        foreach (var piece in analysis.Removed)
        {
            writer.WriteLine($"  [{piece.Reason}] {Shorten(piece.Text)}");
        }

        writer.WriteLine("sentences");
        for (var i = 0; i < analysis.Sentences.Length; i++)
        {
            var span = analysis.Sentences[i].Span;
            writer.WriteLine(string.Create(inv, $"  {i,3} {index.ToCodePoint(span.Start),6}-{index.ToCodePoint(span.End),-6} {Shorten(span.Slice(analysis.Text))}"));
        }

        writer.WriteLine(string.Create(inv, $"entities    {analysis.Entities.Length}"));
        foreach (var entity in analysis.Entities)
        {
            writer.WriteLine(string.Create(inv, $"  {EntityTypes.Name(entity.Type),-12} {entity.Id,-32} {entity.Name} ({entity.Mentions.Length} mentions)"));
        }

        writer.WriteLine(string.Create(inv, $"times       {analysis.Times.Length}"));
        foreach (var time in analysis.Times)
        {
            writer.WriteLine($"  {TimexTypes.Name(time.Type),-8} {time.Value ?? "?",-12} {time.Text}");
        }

        writer.WriteLine(string.Create(inv, $"quantities  {analysis.Quantities.Length}"));
        foreach (var quantity in analysis.Quantities)
        {
            writer.WriteLine(string.Create(inv, $"  {quantity.Value} {quantity.Unit}{(quantity.Approximate ? " (approx.)" : "")}  {quantity.Text}"));
        }

        writer.WriteLine(string.Create(inv, $"events      {analysis.Events.Length}"));
        foreach (var e in analysis.Events)
        {
            writer.WriteLine($"  {e.Date ?? "?"} {PloverTypes.Name(e.Event)} [{e.Cameo}] {string.Join('+', e.Actor)} -> {string.Join('+', e.Recipient)}  {e.Trigger.Text}");
        }

        writer.WriteLine();
    }

    private static string Shorten(string text)
    {
        var oneLine = text.Replace('\n', ' ');
        return oneLine.Length <= MaxShownSentence ? oneLine : string.Concat(oneLine.AsSpan(0, MaxShownSentence), "…");
    }
}
