using System;

namespace PrivacyPrinciples;

/// <summary>
/// How many values an enumeration has. The package's enumerations run from 0 without gaps, so the
/// count sizes arrays that a value indexes directly (the evaluation's caches).
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class EnumCount<TEnum>
    where TEnum : struct, Enum
{
    public static readonly int Value =
#if NET
        Enum.GetNames<TEnum>().Length;
#else
        Enum.GetNames(typeof(TEnum)).Length;
#endif
}
