namespace Marsad.Fuzz;

/// <summary>A fuzz target found its code's output breaking a promise the code makes (an offset out of range, a lost line).</summary>
internal sealed class InvariantBrokenException : Exception
{
    public InvariantBrokenException()
    {
    }

    public InvariantBrokenException(string message)
        : base(message)
    {
    }

    public InvariantBrokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Checks that throw <see cref="InvariantBrokenException"/>, which afl-fuzz records as a crash.</summary>
internal static class Invariant
{
    public static void That(bool holds, string promise)
    {
        if (!holds)
        {
            throw new InvariantBrokenException(promise);
        }
    }
}
