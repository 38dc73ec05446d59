using System;

namespace PrivacyPrinciples.Cli.Tests.Support;

public class SourceDateEpochTests
{
    [Fact]
    public void Clock_SetFromTheVariable_GivesItsUtcDate()
    {
        SourceDateEpoch.Clock("1798761600")!.GetUtcNow().Should().Be(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("99999999999999")]
    public void Clock_UnsetOrNotAnEpoch_IsIgnored(string? value)
    {
        SourceDateEpoch.Clock(value).Should().BeNull();
    }
}
