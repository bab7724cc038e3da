using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marsad.Evaluation;
using Marsad.Knowledge;
using Marsad.Recognition.Entities;
using Marsad.Recognition.Tagging;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad train ner FILE... [--out PATH]</c>: trains the entity tagger on CoNLL files and writes the model
/// with a note of its training data and their licences beside it. Deterministic: the same files give the
/// same bytes.
/// </summary>
internal static class TrainNerCommand
{
    public const string DefaultOut = "data/models/ner.bin";

    public const string Help = """
        Usage: marsad train ner FILE.conll... [--out PATH]

        Trains the entity tagger (an averaged structured perceptron over hashed features, the rule-based
        recogniser's decision among them) on CoNLL files ("token TAG", IOB2; fine-grained NewsFANE
        classes are mapped to PERS/LOC/ORG and its clitics rejoined) and writes the model to PATH
        (default data/models/ner.bin) and a note of its training data and licences beside it (ner.md).
        The same files give a byte-identical model. Rebuild Marsad to ship a new model.
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" || (args.Length > 1 && args[1] is "-h" or "--help"))
        {
            MarsadApp.WriteLine(stdout, Help);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] != "ner")
        {
            throw new UsageException($"unknown model '{args[0]}'; try 'marsad train ner FILE.conll...'.");
        }

        var files = new List<string>();
        var output = DefaultOut;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                output = i + 1 < args.Length ? args[++i] : throw new UsageException("--out takes a path.");
            }
            else if (args[i].StartsWith('-'))
            {
                throw new UsageException($"unknown option '{args[i]}' for train ner.");
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("train ner needs at least one CoNLL file.");
        }

        var gazetteer = EntityGazetteer.Build(KnowledgeBase.Default);
        var recognizer = new EntityRecognizer(gazetteer);
        var documents = new List<NerDocument>();
        var sources = new List<(string File, int Sentences, int Tokens)>();
        foreach (var file in files)
        {
            var (sentences, error) = NerCorpusFiles.Read(file);
            if (error is not null)
            {
                stderr.WriteLine(error);
                return ExitCodes.BadInput;
            }

            documents.AddRange(NerTraining.Documents(recognizer, sentences, documents.Count));
            sources.Add((file, sentences.Length, sentences.Sum(static s => s.Tokens.Length)));
        }

        var model = NerTrainer.Train(NerTraining.Set(documents, new NerFeatures(gazetteer, FeatureGroups.Default)), FeatureGroups.Default);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(directory);
        using (var stream = File.Create(output))
        {
            model.Write(stream);
        }

        var note = Path.Combine(Path.GetDirectoryName(output) ?? "", Path.GetFileNameWithoutExtension(output) + ".md");
        File.WriteAllText(note, Note(output, sources, model), new UTF8Encoding(false));
        MarsadApp.WriteLine(stdout, string.Create(CultureInfo.InvariantCulture, $"wrote {output} ({new FileInfo(output).Length} bytes) and {note}: {documents.Count} documents, {sources.Sum(s => s.Tokens)} tokens"));
        return ExitCodes.Success;
    }

    private static string Note(string output, List<(string File, int Sentences, int Tokens)> sources, NerModel model)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append("# The entity tagger's model\n\n");
        text.Append(inv, $"`{Path.GetFileName(output)}` is written by `marsad train ner` (see docs/EVALUATION.md); do not edit it. ");
        text.Append(inv, $"Averaged structured perceptron, {NerTrainer.DefaultEpochs} passes, seed {NerTrainer.DefaultSeed}, 2^{model.Bits} hashed feature rows, features: {model.Groups}.\n\n");
        text.Append(inv, $"Model SHA-256: `{Sha256(output)}`\n\n");
        text.Append("## Training data\n\n| file | sentences | tokens | SHA-256 | licence |\n|---|---|---|---|---|\n");
        foreach (var (file, sentences, tokens) in sources)
        {
            text.Append(inv, $"| `{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))}/{Path.GetFileName(file)}` | {sentences} | {tokens} | `{Sha256(file)[..16]}…` | {NerCorpusFiles.Licence(file)} |\n");
        }

        text.Append("\nThe model is derived from these corpora and is shared under the same terms (CC BY-SA: attribute, share alike).\n");
        if ((model.Groups & FeatureGroups.Dictionary) != 0)
        {
            text.Append("Its dictionary features read data/rules/dictionary-words.txt (from Ayaspell, GPL 2.0 / LGPL 2.1 / MPL 1.1; the list's header says how it was derived); the list is not part of the model file.\n");
        }

        return text.ToString();
    }

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
