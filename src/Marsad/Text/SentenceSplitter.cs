using System.Collections.Immutable;
using Marsad.Model;

namespace Marsad.Text;

public static class SentenceSplitter
{
    public static ImmutableArray<TextSpan> Split(string text) => throw new NotImplementedException("stub: implemented on the text branch");
}
