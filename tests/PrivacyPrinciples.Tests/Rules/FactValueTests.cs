using System;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Tests.Rules;

public class FactValueTests
{
    [Fact]
    public void ToString_WritesValuesAsJsonDoes_WhateverTheCulture()
    {
        using var _ = new CultureScope("de-DE");

        FactValue.From(true).ToString().Should().Be("true");
        FactValue.From(12.5).ToString().Should().Be("12.5");
        FactValue.From("default").ToString().Should().Be("\"default\"");
        FactValue.Missing.ToString().Should().Be("not stated");
    }

    [Fact]
    public void Equality_ComparesKindAndValue()
    {
        FactValue.From(1).Should().Be(FactValue.From(1.0));
        FactValue.From(true).Should().NotBe(FactValue.From("true"));
        (FactValue.From("a") == FactValue.From("a")).Should().BeTrue();
        (FactValue.Missing != FactValue.From(false)).Should().BeTrue();
    }

    [Fact]
    public void Accessors_RefuseTheWrongKind()
    {
        var act = () => FactValue.From(true).AsNumber;

        act.Should().Throw<InvalidOperationException>().WithMessage("The fact value is Boolean, not Number.");
    }

    [Fact]
    public void From_RefusesNonFiniteNumbers()
    {
        var act = () => FactValue.From(double.NaN);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentCulture;

        public CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = _previous;
    }
}
