using System;
using System.Runtime.InteropServices;
using System.Text;
using PrivacyPrinciples.Cli;
using PrivacyPrinciples.Cli.Outputs;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// An interrupted run (Ctrl+C, a CI timeout's SIGTERM, a closed terminal's or dropped SSH session's
// SIGHUP, Ctrl+\'s SIGQUIT) leaves no temporary file behind; the signal then ends the process as it
// normally would.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => OutputFile.PendingFiles.DeleteAll());
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => OutputFile.PendingFiles.DeleteAll());
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => OutputFile.PendingFiles.DeleteAll());
using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, _ => OutputFile.PendingFiles.DeleteAll());
AppDomain.CurrentDomain.ProcessExit += (_, _) => OutputFile.PendingFiles.DeleteAll();

return CliApplication.Run(args, CliContext.FromConsole());
