using Marsad.Cli;

using var stdin = Console.OpenStandardInput();
using var stdout = Console.OpenStandardOutput();
return MarsadApp.Run(args, stdin, stdout, Console.Error);
