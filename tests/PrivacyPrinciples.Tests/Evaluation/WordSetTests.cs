using System;
using System.Linq;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>The word set the substance test looks slices of a text up in, without a string per word.</summary>
public class WordSetTests
{
    [Fact]
    public void ItHoldsEveryWordItWasBuiltFrom_AndNoOther_ThroughCollisionsAndGrowth()
    {
        var words = Enumerable.Range(0, 500).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var set = new WordSet(words.Concat(words.Take(10)).Append(string.Empty));

        words.Where(w => !Holds(set, w)).Should().BeEmpty();
        Enumerable.Range(500, 500).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(w => Holds(set, w)).Should().BeEmpty();
        set.Contains(ReadOnlySpan<char>.Empty).Should().BeFalse("an empty word is never a word");
    }

    [Theory]
    [InlineData("see the tbd notes", 8, 3, true)]
    [InlineData("see the tbdx notes", 8, 4, false)]
    [InlineData("see the tb notes", 8, 2, false)]
    public void ASliceOfALongerText_IsLookedUpByItsOwnCharacters(string text, int start, int length, bool expected)
    {
        var set = new WordSet(["tbd", "todo"]);

        set.Contains(text.AsSpan(start, length)).Should().Be(expected);
    }

    [Theory]
    [InlineData("abcde", true)]
    [InlineData("axcye", true)]
    [InlineData("azcwe", false)]
    [InlineData("abcdf", false)]
    public void WordsPlacedAlike_SameLengthAndFirstMiddleAndLastLetters_AreToldApartByTheirOtherLetters(string word, bool expected)
    {
        // The set places a word by its length and three letters: these all start their probe at one place.
        var set = new WordSet(["abcde", "axcye", "aycze"]);

        set.Contains(word.AsSpan()).Should().Be(expected);
    }

    [Fact]
    public void AWordsIndex_IsItsFirstPlaceInTheList()
    {
        var set = new WordSet(["und", "der", "und", "les"]);

        set.IndexOf("und".AsSpan()).Should().Be(0);
        set.IndexOf("les".AsSpan()).Should().Be(3);
        set.IndexOf("the".AsSpan()).Should().Be(-1);
    }

    [Theory]
    [InlineData("aufzeichnungen", 0, true)]
    [InlineData("sitzungsaufzeichnung", 8, true)]
    [InlineData("sitzungsaufzeichnung", 7, false)]
    [InlineData("aufzeich", 0, false)]
    [InlineData("passwort", 0, true)]
    public void AStemStartsAWordAt_APlace_WhenTheWordHoldsItThere(string word, int from, bool expected)
    {
        var set = new WordSet(["aufzeichn", "passwort", "pass"]);

        set.StartsAt(word.AsSpan(), from, 5).Should().Be(expected);
        set.StartsAt("passe".AsSpan(), 0, 5).Should().BeFalse("'pass' is shorter than the shortest stem asked for");
        set.StartsAt("passe".AsSpan(), 0, 1).Should().BeTrue();
    }

    private static bool Holds(WordSet set, string word) => set.Contains(word.AsSpan());
}
