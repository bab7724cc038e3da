using Marsad.Recognition.Tagging;
using Marsad.Text;

namespace Marsad.Events.Decision;

/// <summary>
/// A sentence's words as a bag of hashed light stems, for the model's stem features (<c>TYPE|stem#BUCKET</c>):
/// each word of letters stripped of its article and conjunction and light-stemmed (<see cref="ArabicLightStemmer"/>,
/// light10: والهجمات and هجماتها are both هجم), then hashed (FNV-1a, <see cref="FeatureHash"/>); the model folds a
/// hash into its number of buckets. What the bag lets the model learn is the sentence's vocabulary under its
/// inflections (a court, a match, a film), which the words as written spread over many rare features.
/// </summary>
/// <remarks>
/// A word's hash is made once: by the scan when it interns the word (<see cref="SentenceWord"/>), or once per
/// sentence (<see cref="SentenceWeights"/>); scoring adds one weight per hash and makes no string.
/// </remarks>
internal static class SentenceStems
{
    /// <summary>The hash of a word's light stem; 0 for a token that is not a word of letters (punctuation, a number), which the bag leaves out.</summary>
    public static uint HashOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLetter(word[0]))
        {
            return 0;
        }

        var hash = FeatureHash.Word(ArabicLightStemmer.Stem(word));
        return hash == 0 ? 1 : hash;
    }

    /// <summary>The stem hashes of a sentence's words of letters, in order.</summary>
    public static uint[] Of(ReadOnlySpan<string> words)
    {
        var hashes = new List<uint>(words.Length);
        foreach (var word in words)
        {
            if (HashOf(word) is var hash and not 0)
            {
                hashes.Add(hash);
            }
        }

        return [.. hashes];
    }

    /// <summary>The stem hashes of the candidate's sentence: the sentence's shared ones when the scan made it, else made here.</summary>
    public static uint[] Of(EventCandidate candidate) =>
        candidate.SentenceWeights is { } shared ? shared.Stems(candidate.Words) : Of(candidate.Words.AsSpan());

    /// <summary>The hash of two adjacent stems (a bigram), apart from either stem's own.</summary>
    public static uint Pair(uint first, uint second) => FeatureHash.Mix(FeatureHash.Mix(first, 0x5F5F), second);
}
