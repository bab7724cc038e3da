using Marsad.Model;
using Marsad.Recognition.Entities;
using System.Collections.Frozen;
using Marsad.Rules;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The kinds of word in data/rules/event-trigger-senses.tsv (but the spellings); see the file's header for each.</summary>
internal enum TriggerSense
{
    WeaponBefore,
    WeaponObject,
    WeaponAfter,
}

/// <summary>
/// The words that tell a homograph trigger's readings apart (data/rules/event-trigger-senses.tsv): a form the trigger
/// file lists under an attack and under another type (مسيرة: a march, or a drone) is the attack where a weapon's
/// context stands around it. Frozen and thread-safe.
/// </summary>
internal sealed class TriggerSenses
{
    // The words of each kind, indexed by the kind.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _words;

    private TriggerSenses(IEnumerable<string[]> rows)
    {
        var kinds = Enum.GetValues<TriggerSense>();
        var words = kinds.Select(static _ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var spellings = new List<string>();
        foreach (var row in rows)
        {
            var word = row[0].Trim();
            if (row[1].Trim() == "weapon-spelling")
            {
                spellings.Add(word);
                continue;
            }

            words[(int)Enum.Parse<TriggerSense>(row[1].Trim().Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true)].Add(word);
        }

        _words = [.. words.Select(static set => set.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>())];
        WeaponSpellings = [.. spellings];
    }

    public static TriggerSenses Default { get; } = new(RuleFile.Rows("Marsad.data.rules.event-trigger-senses.tsv"));

    /// <summary>Letters that, written inside the homograph, make it the weapon (the shadda of مسيّرة).</summary>
    public string[] WeaponSpellings { get; }

    /// <summary>Whether a normalised word, as written or behind a proclitic (وأطلقت، بهجوم), is of one of the kinds.</summary>
    public bool Is(ReadOnlySpan<char> word, params ReadOnlySpan<TriggerSense> kinds)
    {
        Span<CliticReading> readings = stackalloc CliticReading[ArabicClitics.MaxReadings];
        foreach (var reading in readings[..ArabicClitics.GetReadings(word, readings)])
        {
            foreach (var kind in kinds)
            {
                if (_words[(int)kind].Contains(reading.Stem(word)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>The trigger pass's choice between a homograph's readings.</summary>
internal sealed partial class TriggerCandidates
{
    private static readonly TriggerSenses Senses = TriggerSenses.Default;

    /// <summary>
    /// The trigger a form over tokens [start, end) codes: its only one, or, for a form listed under an attack and under
    /// another type (مسيرة), the attack when a weapon's context stands around it (أطلقت 12 مسيرة، أسقطوا طائرة مسيرة،
    /// مسيرة استهدفت سيارة، مسيّرة) and the other reading else (مسيرات جابت الشوارع).
    /// </summary>
    private EventTrigger Sense(TokenTrie<EventTrigger>.Node node, int start, int end)
    {
        var values = node.Values;
        if (values.Count == 1)
        {
            return values[0];
        }

        EventTrigger? attack = null, other = null;
        foreach (var value in values)
        {
            if (value.Event == PloverType.Assault)
            {
                attack ??= value;
            }
            else
            {
                other ??= value;
            }
        }

        return attack is null || other is null ? values[0] : WeaponContext(start, end) ? attack : other;
    }

    private bool WeaponContext(int start, int end)
    {
        var text = doc.Text.Text;
        for (var t = start; t < end; t++)
        {
            var span = doc.Tokens[t].Span;
            foreach (var spelling in Senses.WeaponSpellings)
            {
                if (text.AsSpan(span.Start, span.End - span.Start).Contains(spelling, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // The verb it is the subject of (مسيرة استهدفت), or the word that governs it, past a count, and a verb of
        // launching or downing past its own subject too (أطلقت جماعة الحوثي 12 مسيرة; not قصفت دبابات مسيرة, a target).
        if (doc.IsWord(end) && Senses.Is(doc.Word(end), TriggerSense.WeaponAfter))
        {
            return true;
        }

        var before = PastCount(start - 1, start);
        if (doc.IsWord(before) && Senses.Is(doc.Word(before), TriggerSense.WeaponBefore, TriggerSense.WeaponObject))
        {
            return true;
        }

        for (var k = Math.Max(0, before - MaxGapWords); k <= before; k++)
        {
            if (doc.MentionAt(k) is { } subject && subject.End == before + 1)
            {
                return doc.IsWord(k - 1) && Senses.Is(doc.Word(k - 1), TriggerSense.WeaponObject);
            }
        }

        return false;
    }

    // The first token at or before <paramref name="k"/> that is no number or count word, at most two back from the trigger.
    private int PastCount(int k, int start)
    {
        while (k >= 0 && start - k <= 2 && doc.IsWord(k) && (doc.Tokens[k].Kind == TokenKind.Number || IsCountWord(doc.Word(k))))
        {
            k--;
        }

        return k;
    }
}
