using Marsad.Model;
using static Marsad.Tests.Support.ArgumentAnalysis;

namespace Marsad.Tests.Events;

/// <summary>
/// Issue 18 through the real pipeline: a participle of circumstance after a comma (مطالبة، داعيا) shares the main
/// clause's subject, and the side right after it is whom it calls on (<c>Circumstantials</c>). Sentences written
/// for these tests; published on Thursday 2025-11-06.
/// </summary>
public sealed class EventCircumstantialTests
{
    [Fact]
    public void A_participle_after_a_reaction_is_the_reacting_sides_call_on_the_side_after_it()
    {
        var analysis = Analyze("وأدانت الحكومة الأردنية الهجوم على القافلة، مطالبة مجلس الأمن بالتحرك الفوري لحماية المدنيين.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["JOR"], call.Actor.Select(id => Country(analysis, id)).ToArray());
        Assert.Contains("org/un-security-council", call.Recipient);
    }

    [Fact]
    public void A_participle_after_a_speech_verb_is_the_speakers_call()
    {
        var analysis = Analyze("وقالت منظمة الصحة العالمية إن المستشفيات تعمل فوق طاقتها، مطالبة إسرائيل بالسماح بدخول الوقود.");
        var call = Assert.Single(Of(analysis, PloverType.Request));
        Assert.Equal(["org/who"], call.Actor.ToArray());
        Assert.Equal(["ISR"], call.Recipient.Select(id => Country(analysis, id)).ToArray());
    }
}
