using Marsad.Model;
using Marsad.Pipeline;
using Marsad.Reading;
using Marsad.Storage.Ingest;

namespace Marsad.Storage.Monitoring;

/// <summary>What polling one source gave: the feed's answer and the new items (each with its article, or null).</summary>
internal sealed record PollOutcome(WatchSource Source, FetchResult Answer, string? Error, IReadOnlyList<(string Key, SourceDocument? Document)> Items, IReadOnlyList<IngestFailure> Failures, bool Complete)
{
    public bool Failed => Error is not null;
}

/// <summary>
/// Polls one source: a conditional GET of the feed (or page); for a feed, the items not yet handed over, each
/// item's linked page fetched when the feed carries only a summary. An item whose page cannot be fetched is
/// left unseen and the feed's validators are not kept, so the next poll fetches the feed whole and tries it again.
/// </summary>
internal sealed class SourcePoller(HttpFetcher fetcher, HostGates gates, WatchState state, ReaderOptions options)
{
    public async Task<PollOutcome> PollAsync(WatchSource source, CancellationToken cancellationToken)
    {
        var answer = await Get(source.Url, source.ETag, source.LastModified, cancellationToken).ConfigureAwait(false);
        if (answer.NotModified)
        {
            return new PollOutcome(source, answer, null, [], [], Complete: true);
        }

        if (answer.Body is not { } body)
        {
            return new PollOutcome(source, answer, answer.Error ?? "no answer", [], [], Complete: false);
        }

        if (!FeedReader.LooksLikeFeed(body))
        {
            return Page(source, answer, body);
        }

        var (items, failure) = FeedReader.ReadItems(source.Url, body, options);
        if (failure is not null)
        {
            return new PollOutcome(source, answer, failure.Error, [], [], Complete: false);
        }

        var seen = state.Seen(source.Id, [.. items.Select(static i => i.Key)]);
        var fresh = items.Where(i => !seen.Contains(i.Key)).DistinctBy(static i => i.Key, StringComparer.Ordinal).ToList();
        var handed = new List<(string, SourceDocument?)>();
        var failures = new List<IngestFailure>();
        var complete = true;
        foreach (var item in fresh)
        {
            if (!item.FullContent && item.Link is { } link && IngestInputs.IsUrl(link))
            {
                var page = await Get(link, null, null, cancellationToken).ConfigureAwait(false);
                var read = page.Body is { } bytes ? ArticleReader.Default.Read(link, bytes, options).First() : null;
                if (read?.Document is not { } article)
                {
                    // Left unseen: tried again at the next poll, which fetches the feed whole.
                    failures.Add(new IngestFailure(link, page.Error ?? read?.Error ?? "cannot read the page"));
                    complete = false;
                    continue;
                }

                handed.Add((item.Key, article with
                {
                    Url = link,
                    Title = article.Title ?? item.Result.Document?.Title,
                    Published = article.Published ?? item.Result.Document?.Published,
                }));
            }
            else if (item.Result.Document is { } document)
            {
                handed.Add((item.Key, document with { Source = item.Link ?? document.Source }));
            }
            else
            {
                failures.Add(new IngestFailure(item.Result.Source, item.Result.Error ?? "cannot read"));
                handed.Add((item.Key, null));
            }
        }

        return new PollOutcome(source, answer, null, handed, failures, complete);
    }

    /// <summary>A source that is a page, not a feed: the page is the article, a new version a new article.</summary>
    private PollOutcome Page(WatchSource source, FetchResult answer, byte[] body)
    {
        var read = ArticleReader.Default.Read(source.Url, body, options).First();
        if (read.Document is not { } article || string.IsNullOrWhiteSpace(article.Text))
        {
            return new PollOutcome(source, answer, read.Error ?? "no article text", [], [], Complete: false);
        }

        return new PollOutcome(source, answer, null, [("sha256:" + MarsadPipeline.ContentId(article.Text), article with { Url = source.Url })], [], Complete: true);
    }

    private Task<FetchResult> Get(string url, string? etag, string? lastModified, CancellationToken cancellationToken) =>
        gates.Run(url, () => fetcher.GetAsync(url, etag, lastModified, cancellationToken), cancellationToken);
}
