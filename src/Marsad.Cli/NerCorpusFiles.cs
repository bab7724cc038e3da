using System.Collections.Immutable;
using System.Text;
using Marsad.Evaluation;

namespace Marsad.Cli;

/// <summary>Reads the CoNLL files the NER commands take, fine-grained ones brought to the coarse classes (<see cref="ConllCoarse"/>).</summary>
internal static class NerCorpusFiles
{
    /// <summary>The sentences of <paramref name="file"/>, or a message for stderr saying why there are none.</summary>
    public static (ImmutableArray<ConllSentence> Sentences, string? Error) Read(string file)
    {
        if (!File.Exists(file))
        {
            return ([], $"marsad: {file}: no such file");
        }

        using var reader = new StreamReader(file, Encoding.UTF8);
        var (sentences, error) = ConllCorpus.Read(reader);
        if (error is not null)
        {
            return ([], $"marsad: {file}: {error}");
        }

        return sentences.IsEmpty ? ([], $"marsad: {file}: no sentences") : (ConllCoarse.Coarsen(sentences), null);
    }

    /// <summary>The licence of a corpus we know by its file's folder, for the model's note.</summary>
    public static string Licence(string file)
    {
        var path = Path.GetFullPath(file).Replace('\\', '/');
        return path.Contains("/anercorp/", StringComparison.OrdinalIgnoreCase) ? "ANERcorp (Benajiba & Rosso 2007; CAMeL Lab release), CC BY-SA 4.0"
            : path.Contains("/newsfane/", StringComparison.OrdinalIgnoreCase) ? "NewsFANE Gold (Alotaibi & Lee, COLING 2014), CC BY-SA 3.0"
            : "unknown corpus: its licence is the licence of its source";
    }
}
