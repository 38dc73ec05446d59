using System.IO;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Serialization;

public class AttestationReaderTests
{
    private const string Valid = """
        {
          "schemaVersion": "2.0",
          "vendor": { "id": "example-vendor", "name": "Example Vendor" },
          "service": { "name": "Example Meet" },
          "attestedOn": "2026-10-01",
          "audiences": { "consumers": false, "business": false, "education": false, "health": true, "children": false, "government": false },
          "facts": { "encryption": { "endToEnd": "default" } },
          "evidence": [
            { "id": "pt-2026", "kind": "penetrationTest", "reference": "PT-2026", "issued": "2026-03-01", "expires": "2027-03-01", "independent": true }
          ],
          "answers": {
            "SEC-01": {
              "status": "implemented",
              "statement": "TLS 1.3 on every channel.",
              "evidence": [ { "ref": "pt-2026", "shows": "validate" } ]
            }
          }
        }
        """;

    private static ReadResult<Attestation> Read(string json) => new AttestationReader().Read(json, "a.json");

    private static InputError Single(string json)
    {
        var result = Read(json);
        result.Succeeded.Should().BeFalse();
        return result.Errors.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Read_ValidDocument_BindsEveryPart()
    {
        var result = Read(Valid);

        result.Errors.Should().BeEmpty();
        var attestation = result.Value!;
        attestation.Vendor.Id.Should().Be("example-vendor");
        attestation.AttestedOn.Should().Be(new System.DateTime(2026, 10, 1));
        attestation.Audiences.Served().Should().Equal(Audience.Health);
        attestation.Audiences.Serves(Audience.Children).Should().BeFalse();
        attestation.Facts.Encryption.EndToEnd.Should().Be(EndToEndEncryption.Default);
        attestation.Facts.Encryption.InTransit.Should().BeNull("a fact left out is not stated");
        attestation.Facts.UserControls.Should().NotBeNull("every fact group is present even when the file leaves it out");
        var answer = attestation.Answers["SEC-01"];
        answer.Status.Should().Be(AnswerStatus.Implemented);
        attestation.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Id = "pt-2026",
            Kind = EvidenceKind.PenetrationTest,
            Reference = "PT-2026",
            Independent = true,
            Expires = (System.DateTime?)new System.DateTime(2027, 3, 1),
        });
        answer.Evidence.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Ref = "pt-2026", Shows = EvidencePurpose.Validate });
        answer.Scope.Should().BeNull();
    }

    [Fact]
    public void Read_AttestationWritten_ReadsBackEqual()
    {
        var first = Read(Valid).Value!;
        var second = Read(PrivacyPrinciplesJson.Serialize(first)).Value!;

        PrivacyPrinciplesJson.Serialize(second).Should().Be(PrivacyPrinciplesJson.Serialize(first));
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        new AttestationReader().Read(bytes, "bom.json").Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Read_EmptyFile_SaysItIsEmpty()
    {
        var error = Single("  \n ");

        error.Should().BeEquivalentTo(new { Code = "json-empty", Message = "the file is empty; expected a JSON object", Source = "a.json", Pointer = "", Line = 1, Column = 1 });
        error.ToString().Should().Be("a.json:1:1: error json-empty: the file is empty; expected a JSON object (at the document root)");
    }

    [Fact]
    public void Read_TruncatedFile_SaysItIsTruncatedAndWhere()
    {
        var error = Single("{\n  \"vendor\": { \"id\": \"x\",\n");

        error.Code.Should().Be("json-truncated");
        error.Message.Should().Be("the JSON ends before it is complete (2 objects or arrays still open); the file may be truncated");
        error.Pointer.Should().Be("/vendor");
        error.Line.Should().Be(3);
    }

    [Fact]
    public void Read_SyntaxError_NamesLineAndColumn()
    {
        var error = Single("{\n  \"schemaVersion\": \"1.0\",\n  \"vendor\" { }\n}");

        error.Code.Should().Be("json-syntax");
        error.Message.Should().StartWith("not valid JSON: ");
        error.Message.Should().NotContain("LineNumber", "our own position replaces the reader's zero-based one");
        (error.Line, error.Column).Should().Be((3, 12));
    }

    [Fact]
    public void Read_DuplicateProperty_IsAnErrorAtTheSecondOccurrence()
    {
        var json = Valid.Replace("\"attestedOn\": \"2026-10-01\",", "\"attestedOn\": \"2026-10-01\",\n  \"attestedOn\": \"2026-10-02\",");

        var error = Single(json);

        error.Should().BeEquivalentTo(new
        {
            Code = "json-duplicate-property",
            Message = "property 'attestedOn' appears more than once; expected each property once",
            Pointer = "/attestedOn",
            Line = 6,
            Column = 3,
        });
    }

    [Fact]
    public void Read_MissingRequiredProperties_ListsEachAtTheObject()
    {
        var result = Read("""{ "schemaVersion": "2.0", "vendor": { "id": "x" } }""");

        result.Errors.Select(e => (e.Code, e.Pointer, e.Message)).Should().Equal(
            ("schema-required", "", "required property 'service' is missing; expected service: The service (product or tier) attested"),
            ("schema-required", "", "required property 'attestedOn' is missing; expected attestedOn: The date of the attestation (YYYY-MM-DD)"),
            ("schema-required", "", "required property 'audiences' is missing; expected audiences: For every audience, whether the service serves it. All six are stated: an audience left out is an error, never a silent 'not served'"),
            ("schema-required", "/vendor", "required property 'name' is missing"));
    }

    [Fact]
    public void Read_UnknownProperty_SuggestsTheNearestName()
    {
        var error = Single(Valid.Replace("\"statement\":", "\"statment\":"));

        error.Should().BeEquivalentTo(new
        {
            Code = "schema-unknown-property",
            Message = "unknown property 'statment' (did you mean 'statement'?); expected one of 'status', 'statement', 'scope', 'plannedFor', 'justification', 'guidance', 'evidence'",
            Pointer = "/answers/SEC-01/statment",
            Line = 14,
            Column = 7,
        });
    }

    [Fact]
    public void Read_UnknownStatus_ListsTheAllowedValues()
    {
        var error = Single(Valid.Replace("\"implemented\"", "\"done\""));

        error.Should().BeEquivalentTo(new
        {
            Code = "schema-enum",
            Message = "expected one of \"implemented\", \"partial\", \"planned\", \"notImplemented\", \"notApplicable\", \"undetermined\" but found \"done\"",
            Pointer = "/answers/SEC-01/status",
            Line = 13,
            Column = 17,
        });
    }

    [Fact]
    public void Read_WrongType_SaysWhatWasExpectedAndFound()
    {
        var error = Single(Valid.Replace("\"independent\": true", "\"independent\": \"yes\""));

        error.Code.Should().Be("schema-type");
        error.Message.Should().Be("expected true or false but found the string \"yes\"");
        error.Pointer.Should().Be("/evidence/0/independent");
    }

    [Theory]
    [InlineData("1e400", "expected a number at most 3650 but found a number too large for a double")]
    [InlineData("-1e400", "expected a number at least 0 but found a number too far below zero for a double")]
    [InlineData("4000", "expected a number at most 3650 but found 4000")]
    public void Read_NumberOutOfRange_NamesTheNumberGiven(string number, string message)
    {
        var error = Single(Valid.Replace("\"endToEnd\": \"default\"", "\"endToEnd\": \"default\" }, \"securityOperations\": { \"criticalPatchDays\": " + number));

        error.Should().BeEquivalentTo(new { Code = "schema-range", Message = message, Pointer = "/facts/securityOperations/criticalPatchDays" });
    }

    [Theory]
    [InlineData("utf-16", "UTF-16")]
    [InlineData("utf-16BE", "UTF-16")]
    [InlineData("utf-32", "UTF-32")]
    public void Read_TextInAnotherUnicodeEncoding_SaysWhichAndThatUtf8IsExpected(string encoding, string named)
    {
        var bytes = Encoding.GetEncoding(encoding).GetPreamble().Concat(Encoding.GetEncoding(encoding).GetBytes(Valid)).ToArray();

        var result = new AttestationReader().Read(bytes, "a.json");

        result.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "json-syntax",
            Message = $"not valid JSON: the text is {named} (it starts with a {named} byte-order mark); expected UTF-8 text",
            Line = 1,
            Column = 1,
        });
    }

    [Fact]
    public void Read_ImpossibleDate_IsABadFormat()
    {
        var error = Single(Valid.Replace("2026-10-01", "2026-02-30"));

        error.Should().BeEquivalentTo(new { Code = "schema-format", Message = "expected a date as YYYY-MM-DD but found \"2026-02-30\"", Pointer = "/attestedOn" });
    }

    [Fact]
    public void Read_BadVendorId_ExplainsThePattern()
    {
        var error = Single(Valid.Replace("\"example-vendor\"", "\"Example Vendor\""));

        error.Message.Should().Be("\"Example Vendor\" is not valid here: expected a stable vendor identifier: lower-case letters, digits and hyphens");
        error.Code.Should().Be("schema-pattern");
        error.Pointer.Should().Be("/vendor/id");
    }

    [Fact]
    public void Read_BadAnswerKey_IsReportedAtTheKey()
    {
        var error = Single(Valid.Replace("\"SEC-01\":", "\"sec-1\":"));

        error.Should().BeEquivalentTo(new
        {
            Code = "schema-pattern",
            Message = "\"sec-1\" is not valid here: expected an expectation identifier such as SEC-01",
            Pointer = "/answers/sec-1",
            Line = 12,
            Column = 5,
        });
    }

    [Fact]
    public void Read_AudienceLeftOut_IsAnErrorThatSaysWhatToState()
    {
        var error = Single(Valid.Replace("\"health\": true, ", string.Empty));

        error.Should().BeEquivalentTo(new
        {
            Code = "schema-required",
            Message = "required property 'health' is missing; expected health: true or false: whether the service serves health care (telehealth, clinical consultations); true raises several levels",
            Pointer = "/audiences",
            Line = 6,
        });
    }

    [Fact]
    public void Read_AudiencesListedTheOldWay_AreRefused()
    {
        var error = Single(Valid.Replace("{ \"consumers\": false, \"business\": false, \"education\": false, \"health\": true, \"children\": false, \"government\": false }", "[\"health\"]"));

        error.Should().BeEquivalentTo(new { Code = "schema-type", Message = "expected an object but found an array", Pointer = "/audiences" });
    }

    [Fact]
    public void Read_CitationOfUndeclaredEvidence_IsASemanticError()
    {
        var error = Single(Valid.Replace("{ \"ref\": \"pt-2026\"", "{ \"ref\": \"pt-2025\""));

        error.Should().BeEquivalentTo(new
        {
            Code = "attestation-unknown-evidence",
            Message = "evidence 'pt-2025' is cited but not declared in /evidence; expected one of 'pt-2026'",
            Pointer = "/answers/SEC-01/evidence/0/ref",
        });
    }

    [Fact]
    public void Read_EvidenceIdDeclaredTwice_IsASemanticError()
    {
        var declaration = "{ \"id\": \"pt-2026\", \"kind\": \"penetrationTest\", \"reference\": \"PT-2026\", \"issued\": \"2026-03-01\", \"expires\": \"2027-03-01\", \"independent\": true }";
        var error = Single(Valid.Replace(declaration, declaration + ", " + declaration));

        error.Should().BeEquivalentTo(new { Code = "attestation-duplicate-evidence", Pointer = "/evidence/1/id" });
    }

    [Fact]
    public void Read_EvidenceExpiringBeforeIssue_IsASemanticError()
    {
        var error = Single(Valid.Replace("\"expires\": \"2027-03-01\"", "\"expires\": \"2025-03-01\""));

        error.Should().BeEquivalentTo(new
        {
            Code = "attestation-evidence-dates",
            Message = "the evidence expires (2025-03-01) before it was issued (2026-03-01); expected an expiry date on or after the issue date",
            Pointer = "/evidence/0/expires",
        });
    }

    [Fact]
    public void Read_UnsupportedMajorVersion_StopsBeforeTheSchema()
    {
        var error = Single("""{ "schemaVersion": "3.0", "whatever": true }""");

        error.Should().BeEquivalentTo(new { Code = "schema-version", Message = "schemaVersion '3.0' is not supported; expected 2.x (for example \"2.0\")", Pointer = "/schemaVersion", Line = 1, Column = 20 });
    }

    [Fact]
    public void Read_FormatOneDocument_SaysHowToUpgradeIt()
    {
        var error = Single("""{ "schemaVersion": "1.0", "audiences": ["business"] }""");

        error.Code.Should().Be("schema-version");
        error.Message.Should().Be("schemaVersion '1.0' is not supported; expected 2.x (for example \"2.0\"); format 1.x did not state every audience nor declare evidence once; upgrade the file to 2.0 with the tool's migrate command (docs/attestation-format.md, 'Upgrading from 1.x')");
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneInDocumentOrder()
    {
        var json = """
            {
              "schemaVersion": "2.0",
              "vendor": { "id": "Bad Id", "name": "" },
              "service": { "nam": "x" },
              "attestedOn": "2026-13-01",
              "audiences": ["healthcare"]
            }
            """;

        var result = Read(json);

        result.Errors.Select(e => (e.Code, e.Pointer, e.Line)).Should().Equal(
            ("schema-pattern", "/vendor/id", 3),
            ("schema-length", "/vendor/name", 3),
            ("schema-required", "/service", 4),
            ("schema-unknown-property", "/service/nam", 4),
            ("schema-format", "/attestedOn", 5),
            ("schema-type", "/audiences", 6));
    }

    [Fact]
    public void Read_DocumentOverTheSizeLimit_IsRefusedWithoutParsing()
    {
        var reader = new AttestationReader(new ReaderOptions { MaxDocumentBytes = 100 });

        var error = reader.Read(Valid, "big.json").Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be("limit-size");
        error.Message.Should().Be($"the document is {Encoding.UTF8.GetByteCount(Valid):N0} bytes; expected at most 100 (ReaderOptions.MaxDocumentBytes)");
    }

    [Fact]
    public void Read_StreamOverTheSizeLimit_StopsReading()
    {
        var reader = new AttestationReader(new ReaderOptions { MaxDocumentBytes = 100 });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Valid));

        reader.Read(stream, "<stdin>").Errors.Should().ContainSingle().Which.Code.Should().Be("limit-size");
    }

    [Fact]
    public void Read_TooDeep_IsRefusedWithThePointer()
    {
        var reader = new AttestationReader(new ReaderOptions { MaxDepth = 3 });

        var error = reader.Read(Valid, "deep.json").Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = "limit-depth", Message = "objects and arrays nest more than 3 deep; expected at most 3 (ReaderOptions.MaxDepth)", Pointer = "/answers/SEC-01/evidence" });
    }

    [Fact]
    public void Read_TooManyItems_IsReported()
    {
        var reader = new AttestationReader(new ReaderOptions { MaxItems = 8 });
        var citation = "{ \"ref\": \"pt-2026\", \"shows\": \"validate\" }";
        var json = Valid.Replace(citation, string.Join(", ", Enumerable.Repeat(citation, 9)));

        reader.Read(json, "many.json").Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Code = "limit-items",
            Message = "the array has more than 8 items; expected at most 8 (ReaderOptions.MaxItems)",
            Pointer = "/answers/SEC-01/evidence",
        });
    }

    [Fact]
    public void Read_StringTooLong_IsReported()
    {
        var reader = new AttestationReader(new ReaderOptions { MaxStringLength = 20 });

        reader.Read(Valid, "long.json").Errors.Select(e => (e.Code, e.Pointer)).Should().Equal(
            ("limit-string", "/answers/SEC-01/statement"));
    }

    [Fact]
    public void ReadFile_MissingFile_IsAnErrorNotAnException()
    {
        var error = new AttestationReader().ReadFile("no/such/file.json").Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = "input-unreadable", Message = "the input could not be read: the file does not exist", Source = "no/such/file.json" });
    }

    [Fact]
    public void GetValueOrThrow_OnFailure_ListsEveryError()
    {
        var result = Read("""{ "schemaVersion": "2.0" }""");

        var act = () => result.GetValueOrThrow();

        act.Should().Throw<InvalidDataException>().WithMessage("'a.json' is not valid:*schema-required*'vendor'*'service'*'attestedOn'*");
    }

    [Fact]
    public void Limits_MustBePositive()
    {
        var act = () => new AttestationReader(new ReaderOptions { MaxDepth = 0 });

        act.Should().Throw<System.ArgumentOutOfRangeException>().WithMessage("ReaderOptions.MaxDepth must be positive.*");
    }
}
