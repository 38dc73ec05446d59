using System;
using System.Text;
using PrivacyPrinciples.Cli;
using PrivacyPrinciples.Cli.Outputs;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// An interrupted run (Ctrl+C, a CI timeout's SIGTERM, a closed terminal's or dropped SSH session's
// SIGHUP, Ctrl+\'s SIGQUIT, and every other signal whose default is to end the process: a
// timer's SIGALRM, SIGUSR1 sent by mistake, a CPU time limit's SIGXCPU) leaves no temporary file
// behind; the signal then ends the process as it normally would.
using var stops = StopSignals.Register(OutputFile.PendingFiles.DeleteAll);
AppDomain.CurrentDomain.ProcessExit += (_, _) => OutputFile.PendingFiles.DeleteAll();

return CliApplication.Run(args, CliContext.FromConsole());
