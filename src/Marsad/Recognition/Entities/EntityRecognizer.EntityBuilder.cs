using System.Collections.Immutable;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Recognition.Entities;

public sealed partial class EntityRecognizer
{
    private sealed record EntityBuilder(string Id, EntityType Type, string Name, string? NameAr, string? Wikidata, string? Country, string? Sector, bool Known)
    {
        // An entity with more mentions than this keeps their spans in a set (texts can be long); one with fewer
        // (nearly all) is searched in its list, and a set per entity was a sixth of the rules' allocation.
        private const int SpansInSetFrom = 8;

        private HashSet<TextSpan>? _spans;

        /// <summary>The mentions added (<see cref="AddSpan"/> first): one place in the text is one mention.</summary>
        public List<Mention> Mentions { get; } = [];

        /// <summary>Whether no mention added so far has <paramref name="span"/>; if so it is the next one's.</summary>
        public bool AddSpan(TextSpan span)
        {
            if (_spans is null)
            {
                if (Mentions.Count < SpansInSetFrom)
                {
                    foreach (var mention in Mentions)
                    {
                        if (mention.Span == span)
                        {
                            return false;
                        }
                    }

                    return true;
                }

                _spans = new HashSet<TextSpan>(Mentions.Count * 2);
                foreach (var mention in Mentions)
                {
                    _spans.Add(mention.Span);
                }
            }

            return _spans.Add(span);
        }

        public EntityRecord Build() =>
            new(Id, Type, Name, NameAr, Wikidata, Country, Sector, Known, InTextOrder(Mentions));

        // Mentions are mostly found in text order already; only the rest are sorted (stably, as OrderBy does).
        private static ImmutableArray<Mention> InTextOrder(List<Mention> mentions)
        {
            for (var m = 1; m < mentions.Count; m++)
            {
                if (mentions[m].Span.Start < mentions[m - 1].Span.Start)
                {
                    return [.. mentions.OrderBy(static x => x.Span.Start)];
                }
            }

            return [.. mentions];
        }
    }
}
