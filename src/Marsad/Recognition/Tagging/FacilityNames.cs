using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Recognition.Entities;
using Marsad.Text;

namespace Marsad.Recognition.Tagging;

/// <summary>
/// Facilities named after people (data/rules/facility-heads.txt): a person's name mention right after a
/// facility head (مطار بن غوريون، شارع الملك فيصل، بمستشفى …) names the facility, not the person. The
/// mention leaves the person (who keeps any other mention, and is dropped with none left) and the head with
/// the name becomes a <c>known: false</c> place, as the tagger's own places are: events read where the
/// airport or the street is, and the person did nothing there.
/// </summary>
internal static class FacilityNames
{
    /// <summary>The entities with every person mention after a facility head moved to a place of head and name.</summary>
    public static ImmutableArray<EntityRecord> Apply(EntityGazetteer gazetteer, TextAnalysis text, ImmutableArray<EntityRecord> entities)
    {
        var tokens = text.Tokens;
        EntityDraft?[]? drafts = null;
        List<EntityDraft>? added = null;
        for (var e = 0; e < entities.Length; e++)
        {
            if (entities[e].Type != EntityType.Person)
            {
                continue;
            }

            foreach (var mention in entities[e].Mentions)
            {
                var (first, _) = TokenRange.Of(tokens, mention.Span);
                if (mention.Form != MentionForms.Name || first == 0 || tokens[first].Span.Start != mention.Span.Start
                    || tokens[first - 1].Kind != TokenKind.Word || HeadProclitic(gazetteer, tokens[first - 1].NormalizedIn(text.Normalized)) is not { } drop)
                {
                    continue;
                }

                drafts ??= new EntityDraft?[entities.Length];
                (drafts[e] ??= new EntityDraft(entities[e])).Mentions.Remove(mention);
                var start = text.Normalized.ToOriginal(tokens[first - 1].NormStart + drop);
                var span = new TextSpan(start, mention.Span.End);
                var facility = new Mention(span, span.Slice(text.Text), MentionForms.Name);
                var id = EntityLayer.IdOf(facility.Text, EntityType.Location);
                added ??= [];
                var place = DraftOf(added, id);
                if (place is null)
                {
                    place = new EntityDraft(new EntityRecord(id, EntityType.Location, facility.Text, facility.Text, null, null, null, false, []));
                    added.Add(place);
                }

                place.Mentions.Add(facility);
            }
        }

        if (drafts is null || added is null)
        {
            return entities;
        }

        var kept = new List<EntityRecord>(entities.Length + added.Count);
        for (var e = 0; e < entities.Length; e++)
        {
            var record = drafts[e]?.Build() ?? entities[e];
            if (!record.Mentions.IsEmpty)
            {
                kept.Add(record);
            }
        }

        kept.AddRange(added.Select(static d => d.Build()));
        return [.. kept.OrderBy(static r => r.Mentions.Min(static m => m.Span.Start))];
    }

    // The added place of this id, if any. A loop, not List.Find with a lambda: the lambda's closure over the
    // id was made for every person mention the loop above visits.
    private static EntityDraft? DraftOf(List<EntityDraft> added, string id)
    {
        foreach (var draft in added)
        {
            if (draft.Record.Id == id)
            {
                return draft;
            }
        }

        return null;
    }

    /// <summary>How many proclitic letters come before the facility head <paramref name="word"/> is (بمطار: 1); null if it is none.</summary>
    private static int? HeadProclitic(EntityGazetteer gazetteer, ReadOnlySpan<char> word)
    {
        var heads = gazetteer.Lexicon.FacilityHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var reading in ArabicClitics.Readings(word))
        {
            if (!reading.HasArticle && heads.Contains(reading.Stem(word)))
            {
                return reading.Stripped;
            }
        }

        return null;
    }
}
