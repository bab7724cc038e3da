using System.Security.Cryptography;
using System.Text;
using Marsad.Model;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// Turns a read article into its <see cref="Analysis"/>. Frozen after <see cref="MarsadPipelineBuilder.Build"/>:
/// holds no per-document state, so one instance serves all documents on all threads.
/// </summary>
public sealed class MarsadPipeline
{
    internal MarsadPipeline(TimeProvider timeProvider)
    {
        TimeProvider = timeProvider;
    }

    public TimeProvider TimeProvider { get; }

    /// <summary>A pipeline with the default configuration.</summary>
    public static MarsadPipeline CreateDefault() => new MarsadPipelineBuilder().Build();

#pragma warning disable CA1822 // An instance method by design: the frozen pipeline will carry the compiled knowledge base and rules.
    public Analysis Analyze(SourceDocument document)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        return new Analysis
        {
            Id = ContentId(text),
            Source = document.Source,
            Title = document.Title,
            Language = ScriptLanguage.Detect(text),
            Published = document.Published,
            Text = text,
            Removed = document.Removed,
            Sentences = [.. sentences.Select(static s => new Sentence(s))],
        };
    }

    /// <summary>The lower-case SHA-256 hex of the text's UTF-8 bytes: the document's stable id.</summary>
    public static string ContentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        const int charsPerBlock = 4096;
        Span<byte> buffer = stackalloc byte[(charsPerBlock + 1) * 3];
        var i = 0;
        while (i < text.Length)
        {
            var length = Math.Min(charsPerBlock, text.Length - i);

            // Keep surrogate pairs whole so each block encodes exactly as the whole string would.
            if (i + length < text.Length && char.IsHighSurrogate(text[i + length - 1]))
            {
                length++;
            }

            var bytes = Encoding.UTF8.GetBytes(text.AsSpan(i, length), buffer);
            sha.AppendData(buffer[..bytes]);
            i += length;
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
