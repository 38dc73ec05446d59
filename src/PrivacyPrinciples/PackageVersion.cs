using System.Reflection;

namespace PrivacyPrinciples;

/// <summary>This package's version (major.minor.patch), without build metadata, so outputs do not change with each commit.</summary>
internal static class PackageVersion
{
    public static readonly string Value = typeof(PackageVersion).GetTypeInfo().Assembly.GetName().Version is { } v
        ? $"{v.Major}.{v.Minor}.{v.Build}"
        : "0.0.0";
}
