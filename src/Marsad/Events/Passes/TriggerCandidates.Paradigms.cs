using System.Collections.Immutable;
using Marsad.Recognition.Entities;

namespace Marsad.Events;

/// <summary>
/// The trigger lexicon's verb paradigms (data/rules/event-trigger-verbs.tsv): a verb written once by its perfect and
/// imperfect gives the forms news prints of it, made from the file's patterns and added to its trigger, so the
/// lexicon does not miss a person, a dual or a future of a verb it has (تنددان، سنرفض، هددته).
/// </summary>
public sealed partial class EventTriggerTable
{
    /// <summary>
    /// This table with the forms the paradigm rows make added to their triggers (a form some trigger already has is
    /// left where it is, so a generated form never moves a word to another rule). Problems are reported as
    /// <c>verbs row N: what</c>, never thrown.
    /// </summary>
    public EventTriggerTable WithParadigms(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var patterns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var added = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var problems = Problems.ToBuilder();
        var byId = Triggers.ToDictionary(static t => t.Id, StringComparer.Ordinal);
        var known = new HashSet<string>(Triggers.SelectMany(static t => t.Forms).Select(Key), StringComparer.Ordinal);
        for (var n = 0; n < rows.Count; n++)
        {
            var f = rows[n];
            var problem = Paradigm(f, patterns, byId, known, added);
            if (problem is not null)
            {
                problems.Add($"verbs row {n + 1}: {problem}");
            }
        }

        var triggers = Triggers.Select(t => added.TryGetValue(t.Id, out var forms) ? t with { Forms = [.. t.Forms, .. forms] } : t);
        return new EventTriggerTable([.. triggers], problems.ToImmutable());
    }

    // One row: a pattern remembered, or a verb's forms made; the problem with it, or null.
    private static string? Paradigm(
        string[] f, Dictionary<string, string[]> patterns, Dictionary<string, EventTrigger> byId, HashSet<string> known, Dictionary<string, List<string>> added)
    {
        if (f is ["pattern", var name, var forms] && name is "perfect" or "imperfect" or "perfect-object" or "imperfect-object" or "weak-ending")
        {
            patterns[name] = forms.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return null;
        }

        if (f is not ["verb", var id, var perfect, var imperfect])
        {
            return $"expected `pattern NAME FORMS` or `verb ID PERFECT IMPERFECT`, got {f.Length} fields starting {f[0]}";
        }

        if (!byId.TryGetValue(id, out var trigger))
        {
            return $"{id} is no trigger of event-triggers.tsv";
        }

        var prefix = ImperfectPrefix(patterns);
        if (imperfect.Length < prefix.Length + 2 || !imperfect.StartsWith(prefix, StringComparison.Ordinal))
        {
            return $"{id}: the imperfect {imperfect} does not start as the imperfect pattern does";
        }

        if (Defective(perfect, imperfect, patterns.GetValueOrDefault("weak-ending") ?? []))
        {
            return $"{id}: {perfect} / {imperfect} is a defective verb; write its forms out in event-triggers.tsv";
        }

        var s = imperfect[prefix.Length..];
        var names = trigger.RecipientMarkers.Contains("object") ? new[] { "perfect", "imperfect", "perfect-object", "imperfect-object" } : ["perfect", "imperfect"];
        var list = added.TryGetValue(id, out var existing) ? existing : added[id] = [];
        foreach (var kind in names)
        {
            foreach (var pattern in patterns.GetValueOrDefault(kind) ?? [])
            {
                var form = pattern.Replace("{P}", perfect, StringComparison.Ordinal).Replace("{S}", s, StringComparison.Ordinal);
                if (known.Add(Key(form)))
                {
                    list.Add(form);
                }
            }
        }

        return null;
    }

    // The imperfect's prefix as the imperfect pattern's first form writes it (ي{S}): what is taken off the verb's imperfect.
    private static string ImperfectPrefix(Dictionary<string, string[]> patterns) =>
        patterns.GetValueOrDefault("imperfect") is [var first, ..] && first.IndexOf("{S}", StringComparison.Ordinal) is var at and > 0 ? first[..at] : "\0";

    // A final weak letter (the file's weak-ending row): the perfect or the imperfect ends in a long vowel (دعا، التقى، يدعو).
    private static bool Defective(string perfect, string imperfect, string[] weak) =>
        weak.Any(w => perfect.EndsWith(w, StringComparison.Ordinal) || imperfect.EndsWith(w, StringComparison.Ordinal));

    private static string Key(string form) => string.Join(' ', NameKey.Of(form));
}
