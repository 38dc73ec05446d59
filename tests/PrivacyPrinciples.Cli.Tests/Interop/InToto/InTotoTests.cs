using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Cli.Tests.Support;
using PrivacyPrinciples.Testing;

namespace PrivacyPrinciples.Cli.Tests.Interop.InToto;

/// <summary>
/// Issue 17: <c>evaluate --format in-toto</c> writes an in-toto Statement v1 about the attestation
/// file's bytes whose predicate says what the report says; a signed DSSE envelope verifies with an
/// independent implementation (tests/tools/dsse.js, on Node's OpenSSL) and the other way round;
/// anything tampered with, signed by another key or about other bytes is refused; and every input
/// the verb cannot use is one line and exit 2, never a stack trace.
/// </summary>
[Trait("Category", "Slow")]
public class InTotoTests
{
    private const string Date = "2026-11-01";

    private static readonly string StatementSchema = RepositoryPaths.Combine("tests", "tools", "in-toto", "statement-v1.schema.json");

    public static TheoryData<string> SampleAttestations => [.. EverySample()];

    [Fact]
    public void StatementOfEverySample_HasTheStatementV1Shape_AndItsPredicateMatchesTheDocumentedSchema()
    {
        using var folder = new TempFolder();
        var statements = new List<string>();
        var predicates = new List<string>();
        foreach (var (file, i) in EverySample().Select((f, i) => (f, i)))
        {
            var statement = Path.Combine(folder.Path, $"{i}.intoto.json");
            var result = CliRunner.Run("evaluate", file, "--date", Date, "--format", "in-toto", "--output", statement);
            result.ExitCode.Should().BeOneOf([0, 1], result.Error);
            statements.Add(statement);

            var predicate = Path.Combine(folder.Path, $"{i}.predicate.json");
            File.WriteAllText(predicate, JsonNode.Parse(File.ReadAllText(statement))!["predicate"]!.ToJsonString());
            predicates.Add(predicate);
        }

        statements.Should().HaveCount(11, "seven sample attestations, three third-party assessments and a second round");
        Valid(NodeTools.Ajv(StatementSchema, [.. statements]), statements.Count);
        Valid(NodeTools.Ajv(RepositoryPaths.Schema("attestation-evaluation"), [.. predicates]), predicates.Count);
    }

    [Fact]
    public void APredicateWithNothingInScope_HasNullScoreAndRating_AndMatchesTheDocumentedSchema()
    {
        using var folder = new TempFolder();
        var rules = HealthOnlyRules.Write(folder);
        var statement = Path.Combine(folder.Path, "s.intoto.json");

        CliRunner.Run("evaluate", Samples.Harbourlight, "--rule-set", rules, "--date", Date, "--format", "in-toto", "--output", statement).ExitCode.Should().Be(0);

        var predicate = JsonNode.Parse(File.ReadAllText(statement))!["predicate"]!.AsObject();
        foreach (var name in new[] { "score", "implementation", "assurance", "rating", "uncappedRating" })
        {
            predicate.ContainsKey(name).Should().BeTrue(name);
            predicate[name].Should().BeNull(name);
        }

        var path = Path.Combine(folder.Path, "predicate.json");
        File.WriteAllText(path, predicate.ToJsonString());
        Valid(NodeTools.Ajv(RepositoryPaths.Schema("attestation-evaluation"), path), 1);

        // Signed, it verifies, saying there is no score.
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Path.Combine(folder.Path, "signed.json");
        CliRunner.Run("evaluate", Samples.Harbourlight, "--rule-set", rules, "--date", Date, "--format", "in-toto", "--output", envelope, "--signing-key", key).ExitCode.Should().Be(0);
        var verify = CliRunner.Run("verify", envelope, "--key", publicKey);
        verify.ExitCode.Should().Be(0, verify.ToString());
        verify.Output.Should().Contain(": no score (nothing in scope), rating none, baseline gate passed; signed by ");
    }

