using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Evaluation.Gathering;

/// <summary>
/// A stated fact that the attestation's own words say the opposite of (see <see cref="StatedAgainst"/>):
/// <paramref name="Fact"/> is <paramref name="Stated"/>, but the text at <paramref name="Pointer"/>
/// (the statement of <paramref name="Source"/>'s answer, or the service's description) says
/// <paramref name="Words"/>.
/// </summary>
/// <param name="Fact">The fact.</param>
/// <param name="Stated">Its stated value.</param>
/// <param name="Source">The expectation id whose answer's statement says otherwise, or <c>service description</c>.</param>
/// <param name="Pointer">The JSON Pointer of that text.</param>
/// <param name="Words">The words that say otherwise, normalised.</param>
internal sealed record StatementDispute(FactDefinition Fact, FactValue Stated, string Source, string Pointer, string Words);
