using Marsad.Fuzz;
using SharpFuzz;

// marsad-fuzz TARGET          under afl-fuzz: the SharpFuzz fork server feeds inputs to the target
//                             (without afl-fuzz: runs the target once on standard input)
// marsad-fuzz TARGET FILE...  runs the target on each file and says which crash and why (replaying findings)
// marsad-fuzz --list          the targets and what each covers
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: marsad-fuzz TARGET [FILE...] | --list");
    return 2;
}

if (args[0] == "--list")
{
    foreach (var t in FuzzTargets.All)
    {
        Console.WriteLine($"{t.Name,-10} {t.Covers}");
    }

    return 0;
}

if (FuzzTargets.Named(args[0]) is not { } target)
{
    Console.Error.WriteLine($"marsad-fuzz: unknown target '{args[0]}'; --list shows them");
    return 2;
}

if (args.Length == 1)
{
    // Out of process: a stack overflow or a hang kills only the child, which SharpFuzz restarts.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        target.Run(memory.ToArray());
    });
    return 0;
}

// Instrumented assemblies (scripts/fuzz.sh) record coverage in SharpFuzz's trace map; outside afl-fuzz it must
// still point at memory, or replaying a finding with them ends in an access violation.
unsafe
{
    SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
}

var crashed = 0;
foreach (var file in args[1..])
{
    try
    {
        target.Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok     {file}");
    }
#pragma warning disable CA1031 // Replaying findings: every escaping exception is what we want to report.
    catch (Exception e)
#pragma warning restore CA1031
    {
        crashed++;
        Console.WriteLine($"CRASH  {file}: {e.GetType().FullName}: {e.Message}");
        Console.WriteLine(e.StackTrace);
    }
}

return crashed == 0 ? 0 : 1;