    [Theory]
    [MemberData(nameof(SampleAttestations))]
    public void Statement_IsAboutTheFilesBytes_AndSaysWhatTheReportSays(string file)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.intoto.json");
        var reportPath = Path.Combine(folder.Path, "report.json");
        CliRunner.Run("evaluate", file, "--date", Date, "--output", "in-toto=" + path, "--output", reportPath).ExitCode.Should().BeOneOf(0, 1);
        using var statement = JsonDocument.Parse(File.ReadAllBytes(path));
        using var report = JsonDocument.Parse(File.ReadAllBytes(reportPath));
        var root = statement.RootElement;
        var json = report.RootElement;

        root.GetProperty("_type").GetString().Should().Be("https://in-toto.io/Statement/v1");
        root.GetProperty("predicateType").GetString().Should().Be("urn:privacy-principles:attestation-evaluation:v1");
        var subject = root.GetProperty("subject").EnumerateArray().Should().ContainSingle().Subject;
        subject.GetProperty("name").GetString().Should().Be(file);
        subject.GetProperty("digest").GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));

        var predicate = root.GetProperty("predicate");
        var ruleSet = json.GetProperty("ruleSet");
        predicate.GetProperty("ruleSet").GetProperty("id").GetString().Should().Be(ruleSet.GetProperty("id").GetString());
        predicate.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be(ruleSet.GetProperty("version").GetString());
        ("sha256:" + predicate.GetProperty("ruleSet").GetProperty("digest").GetProperty("sha256").GetString()).Should().Be(ruleSet.GetProperty("digest").GetString());
        predicate.GetProperty("evaluatedOn").GetString().Should().Be(Date);
        predicate.GetProperty("score").GetDouble().Should().Be(json.GetProperty("score").GetDouble());
        predicate.GetProperty("rating").GetString().Should().Be(json.GetProperty("rating").GetString());
        var gaps = json.GetProperty("baselineGaps").EnumerateArray().Select(g => g.GetProperty("expectationId").GetString()).ToList();
        predicate.GetProperty("baselineGate").GetProperty("gaps").EnumerateArray().Select(g => g.GetString()).Should().Equal(gaps);
        predicate.GetProperty("counts").GetProperty("baselineGaps").GetInt32().Should().Be(gaps.Count);
        var expectations = json.GetProperty("principles").EnumerateArray().SelectMany(p => p.GetProperty("expectations").EnumerateArray()).ToList();
        predicate.GetProperty("counts").GetProperty("met").GetInt32().Should().Be(expectations.Count(e => e.GetProperty("outcome").GetString() == "met"));
        predicate.GetProperty("counts").GetProperty("notMet").GetInt32().Should().Be(expectations.Count(e => e.GetProperty("outcome").GetString() == "notMet"));
    }

    [Fact]
    public void Statement_JudgedByTheVersionTheAttestationAnswers_NamesThatVersion()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "s.json");
        CliRunner.Run("evaluate", Samples.Copperfield, "--rule-set", "vtc-joint-statement-2020@1.0.0", "--date", Date, "--format", "in-toto", "--output", path).ExitCode.Should().BeOneOf(0, 1);
        using var statement = JsonDocument.Parse(File.ReadAllBytes(path));

        statement.RootElement.GetProperty("predicate").GetProperty("ruleSet").GetProperty("version").GetString().Should().Be("1.0.0");
    }

    [Fact]
    public void Statement_IsTheSameBytesOnEveryRun_AndASignedEnvelopeCarriesThoseBytes()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out _);
        var first = Statement(folder, "first.json");
        var second = Statement(folder, "second.json");
        var envelope = Statement(folder, "signed.json", "--signing-key", key);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        using var signed = JsonDocument.Parse(File.ReadAllBytes(envelope));
        var payload = Convert.FromBase64String(signed.RootElement.GetProperty("payload").GetString()!);
        JsonNode.DeepEquals(JsonNode.Parse(payload), JsonNode.Parse(File.ReadAllBytes(first))).Should().BeTrue("the envelope signs the same statement");
        signed.RootElement.GetProperty("payloadType").GetString().Should().Be("application/vnd.in-toto+json");
    }

    [Fact]
    public void ToolSigns_NodeVerifies_AndTheToolVerifiesItsOwnEnvelope()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.intoto.json", "--signing-key", key);

        var node = NodeTools.Node("dsse.js", "verify", envelope, publicKey);
        node.ExitCode.Should().Be(0, node.ToString());
        node.Output.Trim().Should().Be("verified");

        var verify = CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", Samples.Copperfield);
        verify.ExitCode.Should().Be(0, verify.Error);
        verify.Output.Should().StartWith($"verified: {Samples.Copperfield} (sha256:{Sha256(Samples.Copperfield)}) evaluated against vtc-joint-statement-2020 ");
        verify.Output.Should().Contain(" on 2026-11-01: score ");
        verify.Error.Should().BeEmpty();
    }

    [Fact]
    public void KeysSavedWithAByteOrderMark_SignAndVerify()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        foreach (var path in new[] { key, publicKey })
        {
            File.WriteAllText(path, File.ReadAllText(path), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            File.ReadAllBytes(path)[0].Should().Be(0xEF);
        }

        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var verify = CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", Samples.Copperfield);

        verify.ExitCode.Should().Be(0, verify.Error);
        verify.Output.Should().StartWith("verified: ");
    }

    [Fact]
    public void NodeSigns_TheToolVerifies()
    {
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);
        var statement = Statement(folder, "statement.json");

        var sign = NodeTools.Node("dsse.js", "sign", statement, "application/vnd.in-toto+json", Path.Combine(folder.Path, "key.pem"));
        sign.ExitCode.Should().Be(0, sign.ToString());
        var envelope = folder.Write("node.intoto.json", sign.Output);

        var verify = CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", Samples.Copperfield);
        verify.ExitCode.Should().Be(0, verify.Error);
        verify.Output.Should().StartWith("verified: ");
    }

    // Whoever holds the key can sign anything: a predicate its type's schema refuses is not verified.
    [Theory]
    [InlineData("\"score\":", "1e308", "/predicate/score", "expected a number at most 100 but found 1E+308")]
    [InlineData("\"score\":", "-1", "/predicate/score", "expected a number at least 0 but found -1")]
    [InlineData("\"rating\":", "\"superb\"", "/predicate/rating", "superb")]
    [InlineData("\"evaluatedOn\":", "\"soon\"", "/predicate/evaluatedOn", "soon")]
    public void SignedPredicateItsSchemaRefuses_IsNotVerified_NamingWhere(string name, string value, string pointer, string expected)
    {
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);
        var text = File.ReadAllText(Statement(folder, "statement.json"));
        var at = text.IndexOf(name, text.IndexOf("\"predicate\"", StringComparison.Ordinal), StringComparison.Ordinal) + name.Length;
        var end = at + 1;
        while (text[end] is not (',' or '\n' or '}'))
        {
            end++;
        }

        var statement = folder.Write("changed.json", text[..at] + " " + value + text[end..]);
        var sign = NodeTools.Node("dsse.js", "sign", statement, "application/vnd.in-toto+json", Path.Combine(folder.Path, "key.pem"));
        sign.ExitCode.Should().Be(0, sign.ToString());
        var envelope = folder.Write("node.intoto.json", sign.Output);

        var result = CliRunner.Run("verify", envelope, "--key", publicKey);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("not verified: the statement's predicate is not what its type allows: ").And.Contain(expected).And.Contain($"(at {pointer}, line ");
    }

    [Fact]
    public void SignedPredicateWithAFieldItsTypeDoesNotDefine_Verifies_AsConsumersIgnoreUnknownFields()
    {
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);
        var text = File.ReadAllText(Statement(folder, "statement.json"));
        var at = text.IndexOf("\"predicate\"", StringComparison.Ordinal);
        at = text.IndexOf('{', at) + 1;
        var statement = folder.Write("newer.json", text[..at] + "\"addedLater\": {\"anything\": 1}," + text[at..]);
        var sign = NodeTools.Node("dsse.js", "sign", statement, "application/vnd.in-toto+json", Path.Combine(folder.Path, "key.pem"));
        var envelope = folder.Write("node.intoto.json", sign.Output);

        var result = CliRunner.Run("verify", envelope, "--key", publicKey);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().StartWith("verified: ");
    }

    [Fact]
    public void TamperedPayload_IsRejectedByBothVerifiers_WithExit1AndOneLine()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var node = JsonNode.Parse(File.ReadAllText(envelope))!;
        var statement = JsonNode.Parse(Convert.FromBase64String(node["payload"]!.GetValue<string>()))!;
        statement["predicate"]!["score"] = 99.5;
        statement["predicate"]!["rating"] = "exemplary";
        node["payload"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(statement.ToJsonString()));
        var tampered = folder.Write("tampered.json", node.ToJsonString());

        var result = CliRunner.Run("verify", tampered, "--key", publicKey);

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().MatchRegex("^privacy-principles: .*tampered\\.json: not verified: no signature in the envelope verifies with the key SHA256:[A-Za-z0-9+/]{43} \\(1 signature checked\\)\n$");
        NodeTools.Node("dsse.js", "verify", tampered, publicKey).ExitCode.Should().Be(1, "the independent verifier must refuse it too");
    }

    [Fact]
    public void AnEnvelopeWithANameTwice_IsRefused_AlthoughItsLastPayloadVerifies()
    {
        // A reader that keeps the first "payload" would see the forged statement; one that keeps
        // the last, the signed one. An envelope two readers see differently is not one envelope.
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var genuine = File.ReadAllText(envelope);
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"_type\":\"https://in-toto.io/Statement/v1\",\"predicate\":{\"score\":100}}"));
        var twice = folder.Write("twice.json", "{\"p\\u0061yload\":\"" + forged + "\"," + genuine.TrimStart()[1..]);

        var result = CliRunner.Run("verify", twice, "--key", publicKey);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("privacy-principles: ").And.EndWith("twice.json: it has the name 'payload' twice in one object (at /payload); expected each name once, since a reader that keeps the first and one that keeps the last would see different envelopes\n");
    }

    [Theory]
    [InlineData("{\"payloadType\":\"\\uD800\",\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"AA==\"}]}", "lone.json:1:16: the text is not valid UTF-8, or escapes half of a surrogate pair (\\uD800 to \\uDFFF alone); expected UTF-8 text (at /payloadType)\n")]
    [InlineData("{\"payloadType\":\"t\",\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"\\uDC00\"}]}", "lone.json:1:58: the text is not valid UTF-8, or escapes half of a surrogate pair (\\uD800 to \\uDFFF alone); expected UTF-8 text (at /signatures/0/sig)\n")]
    [InlineData("{\"\\uD800\":1,\"payloadType\":\"t\",\"payload\":\"e30=\",\"signatures\":[{\"sig\":\"AA==\"}]}", "lone.json:1:2: the text is not valid UTF-8, or escapes half of a surrogate pair (\\uD800 to \\uDFFF alone); expected UTF-8 text (at the document root)\n")]
    public void AnEnvelopeEscapingHalfASurrogatePair_IsAnInputError_NotAnInternalError(string text, string expected)
    {
        // System.Text.Json parses "\uD800" but cannot make a string of it: this was exit 3.
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);

        var result = CliRunner.Run("verify", folder.Write("lone.json", text), "--key", publicKey);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("privacy-principles: ").And.EndWith(expected);
    }

    [Fact]
    public void AnEnvelopeWithAByteOrderMark_Verifies_AsEveryOtherInputIsRead()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var marked = Path.Combine(folder.Path, "marked.json");
        File.WriteAllBytes(marked, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(envelope)]);

        var result = CliRunner.Run("verify", marked, "--key", publicKey);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().StartWith("verified: ");
    }

    [Fact]
    public void SignatureOfAnotherKey_IsRejected()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out _);
        PrivateKey(folder, "other.pem", out var otherPublic);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);

        var result = CliRunner.Run("verify", envelope, "--key", otherPublic);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("not verified: no signature in the envelope verifies with the key");
    }

    [Fact]
    public void EnvelopeAboutOtherBytes_IsRejected_NamingBothDigests()
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var changed = folder.Write("attestation.json", File.ReadAllText(Samples.Copperfield) + "\n");

        var result = CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", changed);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"not verified: the attestation's SHA-256 is {Sha256(changed)}, but the statement is about {Samples.Copperfield} (sha256:{Sha256(Samples.Copperfield)}): it was made for other bytes");
    }

    // A digest that is not what its algorithm gives names no bytes: without --attestation it was
    // reported as verified ("sha256:ZZ"), and with it only as "made for other bytes".
    [Theory]
    [InlineData("/subject/0/digest/sha256", "\"ZZ\"", false, "sha256 digest 'ZZ' (2 characters) is malformed; expected 64 lower-case hexadecimal characters (0-9, a-f)")]
    [InlineData("/subject/0/digest/sha256", "\"ZZ\"", true, "sha256 digest 'ZZ' (2 characters) is malformed; expected 64 lower-case hexadecimal characters (0-9, a-f)")]
    [InlineData("/subject/0/digest/sha256", "\"272aa3e9bed8e05c1abef3a047786a6c74cab2ef657ab6e7198c6d20888dbab\"", false, "(63 characters) is malformed; expected 64 lower-case")]
    [InlineData("/subject/0/digest/sha256", "\"272AA3E9BED8E05C1ABEF3A047786A6C74CAB2EF657AB6E7198C6D20888DBAB6\"", false, "(64 characters) is malformed; expected 64 lower-case")]
    [InlineData("/subject/0/digest/sha512", "\"abcd\"", false, "sha512 digest 'abcd' (4 characters) is malformed; expected 128 lower-case")]
    [InlineData("/subject/0/digest/gitCommit", "42", false, "gitCommit digest is a number; expected a string of 40 or 64 lower-case")]
    [InlineData("/subject/0/digest/sha256", null, false, "digest set is empty; expected at least one algorithm with its digest, such as \"sha256\"")]
    [InlineData("/predicate/ruleSet/digest/sha256", "\"not-hex\"", false, "sha256 digest 'not-hex' (7 characters) is malformed; expected 64 lower-case")]
    public void SignedStatementWithAMalformedDigest_IsNeverVerified_NamingWhereAndWhatWasExpected(string pointer, string? value, bool givenAttestation, string expected)
    {
        using var folder = new TempFolder();
        var statement = JsonNode.Parse(File.ReadAllText(Statement(folder, "statement.json")))!;
        var parts = pointer.Split('/')[1..];
        var set = parts[..^1].Aggregate(statement, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!).AsObject();
        if (value is null)
        {
            set.Clear();
        }
        else
        {
            set.Remove("sha256");
            set[parts[^1]] = JsonNode.Parse(value);
        }

        var payload = Encoding.UTF8.GetBytes(statement.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var envelope = folder.Write("signed.intoto.json", PrivacyPrinciples.Cli.Interop.InToto.Dsse.Sign(payload, "application/vnd.in-toto+json", key));
        var publicKey = Pem(folder, "key.pub.pem", key.ExportSubjectPublicKeyInfoPem());
        var at = value is null ? pointer[..pointer.LastIndexOf('/')] : pointer;
        var line = Encoding.UTF8.GetString(payload).Split('\n').Select((text, i) => (text, i)).First(l => value is null ? l.text.Contains("\"digest\": {}", StringComparison.Ordinal) : l.text.Contains($"\"{parts[^1]}\": {value}", StringComparison.Ordinal)).i + 1;

        var result = givenAttestation
            ? CliRunner.Run("verify", envelope, "--key", publicKey, "--attestation", Samples.Copperfield)
            : CliRunner.Run("verify", envelope, "--key", publicKey);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"privacy-principles: {envelope}: not verified: the statement's ")
            .And.Contain(expected)
            .And.MatchRegex($"\\(at {System.Text.RegularExpressions.Regex.Escape(at)}, line {line}, column [0-9]+ of the signed payload\\)\n$");
    }

    [Fact]
    public void SignedPayloadThatIsNotOurStatement_IsRejected()
    {
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);
        var payload = folder.Write("payload.json", "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"a\",\"digest\":{\"sha256\":\"00\"}}],\"predicateType\":\"https://slsa.dev/provenance/v1\",\"predicate\":{}}");
        var sign = NodeTools.Node("dsse.js", "sign", payload, "application/vnd.in-toto+json", Path.Combine(folder.Path, "key.pem"));
        var envelope = folder.Write("slsa.json", sign.Output);

        var result = CliRunner.Run("verify", envelope, "--key", publicKey);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("not verified: the statement's predicate type is 'https://slsa.dev/provenance/v1'; expected 'urn:privacy-principles:attestation-evaluation:v1'");
    }

    [Theory]
    [InlineData("not-json", "not-json.json:1:1: not valid JSON: ")]
    [InlineData("second-line", "second-line.json:2:3: not valid JSON: ")]
    [InlineData("not-envelope", "not-envelope.json: it is not a DSSE envelope; expected {\"payloadType\", \"payload\", \"signatures\": [{\"keyid\", \"sig\"}]}")]
    [InlineData("bad-base64", "bad-base64.json: its payload is not Base64")]
    [InlineData("missing-envelope", "missing-envelope.json: error input-unreadable: the input could not be read: the file does not exist")]
    [InlineData("missing-key", "--key 'missing.pem': the input could not be read: the file does not exist")]
    [InlineData("garbage-key", "garbage.pem': it holds no PEM block; expected an ECDSA P-256 public key in PEM")]
    [InlineData("private-key", "key.pem': it is a private key, and verifying needs only the public key")]
    [InlineData("rsa-key", "rsa.pem': it is an RSA key; expected an ECDSA P-256 public key in PEM")]
    [InlineData("p384-key", "p384.pem': it is an ECDSA key on ")]
    [InlineData("missing-attestation", "--attestation ")]
    [InlineData("huge-key", "--key '/dev/zero': the file is more than 65,536 bytes; expected a PEM public key of at most 65,536 bytes (the limit on a key file; a P-256 key in PEM is a few hundred bytes)")]
    [InlineData("huge-envelope", "/dev/zero: error limit-size: the file is more than 1,048,576 bytes; expected a DSSE envelope of at most 1,048,576 bytes (the limit on an envelope; a signed statement is a few kilobytes)")]
    [InlineData("huge-attestation", "--attestation /dev/zero: error limit-size: the file is more than 16,777,216 bytes; expected an attestation file of at most 16,777,216 bytes (the limit on a file verify hashes, that of a report)")]
    public void Verify_InputItCannotUse_IsOneLineNamingIt_AndExit2(string kind, string expected)
    {
        using var folder = new TempFolder();
        var key = PrivateKey(folder, "key.pem", out var publicKey);
        var envelope = Statement(folder, "signed.json", "--signing-key", key);
        var arguments = kind switch
        {
            "not-json" => [folder.Write("not-json.json", "signed, honestly"), "--key", publicKey],
            "second-line" => [folder.Write("second-line.json", "{\"payloadType\":\n  x}"), "--key", publicKey],
            "not-envelope" => [folder.Write("not-envelope.json", "{\"payloadType\":\"application/vnd.in-toto+json\"}"), "--key", publicKey],
            "bad-base64" => [folder.Write("bad-base64.json", "{\"payloadType\":\"t\",\"payload\":\"***\",\"signatures\":[{\"keyid\":\"\",\"sig\":\"AA==\"}]}"), "--key", publicKey],
            "missing-envelope" => [Path.Combine(folder.Path, "missing-envelope.json"), "--key", publicKey],
            "missing-key" => [envelope, "--key", "missing.pem"],
            "garbage-key" => [envelope, "--key", folder.Write("garbage.pem", "not a key at all")],
            "private-key" => [envelope, "--key", key],
            "rsa-key" => [envelope, "--key", Pem(folder, "rsa.pem", RSA.Create(2048).ExportSubjectPublicKeyInfoPem())],
            "p384-key" => [envelope, "--key", Pem(folder, "p384.pem", ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportSubjectPublicKeyInfoPem())],
            "missing-attestation" => new[] { envelope, "--key", publicKey, "--attestation", Path.Combine(folder.Path, "gone.json") },
            // Each had the document limit's name (ReaderOptions.MaxDocumentBytes), which is not the limit they are read by.
            "huge-key" => [envelope, "--key", "/dev/zero"],
            "huge-envelope" => ["/dev/zero", "--key", publicKey],
            "huge-attestation" => [envelope, "--key", publicKey, "--attestation", "/dev/zero"],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var result = CliRunner.Run(["verify", .. arguments]);

        result.ExitCode.Should().Be(2, result.Error);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("privacy-principles: ").And.Contain(expected).And.EndWith("\n");
        result.Error.TrimEnd('\n').Should().NotContain("\n", "one line");
        result.Error.Should().NotContain("   at ", "never a stack trace");
        result.Error.Should().NotContain("Exception");
    }

    [Theory]
    [InlineData("garbage", "it holds no PEM block; expected an unencrypted ECDSA P-256 private key in PEM")]
    [InlineData("public", "it is a public key, and signing needs the private key")]
    [InlineData("encrypted", "it is an encrypted private key")]
    [InlineData("missing", "the file does not exist")]
    [InlineData("/dev/zero", "--signing-key '/dev/zero': the file is more than 65,536 bytes; expected a PEM private key of at most 65,536 bytes (the limit on a key file; a P-256 key in PEM is a few hundred bytes)\n")]
    [InlineData("huge", "huge.pem': the file is 200,000 bytes; expected a PEM private key of at most 65,536 bytes (the limit on a key file; a P-256 key in PEM is a few hundred bytes)\n")]
    public void SigningKeyItCannotUse_IsOneLineAndExit2_AndNothingIsWritten(string kind, string expected)
    {
        using var folder = new TempFolder();
        PrivateKey(folder, "key.pem", out var publicKey);
        var signingKey = kind switch
        {
            "garbage" => folder.Write("bad.pem", "-----BEGIN NOTHING-----"),
            "public" => publicKey,
            "encrypted" => Pem(folder, "enc.pem", ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportEncryptedPkcs8PrivateKeyPem("secret", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000))),
            // Both were told the document limit's name (ReaderOptions.MaxDocumentBytes) rather than the key's own.
            "/dev/zero" => "/dev/zero",
            "huge" => folder.Write("huge.pem", new string('A', 200_000)),
            _ => Path.Combine(folder.Path, "missing.pem"),
        };
        var output = Path.Combine(folder.Path, "out.json");

        var result = CliRunner.Run("evaluate", Samples.Copperfield, "--format", "in-toto", "--output", output, "--signing-key", signingKey);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("privacy-principles: ").And.Contain(expected);
        result.Error.TrimEnd('\n').Should().NotContain("\n");
        result.Error.Should().NotContain("   at ");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData(new[] { "--format", "json", "--signing-key", "key.pem" }, "--signing-key signs the in-toto statement; add --output in-toto=FILE")]
    [InlineData(new[] { "--format", "in-toto", "--output", "-", "samples-folder" }, "--format in-toto makes a statement about one attestation file")]
    public void InTotoCommandLineItCannotUse_IsOneLineAndExit2(string[] arguments, string expected)
    {
        var args = arguments.Select(a => a == "samples-folder" ? RepositoryPaths.Samples : a).ToArray();
        var inputs = args.Contains(RepositoryPaths.Samples) ? Array.Empty<string>() : [Samples.Copperfield];

        var result = CliRunner.Run(["evaluate", .. inputs, .. args]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(expected);
    }

    private static IEnumerable<string> EverySample() =>
        Directory.GetFiles(RepositoryPaths.Samples, "*.json").Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("samples", "assessments"), "*.json").Order(StringComparer.Ordinal))
            .Append(Samples.CopperfieldRound2);

    private static string Statement(TempFolder folder, string name, params string[] extra)
    {
        var path = Path.Combine(folder.Path, name);
        var result = CliRunner.Run(["evaluate", Samples.Copperfield, "--date", Date, "--format", "in-toto", "--output", path, .. extra]);
        result.ExitCode.Should().BeOneOf([0, 1], result.Error);
        return path;
    }

    // A fresh P-256 key pair: the private key as PKCS#8 PEM (as openssl genpkey writes it), the public one as SubjectPublicKeyInfo.
    private static string PrivateKey(TempFolder folder, string name, out string publicKeyPath)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        publicKeyPath = Pem(folder, Path.GetFileNameWithoutExtension(name) + ".pub.pem", key.ExportSubjectPublicKeyInfoPem());
        return Pem(folder, name, key.ExportPkcs8PrivateKeyPem());
    }

    private static string Pem(TempFolder folder, string name, string pem) => folder.Write(name, pem + "\n");

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void Valid(ProcessRunner.Result ajv, int documents)
    {
        ajv.ExitCode.Should().Be(0, ajv.ToString());
        NodeTools.Lines(ajv).Count(l => l.EndsWith(" valid", StringComparison.Ordinal)).Should().Be(documents, "ajv names every document valid:\n{0}", ajv);
    }
}
