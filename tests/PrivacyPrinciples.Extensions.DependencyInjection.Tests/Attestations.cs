using System;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Extensions.DependencyInjection.Tests;

/// <summary>The smallest attestation the evaluator accepts, for tests that only look at how it is dated or judged.</summary>
internal static class Attestations
{
    public static Attestation Empty() => new()
    {
        SchemaVersion = Attestation.CurrentSchemaVersion,
        Vendor = new VendorInfo { Id = "example-vendor", Name = "Example Vendor" },
        Service = new ServiceInfo { Name = "Example Meet" },
        AttestedOn = new DateTime(2026, 10, 1),
        Audiences = AudienceDeclarations.Serving(),
    };
}
