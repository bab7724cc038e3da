using System.Text.Json;

namespace Marsad.Output;

public static partial class AnalysisJsonWriter
{
    /// <summary>
    /// The contract's property names, encoded once: the writer copies their bytes, where a name given as a
    /// string is checked for escaping and transcoded to UTF-8 at every property of every record.
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText About = JsonEncodedText.Encode("about");

        public static readonly JsonEncodedText Actor = JsonEncodedText.Encode("actor");

        public static readonly JsonEncodedText Anchor = JsonEncodedText.Encode("anchor");

        public static readonly JsonEncodedText Approximate = JsonEncodedText.Encode("approximate");

        public static readonly JsonEncodedText Cameo = JsonEncodedText.Encode("cameo");

        public static readonly JsonEncodedText Context = JsonEncodedText.Encode("context");

        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");

        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");

        public static readonly JsonEncodedText DateFrom = JsonEncodedText.Encode("date_from");

        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");

        public static readonly JsonEncodedText Entities = JsonEncodedText.Encode("entities");

        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");

        public static readonly JsonEncodedText Events = JsonEncodedText.Encode("events");

        public static readonly JsonEncodedText Form = JsonEncodedText.Encode("form");

        public static readonly JsonEncodedText Geonames = JsonEncodedText.Encode("geonames");

        public static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");

        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");

        public static readonly JsonEncodedText Known = JsonEncodedText.Encode("known");

        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");

        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");

        public static readonly JsonEncodedText Modality = JsonEncodedText.Encode("modality");

        public static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");

        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");

        public static readonly JsonEncodedText NameAr = JsonEncodedText.Encode("name_ar");

        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");

        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");

        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");

        public static readonly JsonEncodedText Quantities = JsonEncodedText.Encode("quantities");

        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");

        public static readonly JsonEncodedText Recipient = JsonEncodedText.Encode("recipient");

        public static readonly JsonEncodedText Removed = JsonEncodedText.Encode("removed");

        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");

        public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");

        public static readonly JsonEncodedText Sector = JsonEncodedText.Encode("sector");

        public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");

        public static readonly JsonEncodedText Sentences = JsonEncodedText.Encode("sentences");

        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");

        public static readonly JsonEncodedText SourceId = JsonEncodedText.Encode("source_id");

        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");

        public static readonly JsonEncodedText Supports = JsonEncodedText.Encode("supports");

        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

        public static readonly JsonEncodedText Times = JsonEncodedText.Encode("times");

        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");

        public static readonly JsonEncodedText Trigger = JsonEncodedText.Encode("trigger");

        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");

        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");

        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

        public static readonly JsonEncodedText Wikidata = JsonEncodedText.Encode("wikidata");
    }
}
