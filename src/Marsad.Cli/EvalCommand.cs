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
        Usage: marsad eval ner FILE.conll [--document N] [--errors N]
               marsad eval gold FILE.gold.json SAMPLE
               marsad eval timex DIR [--dct YYYY-MM-DD] [--published YYYY-MM-DD] [--errors N]
               marsad eval events FILE.jsonl [--errors N]

        Scores entity recognition against a CoNLL file ("token TAG" lines, IOB2, PERS/LOC/ORG/MISC):
        sentences are rebuilt and recognised in documents of N consecutive sentences (default 20; CoNLL
        keeps no document boundaries), and name and metonym mentions are mapped back to tokens.
        COUNTRY and LOCATION count as LOC, PERSON as PERS, ORGANIZATION and GROUP as ORG; MISC is not
        scored. --errors N also lists up to N missed and N spurious chunks per type.

        eval gold analyses SAMPLE (published on the gold file's date) and prints each expectation of
        the gold file (clean text, entities, times, quantities, events) as met or not; exit 4 when
        any is not met.

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
        --errors N lists up to N missed sentences, wrong actor countries and other-type events.
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

        var (file, errors, documentSize) = ParseNer(args[1..]);
        if (!File.Exists(file))
        {
            stderr.WriteLine($"marsad: {file}: no such file");
            return ExitCodes.BadInput;
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (sentences, error) = ConllCorpus.Read(reader);
        if (error is not null)
        {
            stderr.WriteLine($"marsad: {file}: {error}");
            return ExitCodes.BadInput;
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var recognizer = new EntityRecognizer(EntityGazetteer.Build(pipeline.KnowledgeBase));
        var result = NerEvaluation.Run(recognizer, sentences, documentSize);
        using var writer = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        WriteScores(writer, file, result);
        if (errors > 0)
        {
            WriteErrors(writer, result, errors);
        }

        return ExitCodes.Success;
    }

    private static (string File, int Errors, int DocumentSize) ParseNer(string[] args)
    {
        string? file = null;
        var errors = 0;
        var documentSize = NerEvaluation.DefaultDocumentSize;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--errors" or "--document")
            {
                var name = args[i];
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (name == "--document" && value < 1))
                {
                    throw new UsageException($"{name} takes a whole number{(name == "--document" ? " from 1" : "")}.");
                }

                (errors, documentSize) = name == "--errors" ? (value, documentSize) : (errors, value);
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for eval ner.");
            }
            else
            {
                file = file is null ? args[i] : throw new UsageException("eval ner takes one file.");
            }
        }

        return (file ?? throw new UsageException("eval ner needs a CoNLL file."), errors, documentSize);
    }

    private static void WriteScores(TextWriter writer, string file, NerResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var tokens = result.Sentences.Sum(s => s.Tokens.Length);
        writer.WriteLine(string.Create(inv, $"{file}: {result.Sentences.Length} sentences, {tokens} tokens"));
        writer.WriteLine("type   gold  predicted  correct  precision  recall      F1");
        foreach (var row in result.Scores)
        {
            writer.WriteLine(string.Create(inv, $"{row.Type,-5} {row.Gold,5} {row.Predicted,10} {row.Correct,8} {row.Precision,10:0.000} {row.Recall,7:0.000} {row.F1,7:0.000}"));
        }
    }

    private static void WriteErrors(TextWriter writer, NerResult result, int perType)
    {
        var gold = result.Gold.ToHashSet();
        var predicted = result.Predicted.ToHashSet();
        foreach (var type in NerEvaluation.ScoredTypes)
        {
            writer.WriteLine($"-- {type} missed");
            foreach (var chunk in result.Gold.Where(c => c.Type == type && !predicted.Contains(c)).Take(perType))
            {
                writer.WriteLine($"  {Context(result, chunk)}");
            }

            writer.WriteLine($"-- {type} spurious");
            foreach (var chunk in result.Predicted.Where(c => c.Type == type && !gold.Contains(c)).Take(perType))
            {
                writer.WriteLine($"  {Context(result, chunk)}");
            }
        }
    }

    private static string Context(NerResult result, Chunk chunk)
    {
        var tokens = result.Sentences[chunk.Sentence].Tokens;
        var from = Math.Max(0, chunk.Start - 3);
        var to = Math.Min(tokens.Length, chunk.End + 3);
        var before = string.Join(' ', tokens[from..chunk.Start]);
        var inside = string.Join(' ', tokens[chunk.Start..chunk.End]);
        var after = string.Join(' ', tokens[chunk.End..to]);
        return $"{before} [{inside}] {after}";
    }
}
