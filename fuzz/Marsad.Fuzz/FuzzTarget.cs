namespace Marsad.Fuzz;

/// <summary>
/// One fuzz target: a name for the command line, the code it drives, and the exception types that code
/// may throw by design. Anything else that escapes, and every <see cref="InvariantBrokenException"/>, is a crash.
/// </summary>
internal sealed record FuzzTarget(string Name, string Covers, Action<byte[]> Body, IReadOnlyList<Type> Expected)
{
    /// <summary>Runs the body on one input; an expected exception is a normal outcome, anything else escapes.</summary>
    public void Run(byte[] input)
    {
        try
        {
            Body(input);
        }
        catch (Exception e) when (Expected.Contains(e.GetType()))
        {
            // Declared behaviour for hostile input, not a crash.
        }
    }
}
