using System.Text;
using PrivacyPrinciples.Engagements;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Engagements;

/// <summary>Whose an unreadable response is: /vendor/id, read up to the document's first fault, and nothing else trusted.</summary>
public class ResponseIdentityTests
{
    private static string? VendorOf(string json) => ResponseIdentity.VendorOf(Encoding.UTF8.GetBytes(json), new ReaderOptions());

    [Theory]
    [InlineData("""{ "schemaVersion": "2.0", "vendor": { "id": "delta", "name": "Delta Rooms" }, "answers": { "SEC-01": { "status": "implemented", } } }""", "the fault comes after the vendor")]
    [InlineData("""{ "schemaVersion": "2.0", "vendor": { "name": "Delta Rooms", "id": "delta" }, "attestedOn": "2026-13-45" }""", "a schema error in a well-formed document")]
    [InlineData("""{ "vendor": { "id": "delta" }""", "the document stops short")]
    [InlineData("\uFEFF{ \"vendor\": { \"id\": \"delta\" }, \"vendor\": { \"id\": \"delta\" } }", "named twice alike, after a byte-order mark")]
    [InlineData("""{ "assessment": { "by": "vendor" }, "vendor": { "id": "delta" }, "oops" }""", "the vendor says it assessed itself")]
    public void VendorOf_ReadsTheVendorIdUpToTheFirstFault(string json, string because)
    {
        VendorOf(json).Should().Be("delta", because);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": "2.0", "vendor": { "name": "Delta Rooms", , "id": "delta" } }""", "the fault comes before the id")]
    [InlineData("""{ "vendor": { "id": "delta" }, "vendor": { "id": "echo" } }""", "two different vendors")]
    [InlineData("""{ "vendor": { "id": 7 } }""", "the id is not a string")]
    [InlineData("""{ "vendor": [ "delta" ] }""", "the vendor is not an object")]
    [InlineData("""{ "service": { "vendor": { "id": "delta" } } }""", "a vendor that is not the document's")]
    [InlineData("""{ "vendor": { "contact": { "id": "delta" } } }""", "an id that is not the vendor's")]
    [InlineData("""{ "assessment": { "by": "thirdParty", "assessor": "A consumer guide" }, "vendor": { "id": "delta" }, }""", "a third party's assessment is not the vendor's response")]
    [InlineData("""not json at all""", "nothing to read")]
    [InlineData("", "an empty file")]
    public void VendorOf_IsNull_WhenTheVendorCannotBeTold(string json, string because)
    {
        VendorOf(json).Should().BeNull(because);
    }

    [Fact]
    public void VendorOf_StopsAtTheDepthLimit()
    {
        var deep = "{ \"answers\": " + new string('[', 200) + new string(']', 200) + ", \"vendor\": { \"id\": \"delta\" } }";

        ResponseIdentity.VendorOf(Encoding.UTF8.GetBytes(deep), new ReaderOptions { MaxDepth = 64 }).Should().BeNull("nothing past a limit is read");
    }
}
