using System;
using System.IO;

namespace PrivacyPrinciples.Cli.Inputs;

/// <summary>One document to read: a file, or standard input.</summary>
internal sealed record InputDocument(string Name, Func<Stream>? OpenStandardInput)
{
    public const string StandardInputName = "<stdin>";

    public bool IsStandardInput => OpenStandardInput is not null;

    public static InputDocument File(string path) => new(path, null);

    public static InputDocument StandardInput(Func<Stream> open) => new(StandardInputName, open);
}
