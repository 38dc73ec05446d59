using System;

namespace PrivacyPrinciples.Cli.Tests.Support;

public class SourceDateEpochTests
{
    [Fact]
    public void Clock_SetFromTheVariable_GivesItsUtcDate()
    {
        SourceDateEpoch.Clock("1798761600")!.GetUtcNow().Should().Be(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        SourceDateEpoch.Problem("1798761600").Should().BeNull();
    }

    [Fact]
    public void Clock_BeforeTheEpoch_IsAValidTime()
    {
        SourceDateEpoch.Clock("-86400")!.GetUtcNow().Should().Be(new DateTimeOffset(1969, 12, 31, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Clock_UnsetOrEmpty_IsIgnored(string? value)
    {
        SourceDateEpoch.Clock(value).Should().BeNull();
        SourceDateEpoch.Problem(value).Should().BeNull();
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("1793491200.5")]
    [InlineData(" 1793491200")]
    [InlineData("+1793491200")]
    [InlineData("1,793,491,200")]
    [InlineData("99999999999999")]
    [InlineData("253402300800")]
    public void Clock_Malformed_IsAProblemNotIgnored(string value)
    {
        SourceDateEpoch.Clock(value).Should().BeNull();
        SourceDateEpoch.Problem(value).Should().StartWith("SOURCE_DATE_EPOCH='").And.Contain("is not a time");
    }
}
