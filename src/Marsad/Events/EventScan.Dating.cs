using System.Collections.Immutable;
using System.Globalization;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>An event's date from its sentence, and its modality from the words around the trigger and from that date.</summary>
internal sealed partial class EventScan
{
    /// <summary>The nearest time expression of the sentence, else the published date.</summary>
    private (string? Date, string From) DateOf(int a, int b, int i)
    {
        var start = _tokens[a].Span.Start;
        var end = _tokens[b - 1].Span.End;
        var trigger = _tokens[i].Span.Start;
        var own = _times
            .Where(t => t.Span.Start >= start && t.Span.End <= end && t.Type is "DATE" or "TIME" && t.Value is not null)
            .OrderBy(t => Math.Abs(t.Span.Start - trigger))
            .FirstOrDefault();
        if (own is not null)
        {
            return (own.Value, "text");
        }

        return _published is { } p ? (p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "published") : (null, "unknown");
    }

    private ImmutableArray<string> Modality(int a, int i, TriggerMatch match, string? date, string dateFrom)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var j = a; j < i; j++)
        {
            var (end, kind) = LongestModality(j, i);
            if (kind is "negated" && i - end >= MaxNegationDistance)
            {
                continue;
            }

            if (kind is "future" or "negated" or "hypothetical" or "reported")
            {
                found.Add(kind);
            }

            if (IsWord(j) && Tense.IsFutureVerb(Word(j)))
            {
                found.Add("future");
            }
        }

        if (Tense.IsFutureVerb(Word(i)))
        {
            found.Add("future");
        }

        if (dateFrom == "text" && _published is { } published && date is not null && IsBefore(date, published))
        {
            found.Add("historical");
            found.Remove("future");
        }
        else if (dateFrom == "text" && _published is { } day && date is not null && IsAfter(date, day))
        {
            found.Add("future"); // dated after publication by its own text: زار… الشهر المقبل
        }

        return [.. found];
    }

    /// <summary>The longest modality phrase starting at token j (its first word read through its clitics: وبحسب، وقال).</summary>
    private (int End, string? Kind) LongestModality(int j, int limit)
    {
        var best = (End: -1, Kind: (string?)null);
        if (!IsWord(j))
        {
            return best;
        }

        foreach (var hit in _words.At(j, Word(j)))
        {
            if (hit.Facts.Modality is not { } node)
            {
                continue;
            }

            if (node.HasValues && j + 1 > best.End)
            {
                best = (j + 1, node.Values[0]);
            }

            for (var k = j + 1; k < limit && IsWord(k) && node.TryGetChild(Word(k), out var next); k++)
            {
                node = next;
                if (node.HasValues && k + 1 > best.End)
                {
                    best = (k + 1, node.Values[0]);
                }
            }
        }

        return best;
    }

    /// <summary>Whether a TIMEX3 day, month or year value (2025-12-01, 2026-01, 2026) lies wholly after a date.</summary>
    private static bool IsAfter(string value, DateOnly date)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (value.Length == 4)
        {
            return year > date.Year;
        }

        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day > date;
        }

        return value.Length == 7 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && (year > date.Year || (year == date.Year && month > date.Month));
    }

    /// <summary>Whether a TIMEX3 value (2020, 1992-05, 18 for a century, 198 for a decade) lies wholly before a date.</summary>
    private static bool IsBefore(string value, DateOnly date)
    {
        var digits = value.TakeWhile(char.IsDigit).Count();
        if (digits is < 2 or > 4 || !int.TryParse(value.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var head))
        {
            return false;
        }

        // A century (18) ends at (head + 1) * 100 - 1, a decade (198) at head * 10 + 9, a year at itself.
        var lastYear = digits switch { 2 => ((head + 1) * 100) - 1, 3 => (head * 10) + 9, _ => head };
        if (lastYear < date.Year)
        {
            return true;
        }

        return digits == 4 && DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day < date;
    }
}
