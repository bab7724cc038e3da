namespace Marsad.Recognition.Tagging;

/// <summary>
/// The feature groups, for training with some left out (ablation, <c>marsad eval ner --without</c>).
/// Written into the model, so a model is always read with the features it was trained with.
/// </summary>
[Flags]
public enum FeatureGroups
{
    None = 0,

    /// <summary>The word itself.</summary>
    Word = 1,

    /// <summary>Its clitic-stripped and light-stemmed forms, prefixes and suffixes.</summary>
    Forms = 2,

    /// <summary>Character trigrams of the stripped word (transliterated names have their own letter patterns).</summary>
    Chars = 4,

    /// <summary>Token kind (word, number, punctuation), Latin script, length.</summary>
    Shape = 8,

    /// <summary>The neighbouring words, the bigrams and the trigram of words around the token.</summary>
    Context = 16,

    /// <summary>What the lexicon says of the word and its neighbours: given names, cues, titles, heads, nationality adjectives, KB name starts.</summary>
    Lexicon = 32,

    /// <summary>The rule-based recogniser's decision on the word and its neighbours (type, known or not, form).</summary>
    Rules = 64,

    /// <summary>
    /// The word's cluster (<see cref="WordClusters"/>) and its neighbours': built from the training text,
    /// so outside <see cref="All"/> until a model ships with them.
    /// </summary>
    Clusters = 128,

    /// <summary>Whether the word is a common word of a general dictionary (<see cref="DictionaryWords"/>), and a known name too.</summary>
    Dictionary = 256,

    /// <summary>The longest knowledge-base name over the token, its type and the token's place in it (<see cref="KbSpans"/>), here and next.</summary>
    Gazetteer = 512,

    /// <summary>
    /// Conjunctions of what the other groups read one at a time (off in the shipped model; measured):
    /// the rules' decisions before, here and after as one; the rules' decision here with their type of
    /// the same word elsewhere in the text; the lexicon facts with the rules' decision; the clitic-stripped
    /// words before and here as one (في بعقوبة and وبعقوبة alike).
    /// </summary>
    Conjunctions = 1024,

    All = Word | Forms | Chars | Shape | Context | Lexicon | Rules | Dictionary | Gazetteer,

    /// <summary>
    /// What the shipped model reads: all but the shape, which gave nothing in the ablation
    /// (docs/EVALUATION.md) and costs three table reads a token; the knowledge base's spans, which
    /// moved neither cross-validation beyond what retraining alone moves and cost a trie walk at every
    /// known name's first word; and the dictionary, whose small gain on both cross-validations
    /// (+7 and +13 right chunks) cost the tagger a sixth more time (<c>eval ner --with gazetteer</c>,
    /// <c>--with dictionary</c> measure them).
    /// </summary>
    Default = All & ~Shape & ~Gazetteer & ~Dictionary,
}

/// <summary>The feature templates; the number is part of every feature's hash, so never renumber one.</summary>
public enum FeatureTemplate
{
    Bias = 1,
    Word = 2,
    Stripped = 3,
    LightStem = 4,
    Prefix2 = 5,
    Prefix3 = 6,
    Suffix1 = 7,
    Suffix2 = 8,
    Suffix3 = 9,
    StrippedPrefix2 = 10,
    StrippedSuffix2 = 11,
    Trigram = 12,
    TrigramStart = 13,
    TrigramEnd = 14,
    Kind = 15,
    Latin = 16,
    Length = 17,
    WordBefore = 18,
    WordAfter = 19,
    WordBefore2 = 20,
    WordAfter2 = 21,

    /// <summary>No longer read (the neighbours' stems gave nothing beside their words and the word trigram): kept so no number is reused.</summary>
    StemBefore = 22,

    /// <summary>No longer read, as <see cref="StemBefore"/>.</summary>
    StemAfter = 23,
    Bigram = 24,
    LexiconHere = 25,
    LexiconBefore = 26,
    LexiconAfter = 27,
    LexiconBefore2 = 28,
    RuleHere = 29,
    RuleBefore = 30,
    RuleAfter = 31,
    RuleWithWord = 32,
    LexiconPair = 33,
    DocumentRule = 34,
    BigramAfter = 35,
    TrigramWords = 36,
    RuleAfterWord = 37,
    Cluster = 38,
    ClusterBefore = 39,
    ClusterAfter = 40,
    ClusterBigram = 41,
    DictionaryWord = 42,
    KbSpan = 43,
    KbSpanAfter = 44,
    RuleTriple = 45,
    RuleInDocument = 46,
    LexiconWithRule = 47,
    StrippedBigram = 48,
}
