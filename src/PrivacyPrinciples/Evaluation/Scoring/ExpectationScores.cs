using System.Threading;
using PrivacyPrinciples.Evaluation.Decisions;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Evaluation.Scoring;

/// <summary>
/// The scoring of one expectation: every calculation a decision can lead to (level, credit and
/// evidence aspects, or not applicable), made on first use and shared by every report with the
/// same decision. Thread-safe: two threads may make the same one, and either copy is correct.
/// </summary>
internal sealed class ExpectationScores(Expectation expectation)
{
    // The enumerations' values run from 0 without gaps, so they index the cache directly.
    private static readonly int LevelCount = EnumCount<ExpectationLevel>.Value;
    private static readonly int CreditCount = EnumCount<ImplementationCredit>.Value;
    private const int AspectsCount = (int)Aspects.All + 1;

    private readonly Calculation?[] _calculations = new Calculation?[LevelCount * (1 + (CreditCount * AspectsCount))];

    /// <summary>The numbers and the explanation of the arithmetic for one decision.</summary>
    public Calculation Calculate(ExpectationLevel level, bool inScope, ImplementationCredit credit, Aspects aspects)
    {
        var index = inScope ? LevelCount + ((((int)level * CreditCount) + (int)credit) * AspectsCount) + (int)aspects : (int)level;
        var calculation = Volatile.Read(ref _calculations[index]);
        if (calculation is null)
        {
            calculation = ScoringPolicy.Calculate(expectation, level, inScope, credit, aspects);
            Volatile.Write(ref _calculations[index], calculation);
        }

        return calculation;
    }
}
