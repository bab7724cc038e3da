namespace Marsad.Cli;

/// <summary>A command line that cannot be run; the message says why and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
