namespace Marsad.Cli;

/// <summary>The exit codes of the <c>marsad</c> command, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A fault of Marsad's own; the message says what, and no stack trace is shown.</summary>
    public const int InternalError = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or malformed value.</summary>
    public const int Usage = 2;

    /// <summary>At least one input could not be read or decoded; the others were still analysed.</summary>
    public const int BadInput = 3;

    /// <summary><c>eval gold</c>: the analysis misses at least one expectation of the gold file.</summary>
    public const int ExpectationsNotMet = 4;
}
