using System.Linq;
using PrivacyPrinciples.Cli.Interop;

namespace PrivacyPrinciples.Cli.Tests.Interop;

public class NameBasedUuidTests
{
    // RFC 9562's DNS namespace, 6ba7b810-9dad-11d1-80b4-00c04fd430c8.
    private static readonly byte[] DnsNamespace = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

    [Fact]
    public void Of_KnownName_GivesTheVersion5UuidOtherImplementationsGive()
    {
        // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") in Python's standard library.
        NameBasedUuid.Of(DnsNamespace, "python.org").Should().Be("886313e1-3b8a-5372-9b90-0c9aee199e5d");
    }

    [Fact]
    public void Of_AnyName_IsVersion5WithTheRfcVariant_AsOscalRequires()
    {
        foreach (var name in new[] { string.Empty, "oscal/catalog/sha256:00", "é", new string('x', 10_000) })
        {
            NameBasedUuid.Of(name).Should().MatchRegex("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
        }
    }

    [Fact]
    public void Of_SameName_SameUuid_OtherName_OtherUuid()
    {
        NameBasedUuid.Of("oscal/result/a").Should().Be(NameBasedUuid.Of("oscal/result/a"));
        Enumerable.Range(0, 1000).Select(i => NameBasedUuid.Of("oscal/result/" + i)).Distinct().Should().HaveCount(1000);
    }
}
