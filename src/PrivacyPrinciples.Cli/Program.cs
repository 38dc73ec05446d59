using System;
using System.Text;
using PrivacyPrinciples.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApplication.Run(args, CliContext.FromConsole());
