using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by where the event happened (issue 18, kind 3), once every event has its place
/// (<see cref="Places.EventPlaces"/>): a raid or strike on a town the knowledge base does not know (اقتحمت القوات
/// بلدة X جنوب Y شمالي الضفة الغربية، قصفت قرية X في ريف إدلب) struck the country of the known place the text puts
/// it in or near, and a person it does not know arrested there (اعتقلت القوات الصحفي فلان في نابلس) is of that
/// country; an arrest that names no one arrested (ألقت أجهزة الأمن القبض على أفراد الخلية) and an attack that names
/// no target befell the people of the country where they happened, as CAMEO codes a target by where it is. A
/// nationality the text gives the victim (<see cref="Victims"/>) or a named side is kept. A protest that names no one
/// it is aimed at (تظاهر الآلاف في العاصمة احتجاجا على غلاء الأسعار، دخل عمال الموانئ في إضراب) by people of the
/// country where it is held, or by a crowd the text gives no country, is addressed to that country's government, as
/// CAMEO codes a domestic protest; a protest abroad or by foreigners, or one whose sentence names a side of another
/// country (تضامنا مع غزة، أمام السفارة الأمريكية), which is what it is about, is left with none.
/// </summary>
internal static class PlacedRecipients
{
    /// <param name="country">Makes a country the recognisers did not name a side: its id → the side's id.</param>
    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events, Func<string, string> country) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Place?.Country is not { } where || e.Event is not (PloverType.Assault or PloverType.Coerce or PloverType.Protest))
            {
                return e;
            }

            if (e.Event == PloverType.Protest)
            {
                return e.Recipient.IsEmpty && e.Actor.All(id => Tokens.CountryOf(doc, id) is null || Tokens.CountryOf(doc, id) == where)
                    && OnlyOf(doc, e.Sentence, where) ? e with { Recipient = [country(where)] } : e;
            }

            var unplaced = !e.Recipient.IsEmpty && e.Recipient.All(id => NamesNoCountry(doc, id));
            var nobody = e.Recipient.IsEmpty && (e.Event == PloverType.Assault || e.Mode == "arrest");
            return unplaced || nobody ? e with { Recipient = [country(where)] } : e;
        });

    /// <summary>Whether every side sentence <paramref name="s"/> names is of country <paramref name="where"/> or of none.</summary>
    private static bool OnlyOf(EventDocument doc, int s, string where)
    {
        var sentence = doc.Sentence(s);
        for (var t = sentence.First; t < sentence.End; t++)
        {
            if (doc.MentionAt(t) is not { } mention)
            {
                continue;
            }

            var entity = mention.Entity;
            if ((entity.Type == EntityType.Country ? entity.Id : entity.Country) is { } of && of != where)
            {
                return false;
            }

            t = mention.End - 1;
        }

        return true;
    }

    /// <summary>Whether a side is a person or place the knowledge base does not know, with no country of its own.</summary>
    private static bool NamesNoCountry(EventDocument doc, string id)
    {
        foreach (var entity in doc.Entities)
        {
            if (entity.Id == id)
            {
                return !entity.Known && entity.Country is null && entity.Type is EntityType.Person or EntityType.Location;
            }
        }

        return false;
    }
}
