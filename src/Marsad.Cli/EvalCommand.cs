using System.Globalization;
using System.Text;
using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Recognition.Entities;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad eval ner FILE.conll [--errors N]</c>: scores the entity recogniser against a CoNLL corpus and
/// prints conlleval-style precision, recall and F1 per type and overall; dispatches <c>eval gold</c> and
/// <c>eval timex</c> to their own commands.
/// </summary>
internal static class EvalCommand
{
    public const string Help = """
        Usage: marsad eval ner FILE.conll [--document N] [--errors N] [--error-kinds] [--rules-only]
               marsad eval ner FILE.conll --folds K [--extra-train FILE]... [--without GROUP]... [--with clusters|gazetteer|dictionary|conjunctions]
                       [--policy [TYPE=]rules-first|tagger-first|tagger-decides-unknown] [--no-propagation] [--ablation]
                       [--org-margin M|nested] [--margins nested] [--margin-curve] [--epochs N] [--mixes N] [--error-kinds]
               marsad eval gold FILE.gold.json SAMPLE [--explain]
               marsad eval timex DIR [--dct YYYY-MM-DD] [--published YYYY-MM-DD] [--errors N]
               marsad eval events FILE.jsonl [--errors N] [--part A|B]
               marsad eval detect FILE.jsonl [--errors N] [--folds K [--with FILE.jsonl]... [--sweep]]
               marsad eval places FILE.jsonl [--errors N] [--match event|trigger-word]

        Scores entity recognition against a CoNLL file ("token TAG" lines, IOB2, PERS/LOC/ORG/MISC):
        sentences are rebuilt and recognised in documents of N consecutive sentences (default 20; CoNLL
        keeps no document boundaries), and name and metonym mentions are mapped back to tokens.
        COUNTRY and LOCATION count as LOC, PERSON as PERS, ORGANIZATION and GROUP as ORG; MISC is not
        scored. A fine-grained file (NewsFANE) is mapped to these classes and its clitics rejoined.
        --errors N also lists up to N missed and N spurious chunks per type. It scores the entity
        layer as shipped (rules, the trained tagger, name propagation), or with --rules-only the rules.
        --folds K prints the rules-only score, then K-fold cross-validation: the file's documents (20
        sentences, kept whole) in K folds, a tagger trained on K-1 folds and every --extra-train file
        scores the held-out fold, summed over folds. --without GROUP leaves a feature group out (word,
        forms, chars, shape, context, lexicon, rules); --with clusters, gazetteer, dictionary or conjunctions adds a group
        the shipped model leaves out; --ablation also prints the F1 with each left out. --error-kinds counts
        the wrong chunks by kind (boundary, type, both, alone) and source (rules, tagger, both, neither).
        --policy sets how a tagger chunk and a rule mention that overlap are settled, for every type or,
        as LOC=…, PERS=… or ORG=… (repeatable), for one.
        --org-margin M drops each fold's tagger-only organisation chunks that its sentence's best tagging
        prefers by less than M (the shipped model keeps them all); --org-margin nested chooses M for each
        fold inside its training folds (4 inner folds, the best ORG F1 among none, 1, 3, 10 and 30);
        --margins nested chooses each type's margin so, one type at a time. --margin-curve also prints,
        for each type, its scores with its tagger-only chunks kept at margins from none to all dropped.
        --epochs N sets the trainer's passes (default 8). --mixes N trains N perceptrons in orders from
        N seeds and averages them (default 1).

        eval gold analyses SAMPLE (published on the gold file's date) and prints each expectation of
        the gold file (clean text, entities, times, quantities, events) as met or not; exit 4 when
        any is not met. --explain follows each required event not met with why: its sentence (the one
        holding a trigger of its type, its sides and its date best), the coded event there nearest to
        it and the fields that differ (type, actor, recipient, parties, date, modality), or that no
        event is coded there (its trigger dropped) or no trigger of its type is there; then a line
        counting the misses by kind, and by the misses where that kind alone differs.

        eval timex reads every .tml and .xml file of DIR (TimeML with inline TIMEX3 tags, inside TEXT
        or, without one, in the whole document but its DOCID and DCT; UTF-8 with or without a byte
        order mark, or the encoding the XML declaration names), recognises time expressions in the
        text of each, resolving relative ones against --dct when given, else the document's own
        creation time (a TIMEX3 with functionInDocument="CREATION_TIME"), else --published; with
        none, values are scored on the part the recogniser resolved (XXXX-11-06 matches 2025-11-06).
        It prints strict and relaxed span precision, recall and F1 and, over relaxed matches, type
        and value accuracy (TempEval-3). --errors N lists up to N missed, spurious and wrong-value
        expressions in context. A file that cannot be read is reported and skipped; the others are
        scored, and the run then ends with exit 3.

        eval events codes each sentence of a JSON-lines file of PLOVER gold sentences (text, event,
        actor_country, actor_sector) and prints per gold event type the share found, the actor's
        country and sector accuracy over found sentences and the events of other types per sentence.
        --errors N lists up to N missed sentences, wrong actor countries and sectors and other-type events.
        --part A|B scores one half of the file, cut by a stable hash of the sentence id: read the
        errors of half A and keep half B unseen, so its figure shows what the rules carry over.

        eval detect codes each sentence of a JSON-lines file of judged sentences (id, event, label: yes,
        easy no, difficult no, ambiguous) and prints per type and label the share on which an event of
        the type that happened (modality none, historical or reported) was coded. --folds K scores each
        of K folds (by a stable hash of the id) with a model trained on the other folds, and on the
        --with files' sentences whose text is not in that fold; without it the built-in model decides.
        --errors N lists up to N yes sentences not coded and N no sentences coded. --sweep (with --folds)
        scores each fold again with its model's thresholds moved from -0.1 to +0.3 and prints, per type and
        move, the sentences coded of each label, the difficult no split into ties and the rest.

        eval places analyses each paragraph of a JSON-lines file (id, published, text, events: trigger
        word, place_ar, country) and prints the share of gold events whose coded event has a place and,
        over those whose text names a place, the share placed right (the place's knowledge-base entry
        carries place_ar and lies in country). --errors N lists up to N wrong or missing places. A gold
        event is scored by the coded event matched to it: with --match event (the default), as eval gold
        matches a required event, the event of its type told in the sentence of its trigger word whose
        trigger lies nearest that word; with --match trigger-word, the first event whose trigger holds the
        word (the scorer before, for its figures).
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            MarsadApp.WriteLine(stdout, Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] == "events")
        {
            return EventEvalCommand.Run(args[1..], stdout, stderr);
        }

        if (args[0] == "places")
        {
            return PlaceEvalCommand.Run(args[1..], stdout, stderr);
        }

        if (args[0] == "detect")
        {
            return DetectEvalCommand.Run(args[1..], stdout, stderr);
        }

        if (args[0] == "gold")
        {
            return GoldEvalCommand.Run(args[1..], stdout, stderr);
        }

        if (args[0] == "timex")
        {
            return TimexEvalCommand.Run(args[1..], stdout, stderr);
        }

        if (args[0] != "ner")
        {
            throw new UsageException($"unknown evaluation '{args[0]}'; try 'marsad eval ner FILE.conll', 'marsad eval gold FILE.gold.json SAMPLE' or 'marsad eval timex DIR'.");
        }

        return NerEvalCommand.Run(args[1..], stdout, stderr);
    }
}
