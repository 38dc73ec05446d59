using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>A statement that limits its measure to some plans is read as such; one about plans every user has, or about the vendor's own plans, is not.</summary>
public class PlanLimitsTests
{
    [Theory]
    [InlineData("On the Enterprise and Government plans, workspaces get end-to-end encryption for every new meeting.", "On the Enterprise and Government plans")]
    [InlineData("On paid plans, guests control their own microphone and camera.", "On paid plans")]
    [InlineData("Recordings are encrypted at rest. This is available only on the Business plan.", "on the Business plan")]
    [InlineData("Breach alerts are available on Business and Enterprise plans.", "on Business and Enterprise plans")]
    [InlineData("Hosts turn it on per meeting; on other plans it is off.", "on other plans")]
    [InlineData("Guests can erase what they shared; free-plan guests use our request form.", "free-plan")]
    [InlineData("Single sign-on is limited to the Enterprise tier.", "to the Enterprise tier")]
    [InlineData("For Premium subscriptions, transcripts are deleted after 30 days.", "For Premium subscriptions")]
    [InlineData("Multi-factor authentication comes with a Business subscription.", "with a Business subscription")]
    [InlineData("Customers who buy the Premium add-on get end-to-end encryption.", "buy the Premium add-on")]
    [InlineData("Single sign-on requires the Enterprise plan.", "requires the Enterprise plan")]
    [InlineData("Hosts can require a passcode for Enterprise plans.", "for Enterprise plans")]
    // Read as it reads: full-width letters, a soft hyphen or an accent in the plan's words.
    [InlineData("On Business and Enterprise \uFF50\uFF4C\uFF41\uFF4E\uFF53, meeting links carry a random token.", "On Business and Enterprise plans")]
    [InlineData("Breach alerts are available on \uFF22\uFF55\uFF53\uFF49\uFF4E\uFF45\uFF53\uFF53 plans.", "on Business plans")]
    [InlineData("Updates install overnight. This is available only on the Enterprise pl\u00ADan.", "on the Enterprise plan")]
    [InlineData("Guests can erase what they shared; fre\u0301e-pla\u0301n guests use our request form.", "free-plan")]
    public void Limits_the_measure_to_some_plans(string statement, string phrase) =>
        PlanLimits.LimitingPhrase(statement).Should().Be(phrase);

    [Theory]
    [InlineData("Everything is encrypted in transit with TLS 1.3. It applies on every plan and platform.")]
    [InlineData("Hosts on every plan, free ones included, can turn on end-to-end encryption.")]
    [InlineData("It is available to everyone, on every plan.")]
    [InlineData("Every consultation, whatever the clinic's plan and however many take part, is encrypted.")]
    [InlineData("Multi-factor authentication is required for every account on the plans sold to clinics and schools.")]
    [InlineData("Our incident response plan commits us to notify customers within 72 hours.")]
    [InlineData("Restores are tested every year, as provided for in our Disaster Recovery Plan.")]
    [InlineData("Even on the free plan, hosts can lock meetings and admit people one by one.")]
    [InlineData("On the Enterprise plan, administrators can also bring their own keys.")]
    [InlineData("Our client is open source, available under the MIT licence.")]
    [InlineData("Servers run a three-tier architecture in two regions.")]
    [InlineData("Hosts can lock meetings on all plans, including the free plan.")]
    [InlineData("We plan our releases carefully and publish notes for each.")]
    [InlineData("End-to-end encryption comes with every plan, free ones included.")]
    [InlineData("Every plan includes it; no add-on is needed.")]
    [InlineData(null)]
    public void Does_not_limit_the_measure(string? statement) =>
        PlanLimits.LimitingPhrase(statement).Should().BeNull();

    [Fact]
    public void A_long_statement_without_sentence_ends_is_read_in_parts()
    {
        var statement = string.Concat(System.Linq.Enumerable.Repeat("meetings are encrypted and ", 500)) + "only on the Enterprise plan";
        PlanLimits.LimitingPhrase(statement).Should().Be("on the Enterprise plan");
    }
}
