using System;
using System.CommandLine;
using System.Security.Cryptography;
using PrivacyPrinciples.Cli.Inputs;
using PrivacyPrinciples.Cli.Interop.InToto;

namespace PrivacyPrinciples.Cli.Commands;

/// <summary><c>verify</c>: checks a signed in-toto statement (a DSSE envelope) against a public key, and optionally against the attestation file it is about.</summary>
internal static class VerifyCommand
{
    /// <summary>The most bytes an envelope may have; a statement is a few kilobytes.</summary>
    public const int MaxEnvelopeBytes = 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var envelope = new Argument<string>("envelope") { Description = "The DSSE envelope 'evaluate --format in-toto --signing-key' wrote, or - for standard input." };
        var key = new Option<string>("--key")
        {
            Description = "The signer's ECDSA P-256 public key, as a PEM file ('BEGIN PUBLIC KEY').",
            HelpName = "file",
            Required = true,
        };
        var attestation = new Option<string?>("--attestation")
        {
            Description = "The attestation file the statement should be about: its SHA-256 must be a subject's digest.",
            HelpName = "file",
        };

        var command = new Command("verify", "Verify a signed in-toto statement of an evaluation: the DSSE signature verifies with the public key, the payload is an in-toto Statement v1 of predicate type " + InTotoStatement.PredicateType + ", and (with --attestation) it is about exactly that file's bytes.\n\n"
            + "Examples:\n"
            + "  privacy-principles verify privacy.intoto.json --key signing.pub.pem\n"
            + "  privacy-principles verify privacy.intoto.json --key signing.pub.pem --attestation privacy/attestation.json\n\n"
            + "Exit codes:\n"
            + "    0  verified\n"
            + "    1  not verified: no signature verifies with the key, the payload is not such a statement, or it is about other bytes\n"
            + "    2  an input is unreadable or not what it should be (not an envelope, not an ECDSA P-256 public key), or a wrong command line\n"
            + "    3  internal error (a bug in the tool)\n"
            + "  141  standard output's reader stopped reading (| head): the run stopped quietly, as on SIGPIPE")
        {
            envelope,
            key,
            attestation,
        };

        command.SetAction(parse => Run(parse.GetValue(envelope)!, parse.GetValue(key)!, parse.GetValue(attestation), context));
        return command;
    }

    private static int Run(string envelopePath, string keyPath, string? attestationPath, CliContext context)
    {
        var (publicKey, keyProblem) = EcdsaKeys.ReadPublic(keyPath);
        if (publicKey is null)
        {
            context.Error.WriteLine($"{CliApplication.Name}: --key '{DisplayText.Clean(keyPath)}': {keyProblem}");
            return ExitCodes.InvalidInput;
        }

        using (publicKey)
        {
            string? attestationSha256 = null;
            if (attestationPath is not null)
            {
                var (attestationBytes, attestationError) = InputReader.ReadAll(Document(attestationPath, context), DocumentKinds.MaxBytes, "an attestation file", "the limit on a file verify hashes, that of a report");
                if (attestationBytes is null)
                {
                    context.Error.WriteLine($"{CliApplication.Name}: --attestation {attestationError}");
                    return ExitCodes.InvalidInput;
                }

                attestationSha256 = Convert.ToHexStringLower(SHA256.HashData(attestationBytes));
            }

            var document = Document(envelopePath, context);
            var (bytes, error) = InputReader.ReadAll(document, MaxEnvelopeBytes, "a DSSE envelope", "the limit on an envelope; a signed statement is a few kilobytes");
            if (bytes is null)
            {
                context.Error.WriteLine($"{CliApplication.Name}: {error}");
                return ExitCodes.InvalidInput;
            }

            var verdict = EnvelopeVerifier.Verify(bytes, publicKey, attestationSha256);
            if (verdict.Verified)
            {
                context.Out.WriteLine(verdict.Message);
                return ExitCodes.Success;
            }

            var where = verdict.Position is null ? DisplayText.Clean(document.Name) : DisplayText.Clean(document.Name) + ":" + verdict.Position;
            context.Error.WriteLine($"{CliApplication.Name}: {where}: {(verdict.InvalidInput ? string.Empty : "not verified: ")}{verdict.Message}");
            return verdict.InvalidInput ? ExitCodes.InvalidInput : ExitCodes.GateFailed;
        }
    }

    private static InputDocument Document(string path, CliContext context) =>
        path == "-" ? InputDocument.StandardInput(context.OpenStandardInput, ndjson: false) : InputDocument.File(path);
}
