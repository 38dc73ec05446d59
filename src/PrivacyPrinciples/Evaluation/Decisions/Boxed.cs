using System.Linq;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Decisions;

/// <summary>
/// One boxed instance of each evidence kind and purpose: a reason keeps its arguments as objects,
/// and every counted citation names both, so sharing the boxes saves two allocations per citation.
/// </summary>
internal static class Boxed
{
    private static readonly object[] Kinds = Enumerable.Range(0, EnumCount<EvidenceKind>.Value).Select(i => (object)(EvidenceKind)i).ToArray();
    private static readonly object[] Purposes = Enumerable.Range(0, EnumCount<EvidencePurpose>.Value).Select(i => (object)(EvidencePurpose)i).ToArray();

    // The values are numbered from zero without gaps; the check keeps any other value correct, if unshared.
    public static object Of(EvidenceKind kind) => (uint)kind < (uint)Kinds.Length && (EvidenceKind)Kinds[(int)kind] == kind ? Kinds[(int)kind] : kind;

    public static object Of(EvidencePurpose purpose) => (uint)purpose < (uint)Purposes.Length && (EvidencePurpose)Purposes[(int)purpose] == purpose ? Purposes[(int)purpose] : purpose;
}
