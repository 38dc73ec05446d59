using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Tests.Serialization;

public class SourceLocationsTests
{
    private const string Json = "{\n  \"schemaVersion\": \"2.0\", \"audiences\": { \"consumers\": true, \"business\": false, \"education\": false, \"health\": false, \"children\": false, \"government\": false },\n  \"vendor\": { \"id\": \"x\", \"name\": \"Ünïcødé\" },\n  \"service\": { \"name\": \"S\" },\n  \"attestedOn\": \"2026-10-01\",\n  \"answers\": {\n    \"SEC-01\": { \"status\": \"implemented\" }\n  }\n}\n";

    private static SourceLocations Locations => new AttestationReader().Read(Json, "a.json").Locations!;

    [Fact]
    public void TryLocate_FindsTheStartOfAValue()
    {
        Locations.TryLocate("/answers/SEC-01/status", out var line, out var column).Should().BeTrue();

        (line, column).Should().Be((7, 27));
    }

    [Fact]
    public void TryLocateName_FindsThePropertyName()
    {
        Locations.TryLocateName("/answers/SEC-01", out var line, out var column).Should().BeTrue();

        (line, column).Should().Be((7, 5));
    }

    [Fact]
    public void TryLocate_AbsentPointer_FallsBackToTheNearestAncestor()
    {
        Locations.TryLocate("/answers/SEC-02/status", out var line, out var column).Should().BeTrue();

        (line, column).Should().Be((6, 14));
    }

    [Fact]
    public void TryLocateSpan_CoversAPropertyName()
    {
        Locations.TryLocateSpan("/answers/SEC-01", atName: true, out var span).Should().BeTrue();

        span.Should().Be(new SourceSpan(7, 5, 7, 13));
    }

    [Fact]
    public void TryLocateSpan_CoversAWholeObjectAcrossLines()
    {
        Locations.TryLocateSpan("/answers", atName: false, out var span).Should().BeTrue();

        span.Should().Be(new SourceSpan(6, 14, 8, 4));
    }

    [Fact]
    public void Columns_CountCharactersNotBytes()
    {
        Locations.TryLocateSpan("/vendor/name", atName: false, out var span).Should().BeTrue();

        span.Should().Be(new SourceSpan(3, 34, 3, 43));
    }
}
