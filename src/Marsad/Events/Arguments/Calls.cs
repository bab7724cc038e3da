using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Events.Arguments;

/// <summary>
/// The direction of a call (issue 18, kind 7): a call or message received from someone (تلقى الوزير اتصالا
/// هاتفيا من نظيره، اتصال هاتفي تلقاه الأمير من الرئيس) was made by the one it came from, so he is the
/// actor and the one who received it the recipient, as CAMEO codes the side that makes the contact. Words:
/// data/rules/event-arguments.tsv, kinds receive and source.
/// </summary>
internal static class Calls
{
    /// <summary>How far after the trigger the receiving verb may stand (اتصال هاتفي تلقاه).</summary>
    private const int ReceiveAfter = 2;

    /// <summary>How far before the trigger: the receiver's name, titles and a time between commas (تلقى الوزير فلان، السبت، اتصالا).</summary>
    private const int ReceiveBefore = 14;

    /// <summary>How many tokens between the receiving verb and من: the receiver's name and titles, a time.</summary>
    private const int SourceWindow = 16;

    public static ImmutableArray<EventRecord> Apply(EventDocument doc, ImmutableArray<EventRecord> events) =>
        EventEdits.Each(doc, events, e =>
        {
            if (e.Event != PloverType.Consult || Direction(doc, e) is not { } call)
            {
                return e;
            }

            var receiver = call.Receiver ?? e.Actor.FirstOrDefault(id => id != call.Caller);
            return e with { Actor = [call.Caller], Recipient = receiver is null || receiver == call.Caller ? [] : [receiver] };
        });

    /// <summary>The caller (after من) and the receiver (right after the receiving verb) of a call event, or null when it was not received from anyone named.</summary>
    private static (string Caller, string? Receiver)? Direction(EventDocument doc, EventRecord e)
    {
        var (a, b) = doc.Sentence(e.Sentence);
        var (first, end) = doc.TokensOf(e.Trigger.Span);
        if (first < 0)
        {
            return null;
        }

        // The nearest receiving verb: after the trigger first (اتصال تلقاه), then back through the receiver's name.
        for (var r = Math.Min(b - 1, end + ReceiveAfter - 1); r >= Math.Max(a, first - ReceiveBefore); r--)
        {
            if (!Tokens.Is(doc, r, ArgumentCue.Receive))
            {
                continue;
            }

            var receiver = Tokens.MentionWithin(doc, r + 1, 3, b);
            for (var s = Math.Max(r + 1, end); s < Math.Min(b, r + SourceWindow); s++)
            {
                if (Tokens.Is(doc, s, ArgumentCue.Source) && doc.Word(s).Length <= 3 && Tokens.MentionWithin(doc, s + 1, 3, b) is { } caller
                    && caller.Mention.Entity.Id != receiver?.Mention.Entity.Id)
                {
                    return (caller.Mention.Entity.Id, receiver?.Mention.Entity.Id);
                }
            }

            return null;
        }

        return null;
    }
}
