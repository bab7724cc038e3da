using System.Collections.Immutable;
using System.Globalization;
using Marsad.Events.Arguments;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Times;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>An event's date from its sentence, and its modality from the words around the trigger and from that date.</summary>
internal sealed partial class EventScan
{
    /// <summary>
    /// The nearest time expression of the sentence, else the published date, read to its calendar part
    /// (<see cref="EventDates.CalendarPart"/>), from the trigger's own clause: a time behind a relative word or a
    /// complementizer after the trigger, or closing a relative clause before it, dates that clause, not the event
    /// (<see cref="OwnClauseEnd"/>, <see cref="InRelativeClauseBefore"/>).
    /// </summary>
    // The published date as the events write it, made at the first event it dates, not at every one.
    private string? _publishedText;

    private (string? Date, DateSource From) DateOf(int a, int b, int i, int triggerEnd)
    {
        var start = _tokens[a].Span.Start;
        var end = _tokens[b - 1].Span.End;
        var trigger = _tokens[i].Span.Start;
        // A definite event noun with a relative clause of its own (العقوبات التي فرضها الاتحاد أمس) is dated by that
        // clause: it tells when the act the noun names took place. The clause ends where the next one begins.
        var nounClauseStart = NounClauseStart(i, triggerEnd, b);
        var relativeStart = OwnClauseEnd(nounClauseStart == int.MaxValue ? i : triggerEnd, b);
        var complementStart = ComplementStart(a, i);
        // A loop, not Where/OrderBy/FirstOrDefault: it runs per candidate. The first of the nearest wins, as a stable sort's first.
        // A time in the noun's own relative clause wins over any other, and a time inside the complement the trigger
        // is in over any before its complementizer, however near.
        TimeExpression? own = null;
        var nearest = int.MaxValue;
        var rank = -1;
        foreach (var t in _times)
        {
            var tRank = t.Span.Start >= nounClauseStart ? 2 : t.Span.Start >= complementStart ? 1 : 0;
            if (t.Span.Start >= start && t.Span.End <= end && t.Type is TimexType.Date or TimexType.Time && t.Value is not null && t.Span.Start < relativeStart
                && (tRank > rank || (tRank == rank && Math.Abs(t.Span.Start - trigger) < nearest))
                && (tRank == 2 || (t.Span.Start > trigger ? !FutureAfterPerfect(t, i) : !InRelativeClauseBefore(t, a, i) && !BeforeFutureComplement(t, i))))
            {
                (own, nearest, rank) = (t, Math.Abs(t.Span.Start - trigger), tRank);
            }
        }

        if (own is not null)
        {
            return (EventDates.CalendarPart(own.Value!), DateSource.Text);
        }

        return _published is { } p ? (_publishedText ??= p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateSource.Published) : (null, DateSource.Unknown);
    }

    /// <summary>
    /// Whether a time after the trigger lies after publication while the trigger is a perfect verb
    /// (<see cref="PerfectVerbs"/>): what has happened is not dated by a time to come, which dates what the
    /// verb's object or complement tells (اتفق الطرفان على عقد جولة ثانية السبت المقبل: the agreement is of
    /// the article's day, the round of next Saturday).
    /// </summary>
    private bool FutureAfterPerfect(TimeExpression time, int i) =>
        IsWord(i) && PerfectVerbs.IsPerfect(Word(i)) && _published is { } published && time.Value is { } value && IsAfter(value, published);

    /// <summary>
    /// Whether the trigger is told in the pluperfect: a past auxiliary before it in its sentence with the
    /// perfect particle after the auxiliary and before the trigger (وكانت القوات قد اقتحمت، كان قد وقع).
    /// </summary>
    private bool IsPluperfect(int a, int i)
    {
        for (var j = a; j < i; j++)
        {
            if (!_doc.Is(j, ArgumentCue.PastAuxiliary))
            {
                continue;
            }

            for (var k = j + 1; k < i; k++)
            {
                if (_doc.Is(k, ArgumentCue.PerfectParticle))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private ImmutableArray<EventModality> Modality(int a, int i, TriggerMatch match, string? date, DateSource dateFrom)
    {
        // One list a scan, not a sorted set a candidate (its nodes and its enumerator's stack): a few kinds at most,
        // each added once and sorted at the end, as the set kept them (the members are declared in their names' ordinal order).
        var found = _modalityKinds;
        found.Clear();
        for (var j = a; j < i; j++)
        {
            var (end, kind) = LongestModality(j, i);
            if (kind is "negated" && i - end >= MaxNegationDistance)
            {
                continue;
            }

            if (kind is "future" or "negated" or "hypothetical" or "reported" && EventModalities.TryParse(kind, out var marked))
            {
                AddKind(found, marked);
            }

            if (IsWord(j) && Tense.IsFutureVerb(Word(j)))
            {
                AddKind(found, EventModality.Future);
            }
        }

        if (Tense.IsFutureVerb(Word(i)))
        {
            AddKind(found, EventModality.Future);
        }

        // History is what the text dates more than 30 days before publication or tells in the pluperfect;
        // an event of yesterday is the news itself.
        if ((dateFrom == DateSource.Text && _published is { } published && date is not null && EventDates.IsLongPast(date, published)) || IsPluperfect(a, i))
        {
            AddKind(found, EventModality.Historical);
            found.Remove(EventModality.Future);
        }
        else if (dateFrom == DateSource.Text && _published is { } day && date is not null && IsAfter(date, day))
        {
            AddKind(found, EventModality.Future); // dated after publication by its own text: زار… الشهر المقبل
        }

        found.Sort();
        return [.. found];
    }

    // The kinds found for the candidate being coded (Modality), emptied at each.
    private readonly List<EventModality> _modalityKinds = [];

    private static void AddKind(List<EventModality> found, EventModality kind)
    {
        if (!found.Contains(kind))
        {
            found.Add(kind);
        }
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

    /// <summary>
    /// Whether a TIMEX3 day, month or year value (2025-12-01, 2026-01, 2026) lies wholly after a date; a TIME is read by
    /// its day (2025-12-01TEV), with no string cut from it.
    /// </summary>
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

        if (value.Length >= 10 && Timex.TryIsoDay(value.AsSpan(0, 10), out var day))
        {
            return day > date;
        }

        return value.Length == 7 && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && (year > date.Year || (year == date.Year && month > date.Month));
    }
}
