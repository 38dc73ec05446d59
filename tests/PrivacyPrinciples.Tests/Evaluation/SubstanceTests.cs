using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using PrivacyPrinciples.Evaluation.Gathering;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>
/// The substance test against a plain model of its contract (docs/scoring.md, "Substance"): the
/// text normalised as a string, split into words, each rule applied in turn. The evaluator's
/// version works on slices of a buffer, hashes to find repeated statements and stops early; on
/// any text it must reach the same verdict as the model.
/// </summary>
public class SubstanceTests
{
    private static readonly string[] Titles =
        BuiltInRuleSets.VtcJointStatement2020.Expectations.Select(e => e.Title).Take(8).Append(string.Empty).Append("Encryption at rest").ToArray();

    // Words the rules look at (function, placeholder, phrase and title words) beside ordinary ones,
    // in any case, and pieces that normalising must treat as letters, digits or separators.
    private static readonly string[] Vocabulary =
    [
        .. Substance.FunctionWordList.Take(20), .. Substance.PlaceholderWordList, .. Substance.PlaceholderPhrases.SelectMany(p => p.Split(' ')),
        .. Titles.SelectMany(t => t.Split(' ')), "keys", "rotated", "quarterly", "audit", "logs", "retained", "days", "MFA", "TLS1.3",
        "Ünïcödé", "straße", "İstanbul", "日本語", "ΣΊΣΥΦΟΣ", "٣٤", "x", "ab", "abc", "https://vendor.example/a", "DOC-42", "n/a", "N.A.",
        "\U0001D400bold", "e\u0301", "\t", "...", "—", "SEC-01", "PBD-05", "2026", "12", "section", "sets",
        "Ｅｎｃｒｙｐｔｉｏｎ", "\u0415ncr\u0443\u0440tion", "en\u200Bcryption", "re\u0301cording", "T\u0412D", "\uFB01le", "\u24D0", "\U0001F600",
        "\U0001D7CE\U0001D7CF", "\U0001D41E\U0001D427\U0001D41C", "\U00010400", "\U000E0041tag", "\u00AD", "\u0131d", "\uD800", "\uDC00x",
    ];

    // The words of the rule set's expectation ids and titles, as the model ignores them when telling statements apart.
    private static readonly HashSet<string> NamingWords =
        BuiltInRuleSets.VtcJointStatement2020.Expectations.SelectMany(e => Model.Normalise(e.Id + " " + e.Title).Split(' ')).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] Separators = [" ", "  ", ", ", ". ", "\n", "-", "/", "_", "\u00A0", "\u2003", "!?", string.Empty];

    private static readonly Gen<string> Text =
        Gen.Select(Pick(Vocabulary), Pick(Separators), Gen.Bool)
            .Select((word, separator, upper) => (upper ? word.ToUpperInvariant() : word) + separator)
            .Array[0, 90]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void EveryText_GetsTheModelsVerdict_AsAStatementAmongOthers()
    {
        // Some statements repeat (the same text, or the same once normalised), so boilerplate is reached.
        var statements = Gen.Select(Text, Gen.Int[0, 2]).Select((text, copies) => Enumerable.Repeat(text, copies + 1).Select((t, i) => i == 1 ? t.ToUpperInvariant() + " !" : t)).Array[1, 8]
            .Select(groups => groups.SelectMany(g => g).ToArray());
        Gen.Select(statements, Pick(Titles)).Sample((texts, title) =>
        {
            var boilerplate = Substance.Boilerplate(texts);
            var modelBoilerplate = Model.Boilerplate(texts);
            foreach (var text in texts)
            {
                Substance.Judge(text, title, boilerplate).Should().Be(Model.Judge(text, title, modelBoilerplate), "for \"{0}\" under \"{1}\"", text, title);
            }
        });
    }

    [Fact]
    public void EveryStatement_GetsTheModelsVerdict_FromTheStatementSetTheEvaluatorAsks()
    {
        // The evaluator normalises each statement once, into one buffer, and judges it from there.
        // Copies of a text may each add a few words before or after it, so runs pasted into several
        // statements are reached with and without words of their own beside them.
        var addition = Gen.Select(Pick(Vocabulary), Pick(Separators)).Select((word, separator) => word + separator).Array[0, 6].Select(parts => string.Concat(parts));
        var statements = Gen.Select(Text, Gen.Int[0, 3], addition.Array[4], Gen.Bool)
            .Select((text, copies, additions, before) => Enumerable.Range(0, copies + 1).Select(i => (i == 1 ? text.ToUpperInvariant() + " !" : text) is var copy && before ? additions[i] + " " + copy : copy + " " + additions[i]))
            .Array[1, 8]
            .Select(groups => groups.SelectMany(g => g).Append(null).ToArray());
        Gen.Select(statements, Pick(Titles)).Sample((texts, title) =>
        {
            var modelBoilerplate = Model.Boilerplate(texts.OfType<string>(), NamingWords);
            using var set = new StatementSet(texts, Substance.WordsNamingExpectations(BuiltInRuleSets.VtcJointStatement2020.Expectations));
            for (var i = 0; i < texts.Length; i++)
            {
                set.Judge(i, Substance.TitleWords(title)).Should().Be(Model.Judge(texts[i], title, modelBoilerplate, NamingWords), "for \"{0}\" under \"{1}\"", texts[i], title);
                set.IsBoilerplate(i).Should().Be(texts[i] is { } text && modelBoilerplate.Contains(Model.Key(text, NamingWords)));
            }
        });
    }

    [Fact]
    public void LongStatementsAlikeUpToTheirLastCharacter_AreToldApart_AndTheRepeatedOnesFound()
    {
        // Texts of one length sharing all but their last character: sorting, not a hash of how they
        // start, groups them, so such a set costs no more than any other.
        // The stem is made of words too short to count, so it holds no pasted run, and each text
        // ends in four words of its own: only the three copies of one text are boilerplate. (A stem
        // of counted words shared by every text is a pasted run, beside which four words of its own
        // are too few: see AStatementPastedIntoEveryAnswer_NeedsMoreWordsOfItsOwnTheLongerThePaste.)
        var stem = string.Concat(Enumerable.Repeat("we do it so as to be on it by an up or in ", 40));
        static string Own(int i) => string.Join(' ', Enumerable.Range(0, 4).Select(j => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}{(char)('a' + j)}z"));
        var texts = Enumerable.Range(0, 200).Select(i => stem + Own(i)).Append(stem + Own(0)).Append((stem + Own(0)).ToUpperInvariant()).ToArray();

        using var set = new StatementSet(texts);

        Enumerable.Range(0, texts.Length).Where(set.IsBoilerplate).Should().Equal(0, 200, 201);
    }

    [Fact]
    public void AStatementPastedIntoEveryAnswer_IsBoilerplate_EvenWhenEachCopyNamesItsExpectationAndNumbersItself()
    {
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations.Take(4).ToArray();
        var pasted = expectations.Select((e, i) => $"We follow industry best practice across our whole platform, as section {i + 1}.{i + 3} of handbook {e.Id.Replace("-", string.Empty, StringComparison.Ordinal)} sets out for {e.Id}: {e.Title}.").ToArray();
        var written = pasted.Take(2).Append("We follow industry best practice across our whole platform, and rotate every key each quarter.").ToArray();

        using var pastedSet = new StatementSet(pasted, Substance.WordsNamingExpectations(expectations));
        using var writtenSet = new StatementSet(written, Substance.WordsNamingExpectations(expectations));

        Enumerable.Range(0, pasted.Length).Should().OnlyContain(i => pastedSet.IsBoilerplate(i), "numbers, ids and titles do not make a pasted statement say anything of its own");
        Enumerable.Range(0, written.Length).Should().NotContain(i => writtenSet.IsBoilerplate(i), "two copies are not yet boilerplate, and a statement with words of its own is not a copy");
    }

    [Fact]
    public void AStatementPastedIntoEveryAnswer_IsBoilerplate_WhenEachCopyNamesItsExpectationsWordsInThePlural()
    {
        // The words naming expectations are held with their plurals, so "...for all <title word>s"
        // tells no copy apart; a plural of a word naming no expectation still does.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations.Take(4).ToArray();
        var naming = Substance.WordsNamingExpectations(expectations);
        var words = expectations.Select(e => Substance.Normalise(e.Title).Split(' ').First(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w))).ToArray();
        var pasted = words.Select(w => $"We follow industry best practice across our whole platform for all {w}s.").ToArray();
        var told = new[] { "bicycles and kettles", "teapots and ladders", "lanterns and anchors", "harbours and meadows" }.Select(w => $"We follow industry best practice across our whole platform for all {w}.").ToArray();

        using var pastedSet = new StatementSet(pasted, naming);
        using var toldSet = new StatementSet(told, naming);

        words.Where(w => !naming.Contains(w.AsSpan()) || !naming.Contains((w + "s").AsSpan())).Should().BeEmpty();
        Enumerable.Range(0, pasted.Length).Should().OnlyContain(i => pastedSet.IsBoilerplate(i), "a plural of a word naming an expectation names it too");
        Enumerable.Range(0, told.Length).Should().NotContain(i => toldSet.IsBoilerplate(i), "words naming no expectation tell statements apart, plural or not");
    }

    [Fact]
    public void AStatementPastedIntoEveryAnswer_IsBoilerplate_WhenEachCopyAddsOnlyAFewWordsOfItsOwn()
    {
        const string paragraph = "We take privacy and security very seriously and follow industry best practice across our whole platform, reviewing our controls regularly with our leadership";
        string[] places = ["Leeds", "York", "Bristol", "Cardiff"];
        var pasted = places.Select(place => $"{paragraph}, as our team in {place} confirms.").ToArray();
        // Each with at least five counted words of its own beside the paragraph's sixteen: one for
        // every three words pasted (see AStatementPastedIntoEveryAnswer_NeedsMoreWordsOfItsOwnTheLongerThePaste).
        string[] ownSentences =
        [
            "recordings expire after thirty days unless a legal hold applies",
            "guests wait in a lobby until the host admits them",
            "transcripts are deleted together with their recordings the same night",
            "administrators enforce passkeys for staff accounts",
        ];
        var withWordsOfTheirOwn = ownSentences.Select(sentence => $"{paragraph}; {sentence}.").ToArray();
        // Each shares a clause of five counted words with every other, and has three of its own:
        // no other holds all but a fifth of its eight.
        string[] reviewers = ["the records office", "our privacy auditors", "the compliance staff", "our legal counsel"];
        var sharingAClause = places.Select((place, i) => $"Access to {place} recordings is logged and reviewed monthly by {reviewers[i]}.").ToArray();

        using var pastedSet = new StatementSet(pasted);
        using var ownSet = new StatementSet(withWordsOfTheirOwn);
        using var clauseSet = new StatementSet(sharingAClause);

        Enumerable.Range(0, pasted.Length).Should().OnlyContain(i => pastedSet.IsBoilerplate(i), "three words of its own beside a pasted paragraph do not make a statement");
        Enumerable.Range(0, withWordsOfTheirOwn.Length).Should().NotContain(i => ownSet.IsBoilerplate(i), "each copy also says something no other says");
        Enumerable.Range(0, sharingAClause.Length).Should().NotContain(i => clauseSet.IsBoilerplate(i), "a shared clause shorter than a pasted run is not pasted, and no other statement holds most of each one's words");
        foreach (var set in new[] { (pasted, true), (withWordsOfTheirOwn, false), (sharingAClause, false) })
        {
            set.Item1.Select(t => Model.Boilerplate(set.Item1).Contains(Model.Key(t, null))).Should().AllBeEquivalentTo(set.Item2);
        }
    }

    [Fact]
    public void AStatementPastedIntoEveryAnswer_NeedsMoreWordsOfItsOwnTheLongerThePaste()
    {
        // A long paragraph pasted into every answer, each copy with four words of its own (a name
        // and a place): four were enough, whatever the length of the paste. Now a statement holding
        // a pasted run needs one word of its own for every three words of the runs.
        const string paragraph = "Our platform protects every meeting with strong encryption in transit and at rest, multi-factor sign-in, waiting rooms, "
            + "host controls, clear layered privacy notices, limited retention periods, visible recording indicators for participants, opt-in optional "
            + "processing, regular independent testing and audits, staff access controls with training, and prompt incident response and patching, "
            + "all reviewed by our leadership every quarter.";
        string[][] people = [["Amara", "Okafor", "Leeds", "Kirkgate"], ["Bruno", "Lindqvist", "York", "Micklegate"], ["Dana", "Novak", "Cardiff", "Cathays"], ["Elif", "Demir", "Bristol", "Redland"]];
        var pasted = people.Select(p => $"{paragraph} Checked by {p[0]} {p[1]} at {p[2]} {p[3]}.").ToArray();
        var pastedWords = Model.Key(paragraph, null).Split(' ').Count(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w));
        pastedWords.Should().BeGreaterThan(Substance.PastedWordsPerOwnWord * Substance.MinimumWords, "the paste must ask for more than the minimum");

        // Enough words of each answer's own, as many as one for every three pasted, make each its own again.
        string[] fresh = ["amber", "birch", "cedar", "dune", "ember", "fjord", "granite", "heron", "ivory", "jasper", "kelp", "lotus", "marble", "nimbus", "orchid", "pebble", "quartz", "raven", "saffron", "timber"];
        var needed = pastedWords / Substance.PastedWordsPerOwnWord;
        var enough = people.Select((p, i) => $"{paragraph} Checked by {p[0]} {p[1]} at {p[2]} {p[3]}, " + string.Join(" ", fresh.Take(needed - 4).Select(w => w + "aeio"[i])) + ".").ToArray();

        using var pastedSet = new StatementSet(pasted);
        using var enoughSet = new StatementSet(enough);

        Enumerable.Range(0, pasted.Length).Should().OnlyContain(i => pastedSet.IsBoilerplate(i), "four words of its own beside {0} pasted are under a quarter of it", pastedWords);
        Enumerable.Range(0, enough.Length).Should().NotContain(i => enoughSet.IsBoilerplate(i), "{0} words of its own beside {1} pasted are a quarter of it", needed, pastedWords);
        foreach (var (texts, boilerplate) in new[] { (pasted, true), (enough, false) })
        {
            var model = Model.Boilerplate(texts);
            texts.Select(t => model.Contains(Model.Key(t, null))).Should().AllBeEquivalentTo(boilerplate);
        }

        // A sentence of four words of its own beside a paragraph of sixteen pasted is under a quarter too.
        const string shortParagraph = "We take privacy and security very seriously and follow industry best practice across our whole platform, reviewing our controls regularly with our leadership";
        string[] short4 = ["transcripts are deleted together with their recordings", "guests wait in lobbies until admitted", "administrators enforce passkeys everywhere now", "exports arrive within hours always"];
        var shortPasted = short4.Select(sentence => $"{shortParagraph}; {sentence}.").ToArray();
        using var shortSet = new StatementSet(shortPasted);
        shortSet.IsBoilerplate(0).Should().BeTrue("\"{0}\" has four words of its own beside sixteen pasted", shortPasted[0]);
    }

    [Fact]
    public void SentencesSharedBetweenAnswers_AreBoilerplate_WhateverTheirOrderOrMix()
    {
        // Short generic sentences (no run of eight counted words), shuffled in every answer, or a
        // different mix of them in each: no answer says anything the others do not.
        string[] generic =
        [
            "We protect data carefully.", "Security matters greatly here.", "Leadership reviews controls.", "Industry standards guide teams.",
            "Customers trust the platform.", "Experts monitor threats.", "Risks get managed promptly.", "Privacy stays central.",
            "Quality remains high.", "Policies stay current.", "Engineers follow strict processes.", "Auditors examine practices regularly.",
        ];
        var random = new Random(7);
        var shuffled = Enumerable.Range(0, 6).Select(_ => string.Join(' ', generic.Take(8).OrderBy(_ => random.Next()))).ToArray();
        var mixed = Enumerable.Range(0, 12).Select(i => string.Join(' ', Enumerable.Range(0, 7).Select(j => generic[(i + (j * 5)) % generic.Length]).Distinct())).ToArray();
        var oneWordChanged = new[] { "Leeds", "York", "Bristol", "Cardiff" }.Select(place => $"Access to {place} recordings is logged and reviewed monthly by our security team leadership.").ToArray();

        // Two of them per answer, a different pair in each: fewer than sixteen words, and no two
        // answers share both sentences, but every sentence is held whole by three answers or more.
        var pairs = Enumerable.Range(0, 15).Select(i => generic[i % 5] + " " + generic[5 + ((i + (i / 5)) % 5)]).ToArray();
        pairs.Distinct().Should().HaveCount(pairs.Length);

        foreach (var texts in new[] { shuffled, mixed, oneWordChanged, pairs })
        {
            using var set = new StatementSet(texts);
            var model = Model.Boilerplate(texts);
            Enumerable.Range(0, texts.Length).Should().OnlyContain(i => set.IsBoilerplate(i), "for {0}", string.Join(" | ", texts));
            texts.Should().OnlyContain(t => model.Contains(Model.Key(t, null)));
        }

        // The same sentences beside four words of each answer's own are that answer's statement.
        string[] own = ["recordings expire monthly automatically", "guests wait inside lobbies", "transcripts vanish alongside recordings", "administrators enforce passkeys everywhere"];
        var withOwn = own.Select((words, i) => shuffled[i] + " " + words + ".").ToArray();
        using var withOwnSet = new StatementSet(withOwn);
        Enumerable.Range(0, withOwn.Length).Should().NotContain(i => withOwnSet.IsBoilerplate(i));

        // And one sentence shared by every answer, beside one of each answer's own, is never pasted.
        var ownBeside = own.Select(words => "Privacy stays central. " + char.ToUpperInvariant(words[0]) + words[1..] + ".").ToArray();
        using var ownBesideSet = new StatementSet(ownBeside);
        Enumerable.Range(0, ownBeside.Length).Should().NotContain(i => ownBesideSet.IsBoilerplate(i));
        ownBeside.Should().NotContain(t => Model.Boilerplate(ownBeside).Contains(Model.Key(t, null)));
    }

    [Fact]
    public void EveryStatement_MadeOfPiecesOfTheRuleSetsText_GetsTheModelsVerdict()
    {
        // Slices of the rule set's own text (any expectation's rationale, remediation, guidance)
        // between ordinary words: copied runs, runs broken by a word, short texts copied whole,
        // slices with every second, third or fourth word left out, and slices with a word (or two)
        // added after every second to seventh.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        var piece = Gen.Select(Gen.Int[0, expectations.Count - 1], Gen.Int[0, 2], Gen.Int[0, 60], Gen.Int[1, 24], Gen.Int[0, 4], Gen.Int[0, 7], Text)
            .Select((e, field, start, length, leftOut, addEvery, filler) => (Expectation: e, Text: Add(LeaveOut(Slice(OwnTextOf(expectations[e], field), start, length), leftOut), addEvery, e) + " " + filler));
        Gen.Select(Gen.Int[0, expectations.Count - 1], piece.Array[1, 4], Gen.Bool).Sample((e, pieces, ownOnly) =>
        {
            var expectation = expectations[e];
            var text = string.Join(" ", pieces.Select(p => ownOnly ? Slice(OwnTextOf(expectation, p.Expectation % 3), p.Expectation, 60) : p.Text));
            using var set = new StatementSet([text], naming);
            set.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText).Should().Be(Model.Judge(text, expectation.Title, null, NamingWords, expectations), "for \"{0}\" under {1}", text, expectation.Id);
        });
    }

    [Fact]
    public void AStatementThatCopiesTheRuleSetsGuidance_NeedsMoreWordsOfItsOwnTheLongerTheCopy()
    {
        // Four names beside the pasted guidance were enough; one own word for every three copied is needed.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        var expectation = expectations.Single(e => e.Id == "SEC-01");
        var copied = Model.Normalise(expectation.Guidance!).Split(' ').Count(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w) && !w.Any(char.IsDigit));
        copied.Should().BeGreaterThan(3 * Substance.MinimumWords, "the test needs a copy long enough to ask for more than the minimum");

        string[] names = ["Amara", "Okafor", "Leeds", "Seville", "Ostrava", "Tromso", "Galway", "Bergen", "Utrecht", "Porto", "Lucerne", "Tartu", "Ghent", "Bologna", "Krakow", "Aarhus", "Girona", "Linz", "Cork", "Turku"];
        string With(int own) => expectation.Guidance + " Owner " + string.Join(" ", names.Take(own)) + ".";
        Verdict(With(Substance.MinimumWords)).Should().Be(SubstanceVerdict.RepeatsTitle, "four names beside {0} copied words are not a statement", copied);
        Verdict(With((copied / Substance.CopiedWordsPerOwnWord) + 1)).Should().Be(SubstanceVerdict.Substantive, "one own word for every three copied is enough");

        SubstanceVerdict Verdict(string text)
        {
            using var set = new StatementSet([text], naming);
            var verdict = set.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText);
            verdict.Should().Be(Model.Judge(text, expectation.Title, null, NamingWords, expectations));
            return verdict;
        }
    }

    [Fact]
    public void AStatementThatCopiesTheRuleSetsGuidance_WithWordsSlippedInOrSwapped_RepeatsIt()
    {
        // A different word after every fifth, sixth or seventh word, or every sixth word swapped
        // for another, leaves no run of eight in a row, and the words slipped in are all distinct,
        // so counted as the vendor's own they would outnumber the four a statement needs.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        string[] fresh = ["amber", "birch", "cedar", "dune", "ember", "fjord", "granite", "heron", "ivory", "jasper", "kelp", "lotus", "marble", "nimbus", "orchid", "pebble", "quartz", "raven", "saffron", "timber"];
        var judged = 0;
        foreach (var expectation in expectations.Where(e => e.Guidance is not null && e.Guidance.Split(' ').Length >= 24))
        {
            var guidance = expectation.Guidance!.Split(' ');
            foreach (var every in new[] { 5, 6, 7 })
            {
                var slippedIn = string.Join(" ", guidance.Select((word, at) => (at + 1) % every == 0 ? word + " " + fresh[(at / every) % fresh.Length] : word));
                var swapped = string.Join(" ", guidance.Select((word, at) => (at + 1) % every == 0 && Model.Normalise(word).Length >= 3 ? fresh[(at / every) % fresh.Length] : word));
                foreach (var text in new[] { slippedIn, swapped })
                {
                    using var set = new StatementSet([text], naming);
                    set.Judge(0, Substance.TitleWords(expectation.Title), null).Should().Be(SubstanceVerdict.Substantive, "without the rule set's text, \"{0}\" passes", text);
                    set.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "\"{0}\" is still {1}'s guidance", text, expectation.Id);
                    judged++;
                }
            }
        }

        judged.Should().BeGreaterThan(30);

        // A statement that keeps some of the guidance's words in its order among as many of its
        // own is not a copy: an own word after every word of it scores nothing.
        var controls = expectations.Single(e => e.Id == "EUC-02");
        var interleaved = string.Join(" ", controls.Guidance!.Split(' ').Select((word, at) => word + " " + fresh[at % fresh.Length]));
        using var interleavedSet = new StatementSet([interleaved], naming);
        interleavedSet.Judge(0, Substance.TitleWords(controls.Title), ruleSetText).Should().Be(SubstanceVerdict.Substantive, "\"{0}\" is half the vendor's own words", interleaved);
    }

    [Fact]
    public void AStatementThatCopiesTheRuleSetsGuidance_WithWordsLeftOut_RepeatsIt()
    {
        // Every third or fourth counted word of the guidance dropped leaves no run of eight in a
        // row, but each word kept still follows the one before it there.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        var judged = 0;
        foreach (var expectation in expectations.Where(e => e.Guidance is not null && e.Guidance.Split(' ').Length >= 24))
        {
            foreach (var every in new[] { 3, 4 })
            {
                var text = LeaveOut(expectation.Guidance!, every);
                using var set = new StatementSet([text], naming);
                set.Judge(0, Substance.TitleWords(expectation.Title), null).Should().Be(SubstanceVerdict.Substantive, "without the rule set's text, {0}'s guidance less every {1}th word passes", expectation.Id, every);
                set.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s guidance less every {1}th word is still the rule set's words", expectation.Id, every);
                judged++;
            }
        }

        judged.Should().BeGreaterThan(10);

        // A statement naming the same controls in its own order and words is not a copy.
        const string own = "Everyone controls their own microphone, camera and screen sharing; hosts can mute, remove people and lock the call, but cannot turn anyone's camera on.";
        using var ownSet = new StatementSet([own], naming);
        var controls = expectations.Single(e => e.Id == "EUC-02");
        ownSet.Judge(0, Substance.TitleWords(controls.Title), ruleSetText).Should().Be(SubstanceVerdict.Substantive);
    }

    [Fact]
    public void AStatementThatCopiesTheRuleSetsGuidance_RepeatsIt_UnlessItAddsWordsOfItsOwn()
    {
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        for (var e = 0; e < expectations.Count; e++)
        {
            var expectation = expectations[e];
            var another = expectations[(e + 1) % expectations.Count];

            // Each statement on its own, so that none is pasted across answers.
            SubstanceVerdict Judge(string text, ExpectationText? runs)
            {
                using var set = new StatementSet([text], naming);
                return set.Judge(0, Substance.TitleWords(expectation.Title), runs);
            }

            // What `init` writes beside each answer, moved into the statement.
            var copied = $"{expectation.Title}. {expectation.Guidance ?? expectation.Remediation}";
            var numbered = string.Join(" ", copied.Split(' ').Select((word, i) => $"{word} {100 + i}x{i}"));

            Judge(copied, ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s guidance is the rule set's words", expectation.Id);
            var fewOwn = copied + " On our Tallinn cluster, rotated fortnightly by Ingrid's squad.";
            Judge(fewOwn, ruleSetText).Should().Be(Model.Judge(fewOwn, expectation.Title, null, NamingWords, expectations), "six words of its own beside a long copy say little, beside a short one enough");
            Judge(copied + " " + OwnWords, ruleSetText).Should().Be(SubstanceVerdict.Substantive, "a word of its own for every three copied says something");
            Judge("We " + expectation.Remediation, ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s remediation is the rule set's words too", expectation.Id);
            Judge(numbered, ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "numbers put between copied words neither break a run nor are words of its own");
            Judge("We " + (another.Guidance ?? another.Remediation), ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s guidance, copied under {1}, is the rule set's words as well", another.Id, expectation.Id);
            Judge(another.Rationale + " " + expectation.Rationale, ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "two rationales put together are still the rule set's words");
            Judge(copied, ExpectationText.Of(another)).Should().NotBe(SubstanceVerdict.RepeatsTitle, "another expectation's text alone does not hold {0}'s guidance", expectation.Id);
            Judge(copied, null).Should().Be(SubstanceVerdict.Substantive, "without the rule set's text the copy would pass, which is the hole closed");
        }
    }

    [Fact]
    public void TheRuleSetsTextWithItsWordsReversedShuffledOrListed_RepeatsIt_WhileHonestStatementsInItsVocabularyDoNot()
    {
        // Red team: each statement the guidance or remediation with its word order reversed, its
        // words shuffled, or 14 of its words listed with commas, scored 92.65 to 96.0 exemplary.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations;
        var naming = Substance.WordsNamingExpectations(expectations);
        var ruleSetText = ExpectationText.Of(expectations);
        foreach (var expectation in expectations)
        {
            SubstanceVerdict Judge(string text)
            {
                using var set = new StatementSet([text], naming);
                var verdict = set.Judge(0, Substance.TitleWords(expectation.Title), ruleSetText);
                verdict.Should().Be(Model.Judge(text, expectation.Title, null, NamingWords, expectations), "the model agrees on \"{0}\"", text);
                return verdict;
            }

            foreach (var source in new[] { expectation.Guidance, expectation.Remediation, expectation.Rationale }.OfType<string>())
            {
                var words = source.Split(' ');
                var reversed = string.Join(" ", words.Reverse());
                var shuffled = string.Join(" ", words.Where((_, i) => i % 2 == 1).Concat(words.Where((_, i) => i % 2 == 0).Reverse()));
                if (Judge(source) != SubstanceVerdict.RepeatsTitle)
                {
                    continue; // too short to be a statement anyway
                }

                Judge(reversed).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s text reversed is still the rule set's words: \"{1}\"", expectation.Id, reversed);
                Judge(shuffled).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s text shuffled is still the rule set's words: \"{1}\"", expectation.Id, shuffled);
            }

            var keywords = Model.Normalise($"{expectation.Title} {expectation.Rationale} {expectation.Guidance} {expectation.Remediation}").Split(' ')
                .Where(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w) && !w.Any(char.IsDigit)).Distinct().Reverse().Take(14);
            var salad = string.Join(", ", keywords) + ".";
            Judge(salad).Should().Be(SubstanceVerdict.RepeatsTitle, "a list of {0}'s words is no statement: \"{1}\"", expectation.Id, salad);
        }

        // Honest statements of the bundled samples, in the rule set's vocabulary but in words and an order of their own.
        var euc02 = expectations.Single(e => e.Id == "EUC-02");
        string[] honest =
        [
            "Everyone controls their own microphone, camera and screen sharing; hosts can mute, remove people and lock the call, but cannot turn anyone's camera on.",
            "Everyone controls their own microphone, camera and screen sharing; clinicians can remove participants and lock the consultation, but cannot turn on a patient's camera.",
            "Pupils control their own microphone, camera and screen sharing; teachers can mute, remove and lock, but cannot turn on a pupil's camera or microphone.",
        ];
        foreach (var text in honest)
        {
            using var set = new StatementSet([text], naming);
            set.Judge(0, Substance.TitleWords(euc02.Title), ruleSetText).Should().Be(SubstanceVerdict.Substantive, "\"{0}\" names the controls in its own order and words", text);
        }
    }

    [Fact]
    public void AStatementCopiedFromAnEarlierBuiltInVersionOfTheRuleSet_RepeatsIt()
    {
        // Red team: 16 statements copied from 1.0.0's text where it differs from 2.0.0's; six were taken as the vendor's own.
        BuiltInRuleSets.TryGet(BuiltInRuleSets.VtcJointStatement2020Id, "1.0.0", out var previous).Should().BeTrue();
        var current = BuiltInRuleSets.VtcJointStatement2020;
        var naming = Substance.WordsNamingExpectations(current.Expectations);
        var ruleSetText = ExpectationText.OfRuleSet(current);
        var changed = previous!.Expectations
            .Select(old => (Old: old, Now: current.Expectations.SingleOrDefault(e => e.Id == old.Id)))
            .Where(p => p.Now is not null && p.Old.Rationale != p.Now.Rationale && p.Old.Rationale is not null)
            .ToArray();
        changed.Should().NotBeEmpty("1.0.0 and 2.0.0 word some rationales differently");
        foreach (var (old, now) in changed)
        {
            using var set = new StatementSet([old.Rationale], naming);
            if (Substance.Judge(old.Rationale, now!.Title, null) != SubstanceVerdict.Substantive)
            {
                continue;
            }

            set.Judge(0, Substance.TitleWords(now.Title), ruleSetText).Should().Be(SubstanceVerdict.RepeatsTitle, "{0}'s rationale of 1.0.0 is the rule set's words: \"{1}\"", old.Id, old.Rationale);
        }
    }

    [Fact]
    public void StatementsCopyingTheRuleSetsGuidance_RepeatIt_WhenTheWordsTheyAddAreTheSameInEveryAnswer()
    {
        // Words pasted beside the copy into every answer are no more the vendor's than the copy,
        // before it or after it; words each statement has alone are.
        var expectations = BuiltInRuleSets.VtcJointStatement2020.Expectations.Where(e => e.Guidance is not null).Take(8).ToArray();
        var naming = Substance.WordsNamingExpectations(BuiltInRuleSets.VtcJointStatement2020.Expectations);
        var ruleSetText = ExpectationText.Of(BuiltInRuleSets.VtcJointStatement2020.Expectations);
        const string Shared = "Harbourlight engineers verify this quarterly.";
        string[] own = ["Tallinn cluster rotated fortnightly", "Oslo rack audited nightly", "Lisbon replicas checked hourly", "Quito gateway patched weekly",
            "Dakar relay reviewed monthly", "Perth archive tested biannually", "Riga proxy scanned daily", "Lima vault sealed yearly"];
        var forms = new Func<int, string>[]
        {
            i => expectations[i].Guidance + " " + Shared,
            i => Shared + " " + expectations[i].Guidance,
            i => expectations[i].Guidance + " " + Shared + " " + own[i] + ", " + string.Join(" ", Enumerable.Range(12 * i, 12).Select(Invented)) + ".",
        };

        for (var form = 0; form < forms.Length; form++)
        {
            var texts = Enumerable.Range(0, expectations.Length).Select(forms[form]).ToArray();
            using var set = new StatementSet(texts, naming);
            for (var i = 0; i < texts.Length; i++)
            {
                set.IsBoilerplate(i).Should().BeFalse("no run of words but the shared one is pasted");
                set.Judge(i, Substance.TitleWords(expectations[i].Title), ruleSetText).Should().Be(
                    form < 2 ? SubstanceVerdict.RepeatsTitle : SubstanceVerdict.Substantive, "for \"{0}\"", texts[i]);
            }
        }
    }

    // Twenty distinct words no text of the rule set holds, enough of a statement's own beside a copy of any guidance.
    private const string OwnWords = "Tallinn Oslo Lisbon Quito Dakar Perth Riga Lima Ingrid Marta Grafana Opsgenie Zabbix Kibana Nagios Tuesday fortnightly squad rack vault";

    // A made-up word of three syllables, different for every n below 4,096, that no text of the rule set holds.
    private static string Invented(int n) => string.Concat(new[] { n % 16, (n / 16) % 16, (n / 256) % 16 }.Select(s => "ka lo mi ne su ta ri vo pe zu ba di fo gu he ji".Split(' ')[s]));

    private static string OwnTextOf(Expectation expectation, int field) => field switch
    {
        0 => expectation.Rationale,
        1 => expectation.Remediation,
        _ => expectation.Guidance ?? expectation.Remediation,
    };

    // The text with every `every`th counted word (see Substance.Counts) left out; none for less than 2.
    private static string LeaveOut(string text, int every)
    {
        var counted = 0;
        return every < 2 ? text : string.Join(" ", text.Split(' ').Where(token =>
        {
            var word = Model.Normalise(token);
            return !(word.Length >= 3 && !Substance.FunctionWordList.Contains(word) && ++counted % every == 0);
        }));
    }

    // The text with one word (every third time two) added after every `every`th word; none for less than 2.
    private static string Add(string text, int every, int seed)
    {
        string[] added = ["truly", "reliably", "quietly", "genuinely", "Harbourlight", "robustly", "people", "always"];
        return every < 2 ? text : string.Join(" ", text.Split(' ').Select((word, at) => (at + 1) % every != 0 ? word
            : word + " " + added[(seed + at) % added.Length] + ((at / every) % 3 == 2 ? " " + added[(seed + at + 1) % added.Length] : string.Empty)));
    }

    private static string Slice(string text, int start, int length)
    {
        var words = text.Split(' ');
        return string.Join(" ", words.Skip(Math.Min(start, words.Length - 1)).Take(length));
    }

    [Theory]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our platf\u2C9Frm team.", "a Coptic o inside a word")]
    [InlineData("\u2C9Fnly named engineers may reach recordings, through an audited console, with consent.", "a Coptic o starting a word")]
    [InlineData("Recordings are st\u043Ered encrypted with keys rotated every quarter by our platform team.", "a Cyrillic o, which folding reads as an o, is still another script's letter inside a Latin word")]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our platf\u0D20rm team.", "a Malayalam letter")]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our platf\U0001E90Crm team.", "an Adlam letter, outside the Basic Multilingual Plane")]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our pr\u212Eject team.", "a letterlike symbol drawn as an e")]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our platf\u09E6rm team.", "a Bengali digit drawn as an o")]
    [InlineData("Recordings\u200Bare stored\u200Bencrypted with\u200Bkeys rotated\u200Bevery quarter by\u200Bour platform team.", "a zero-width space in place of every other space, which runs two words into one")]
    [InlineData("Recordings are stored encr\u200Dypted with keys rotated every quarter by our platform team.", "a zero-width joiner inside a word")]
    [InlineData("Recordings are stored encrypted with keys rotated every quarter by our platform\u200Eteam.", "a direction mark between two Latin words")]
    [InlineData("\u202E.maet mroftalp ruo yb retrauq yreve detator syek htiw detpyrcne derots era sgnidroceR\u202C", "stored backwards behind a right-to-left override")]
    public void TextThatDoesNotReadAsItIsStored_IsDisguised(string text, string why)
    {
        Substance.Judge(text, "Encryption at rest", null).Should().Be(SubstanceVerdict.Disguised, why);
        Model.Judge(text, "Encryption at rest", null).Should().Be(SubstanceVerdict.Disguised, why);
        Substance.IsLocator(text).Should().BeFalse("a disguised reference leads nowhere: {0}", why);
    }

    [Theory]
    [InlineData("Les appels, le chat et les fichiers sont chiffrés en transit avec TLS 1.3 sur toutes les applications.")]
    [InlineData("Zoom에서 통화와 채팅은 TLS로 암호화되며 녹화 파일은 저장할 때 AES-256으로 암호화됩니다.")]
    [InlineData("通話とチャットはTLSを使用して暗号化され、録画はAES-256で保存時に暗号化されます。")]
    [InlineData("השיחות בZoom מוצפנות בהעברה באמצעות TLS, וההקלטות מוצפנות באחסון.")]
    [InlineData("المكالمات عبرZoom مشفرة أثناء النقل باستخدام TLS والتسجيلات مشفرة عند التخزين.")]
    [InlineData("Все звонки и чаты шифруются при передаче по TLS, а записи хранятся в зашифрованном виде.")]
    [InlineData("Søren Łukasiewicz in Kraków reviews retention settings; CO\u2082e of the data centre is 40\u00B5s per call.")]
    [InlineData("Ｅｎｃｒｙｐｔｉｏｎ in transit uses TLS 1.3 with 𝐀𝐄𝐒 keys rotated every quarter by our platform team.")]
    [InlineData("Recordings are encrypted; the caf\u00E9 network is never trusted, and keys are rotated each quarter.")]
    [InlineData("All con\uFB01dential \uFB01les are encrypted at rest, and data \uFB02ows between regions are encrypted in transit.")]
    [InlineData("Latency stays under 40\u03BCs per frame while keys are rotated each quarter by the platform team.")]
    [InlineData("\u015E\u0259xsi m\u0259lumatlar \u015Fifr\u0259l\u0259nir v\u0259 a\u00E7arlar h\u0259r r\u00FCbd\u0259 d\u0259yi\u015Fdirilir.")]
    [InlineData("O\u02BBzbekiston ofisimiz recordings encrypted keys rotated quarterly by the team in Hawai\u02BBi.")]
    [InlineData("\u0967\u0966GB of recordings per account are encrypted at rest, and keys are rotated each quarter.")]
    [InlineData("\uFF7B\uFF70\uFF8A\uFF9E\uFF70AWS\u3067\u9332\u753B\u3092\u6697\u53F7\u5316\u3057\u3001\u9375\u306F\u56DB\u534A\u671F\u3054\u3068\u306B\u66F4\u65B0\u3057\u307E\u3059\u3002")]
    [InlineData("Datenschutz\u00ADbeauftragte pr\u00FCfen die Aufbewahrung, und Schl\u00FCssel werden viertelj\u00E4hrlich erneuert.")]
    [InlineData("\u0E01\u0E32\u0E23\u0E42\u0E17\u0E23\u200B\u0E16\u0E39\u0E01\u200B\u0E40\u0E02\u0E49\u0E32\u0E23\u0E2B\u0E31\u0E2A\u200B\u0E14\u0E49\u0E27\u0E22 TLS \u0E41\u0E25\u0E30\u200B\u0E01\u0E32\u0E23\u0E1A\u0E31\u0E19\u0E17\u0E36\u0E01\u200B\u0E16\u0E39\u0E01\u200B\u0E40\u0E02\u0E49\u0E32\u0E23\u0E2B\u0E31\u0E2A")]
    [InlineData("Recordings are encrypted at rest with AES-256,\u200B and keys are rotated each quarter by our team.")]
    [InlineData("\u2139\uFE0FNote: recordings are encrypted at rest in Acme\u2122Cloud, and keys are rotated each quarter.")]
    public void HonestTextInAnyScript_IsNotDisguised(string text)
    {
        Substance.Judge(text, "Encryption at rest", null).Should().NotBe(SubstanceVerdict.Disguised);
        Model.Judge(text, "Encryption at rest", null).Should().NotBe(SubstanceVerdict.Disguised);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(30)]
    public void APlaceholderPhraseAfterManyWordsThatCouldStartOne_IsStillFound(int before)
    {
        // Normalising keeps the first few places where a phrase may start, then reads word by word.
        var text = string.Concat(Enumerable.Repeat("to go and see the keys rotated, ", before)) + "details to be confirmed";

        Substance.Judge(text, "Encryption at rest", null).Should().Be(SubstanceVerdict.Placeholder);
        Substance.Judge(text.Replace("to be confirmed", "to be rotated", StringComparison.Ordinal), "Encryption at rest", null).Should().Be(Model.Judge(text.Replace("to be confirmed", "to be rotated", StringComparison.Ordinal), "Encryption at rest", null));
    }

    [Fact]
    public void EveryText_IsNormalisedAndJudgedAsAReferenceAsTheModelDoes()
    {
        Gen.Select(Text, Pick(Titles)).Sample((text, title) =>
        {
            Substance.Normalise(text).Should().Be(Model.Normalise(text));
            Substance.Judge(text, title, null).Should().Be(Model.Judge(text, title, null), "for \"{0}\"", text);
            Substance.IsLocator(text).Should().Be(Model.IsLocator(text), "for \"{0}\"", text);
        });
    }

    [Fact]
    public void AnyCharacters_AreNormalisedAsTheModelDoes_WhateverBlocksTheyFallIn()
    {
        // Blocks of ASCII are folded a vector at a time when no two dropped characters meet; these
        // texts put single and doubled separators, non-ASCII letters and lone surrogates at every
        // place in a block, and at a text's ends.
        var texts = Gen.Frequency((6, Gen.Char["aZq09"]), (2, Gen.Char[" .,-"]), (1, Gen.Char["é\u00A0\u0130\u212A\uD83D\uDC32\u0663"])).Array[0, 70].Select(c => new string(c));
        texts.Sample(text => Substance.Normalise(text).Should().Be(Model.Normalise(text), "for \"{0}\"", text), iter: 20_000);
    }

    [Fact]
    public void SaysNotInPlace_AgreesWithAPhraseByPhraseSearch_WhateverTheText()
    {
        // The vectorised search for each phrase's longest word only rules statements out: it must
        // never hide a phrase that a look at every word would find.
        var words = Gen.OneOf(
            Pick(Substance.NotInPlacePhrases),
            Pick(["we", "not", "yet", "will", "plan", "planned", "roadmap", "release", "currently", "encrypted", "keys", "are", "be", "in", "a", "our", "the", "rolled", "out",
                "soon", "coming", "is", "beta", "public", "preview", "pilot", "with", "early", "access", "rolling", "being", "available"]));
        words.Array[0, 12].Select(w => string.Join(" ", w)).Sample(text =>
        {
            var model = Substance.NotInPlacePhrases.Any(p => (" " + text + " ").Contains(" " + p + " ", StringComparison.Ordinal));
            Substance.SaysNotInPlace(text.AsSpan()).Should().Be(model, "for \"{0}\"", text);
        }, iter: 20_000);
    }

    [Fact]
    public void IndexOfIgnoreCase_FindsWhatTheOrdinalIgnoreCaseSearchFinds()
    {
        // The search by a word's first letter in either case must find every place the general
        // search does, including the letters outside ASCII that match an ASCII one (dotless i, long s).
        var chars = Gen.Char["aAiIsSkKtT \u0131\u017F\u212A\u0130é1"];
        Gen.Select(chars.Array[0, 40], chars.Array[1, 4]).Sample((text, word) =>
        {
            var (t, w) = (new string(text), new string(word));
            AttestationContext.IndexOfIgnoreCase(t.AsSpan(), w.AsSpan()).Should().Be(t.IndexOf(w, StringComparison.OrdinalIgnoreCase), "for \"{0}\" in \"{1}\"", w, t);
        }, iter: 50_000);
    }

    [Theory]
    [InlineData("TBD", "placeholder")]
    [InlineData("This will be done, details to be confirmed by the team later", "placeholder")]
    [InlineData("Lorem-ipsum dolor sit amet consectetur adipiscing elit sed do", "placeholder")]
    [InlineData("Dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor", "placeholder")]
    [InlineData("Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia", "placeholder")]
    [InlineData("Keys are rotated quarterly; the sed script that checks the rotation log is reviewed", "substantive")]
    [InlineData("Dolor amet: keys rotated", "too short")]
    [InlineData("Ipsum and more ipsum, then lorem: keys are rotated every quarter by the platform team", "placeholder")]
    [InlineData("录音、聊天记录和转录文本在我们的数据中心使用加密存储，密钥由硬件安全模块管理并每年轮换。", "substantive")]
    [InlineData("通話はすべて転送中に暗号化され、鍵は四半期ごとに更新されて、監査ログに記録されます。", "substantive")]
    [InlineData("การโทรทั้งหมดได้รับการเข้ารหัสระหว่างการส่งข้อมูลและมีการหมุนเวียนกุญแจทุกไตรมาส", "substantive")]
    [InlineData("是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是是", "too short")]
    [InlineData("数据，数据，数据，数据，数据，数据，数据，数据，数据，数据，数据，数据，数据，数据", "too short")]
    [InlineData("We see aboveground storage risks and rotate the keys every quarter", "substantive")]
    [InlineData("Keys are rotated quarterly and every rotation is logged to an append-only store", "substantive")]
    [InlineData("Keys rotated quarterly, logged.", "too short")]
    [InlineData("Microphones start muted and cameras start off; until a participant turns video on, others see a placeholder avatar with initials rather than a live picture.", "substantive")]
    [InlineData("Users download or delete their recordings, chat and account data from the privacy page; every deletion request has to be confirmed by the account owner by email before anything is erased.", "substantive")]
    [InlineData("Our sub-processor list names each company, its purpose and country; rows where a country is not applicable are marked N/A and explained in a footnote.", "substantive")]
    [InlineData("TODO: keys are rotated every quarter by the platform team", "placeholder")]
    [InlineData("N/A, we do not store keys at rest on any server we run", "placeholder")]
    public void KnownTexts_GetTheirVerdict(string text, string expected)
    {
        var verdict = Substance.Judge(text, "Encryption at rest", null);

        Describe(verdict).Should().Be(expected);
        Describe(Model.Judge(text, "Encryption at rest", null)).Should().Be(expected);
    }

    [Fact]
    public void ATextLongerThanTheStackBuffer_IsJudgedWhole()
    {
        // A placeholder at the very end of a long text is still found.
        var text = string.Concat(Enumerable.Repeat("Keys are rotated quarterly and logged by the platform team. ", 40)) + "TBD";

        Substance.Judge(text, "Encryption at rest", null).Should().Be(SubstanceVerdict.Placeholder);
        Substance.Boilerplate([text, text.ToLowerInvariant(), text + "!"]).Should().BeEquivalentTo([text, text.ToLowerInvariant(), text + "!"]);
    }

    private static Gen<string> Pick(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static string Describe(SubstanceVerdict verdict) => verdict switch
    {
        SubstanceVerdict.Placeholder => "placeholder",
        SubstanceVerdict.Substantive => "substantive",
        SubstanceVerdict.TooShort => "too short",
        _ => verdict.ToString(),
    };

    /// <summary>The contract, written for clarity rather than speed.</summary>
    private static class Model
    {
        public static string Normalise(string text)
        {
            var result = new StringBuilder();
            var space = false;
            foreach (var rune in text.EnumerateRunes())
            {
                var folded = Fold(rune);
                if (folded is null)
                {
                    continue;
                }

                if (folded.Length == 0)
                {
                    space = true;
                    continue;
                }

                if (space && result.Length > 0)
                {
                    result.Append(' ');
                }

                result.Append(folded);
                space = false;
            }

            return result.ToString();
        }

        // What a character becomes (docs/scoring.md, "Substance"): null when it vanishes (a mark or
        // an invisible format character), empty when it separates words, else the letter or digit in
        // lower case: its compatibility decomposition's one letter or digit, a lookalike of another
        // script as the Latin letter. Outside the Basic Multilingual Plane, only the mathematical
        // Latin letters and digits are folded; any other letter or digit is kept as it is.
        private static string? Fold(Rune rune)
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            {
                // Marks and format characters.
                return null;
            }

            if (rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0)
            {
                // The Hangul fillers: letters drawn as blank space, so they part words.
                return string.Empty;
            }

            var text = rune.ToString();
            if (rune.Value > 0xFFFF)
            {
                var mathematical = rune.Value is (>= 0x1D400 and <= 0x1D6A3) or (>= 0x1D7CE and <= 0x1D7FF);
                return mathematical && Rune.IsLetterOrDigit(rune) ? text.Normalize(NormalizationForm.FormKD).ToLowerInvariant()
                    : !mathematical && Rune.IsLetterOrDigit(rune) ? text
                    : string.Empty;
            }

            var c = (char)rune.Value;
            var upper = TextFolding.UpperLookalikes.IndexOf(c, StringComparison.Ordinal);
            if (upper >= 0 && upper % 2 == 0)
            {
                return TextFolding.UpperLookalikes[upper + 1].ToString();
            }

            var decomposed = text.Normalize(NormalizationForm.FormKD).Where(char.IsLetterOrDigit).ToArray();
            var letter = decomposed.Length == 1 ? decomposed[0] : c;
            if (!char.IsLetterOrDigit(letter))
            {
                return string.Empty;
            }

            var lower = char.ToLowerInvariant(letter);
            var lookalike = TextFolding.LowerLookalikes.IndexOf(lower, StringComparison.Ordinal);
            return (lookalike >= 0 && lookalike % 2 == 0 ? TextFolding.LowerLookalikes[lookalike + 1] : lower).ToString();
        }

        /// <summary>What tells a statement apart from others: its words without their digits, less those left empty or ignored (a plural as its singular), or, when none is left, all of it.</summary>
        public static string Key(string text, ISet<string>? ignored)
        {
            var normalised = Normalise(text);
            var words = normalised.Split(' ')
                .Select(w => new string([.. w.Where(c => !char.IsDigit(c))]))
                .Where(w => w.Length > 0 && !(ignored is not null && (ignored.Contains(w) || (w.Length > 3 && w.EndsWith('s') && ignored.Contains(w[..^1])))))
                .ToArray();
            return words.Length == 0 ? normalised : string.Join(' ', words);
        }

        /// <summary>
        /// The keys of the boilerplate statements: those whose key is given in too many answers, and
        /// those with too few distinct counted words of their own (held by fewer answers than that)
        /// that hold a run of counted words that too many answers hold, or enough distinct words to
        /// judge by their words alone, or words that enough other statements each hold all but a
        /// fifth of, or only sentences that too many answers hold; and those that hold such a run
        /// with fewer words of their own than one for every <see cref="Substance.PastedWordsPerOwnWord"/>
        /// words of the runs. (Statements with one key get one verdict.)
        /// </summary>
        public static HashSet<string> Boilerplate(IEnumerable<string> statements, ISet<string>? ignored = null)
        {
            var texts = statements.Where(s => Normalise(s).Length > 0).ToArray();
            var keys = texts.Select(s => Key(s, ignored)).ToArray();
            var sentences = texts.Select(t => Sentences(t, ignored).Distinct().ToArray()).ToArray();
            var sentenceHolders = sentences.SelectMany(s => s).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var repeated = keys.GroupBy(k => k).Where(g => g.Count() >= Substance.BoilerplateAnswers).Select(g => g.Key).ToHashSet();
            var counted = keys.Select(k => k.Split(' ').Where(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w)).ToArray()).ToArray();
            string Run(string[] words, int at) => string.Join(' ', words.Skip(at).Take(Substance.PastedRunWords));
            var holders = counted
                .SelectMany((words, statement) => Enumerable.Range(0, Math.Max(0, words.Length - Substance.PastedRunWords + 1)).Select(at => (Run: Run(words, at), Statement: statement)))
                .GroupBy(r => r.Run)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Statement).Distinct().Count());
            var wordHolders = counted.SelectMany(words => words.Distinct()).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
            for (var i = 0; i < keys.Length; i++)
            {
                var words = counted[i];
                var covered = new bool[words.Length];
                for (var at = 0; at + Substance.PastedRunWords <= words.Length; at++)
                {
                    if (holders[Run(words, at)] >= Substance.BoilerplateAnswers)
                    {
                        Array.Fill(covered, true, at, Substance.PastedRunWords);
                    }
                }

                var distinct = words.Distinct().ToArray();
                var heldByOthers = counted.Where((other, j) => j != i && distinct.Count(other.Contains) >= distinct.Length - (distinct.Length / 5)).Count();
                var sharedWhole = covered.Any(c => c)
                    || distinct.Length >= Substance.SharedWords
                    || (distinct.Length >= Substance.MinimumWords && heldByOthers >= Substance.BoilerplateAnswers - 1)
                    || (words.Length >= Substance.MinimumWords && distinct.All(word => wordHolders[word] >= Substance.BoilerplateAnswers)
                        && sentences[i].Length > 0 && sentences[i].All(sentence => sentenceHolders[sentence] >= Substance.BoilerplateAnswers));
                // Or, holding a pasted run, fewer words of its own than one for every
                // PastedWordsPerOwnWord words of the runs: under a quarter of its words its own.
                var own = distinct.Count(word => wordHolders[word] < Substance.BoilerplateAnswers);
                var inRuns = covered.Count(c => c);
                if ((sharedWhole && own < Substance.MinimumWords) || (inRuns > 0 && own < Math.Max(Substance.MinimumWords, inRuns / Substance.PastedWordsPerOwnWord)))
                {
                    repeated.Add(keys[i]);
                }
            }

            return repeated;
        }

        /// <summary>
        /// A statement's sentences (its text between . ! ? ; : and line breaks, full-width ones
        /// too), each as its counted words without a digit and not ignored; those with none are left out.
        /// </summary>
        public static IEnumerable<string> Sentences(string text, ISet<string>? ignored) =>
            text.Split(['.', '!', '?', ';', ':', '\n', '\r', '\u3002', '\uFF0E', '\uFF01', '\uFF1F', '\uFF1B', '\uFF1A'])
                .Select(sentence => string.Join(' ', Normalise(sentence).Split(' ')
                    .Where(w => w.Length >= 3 && !Substance.FunctionWordList.Contains(w) && !w.Any(char.IsDigit)
                        && !(ignored is not null && (ignored.Contains(w) || (w.Length > 3 && w.EndsWith('s') && ignored.Contains(w[..^1])))))))
                .Where(sentence => sentence.Length > 0);

        /// <summary>
        /// Whether a statement holds a run of the rule set's own text (the counted words without a
        /// digit of each expectation's rationale, remediation and guidance, in runs of the
        /// pasted-run length, or whole when shorter but not too short to be copied) and too few
        /// distinct counted words outside every such run that are not words of its title.
        /// </summary>
        public static bool RepeatsExpectationText(string text, string title, IEnumerable<Expectation> expectations)
        {
            var words = RunWords(text);
            var covered = new bool[words.Length];
            foreach (var source in expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }).OfType<string>())
            {
                var runWords = RunWords(source);
                var length = Math.Min(runWords.Length, Substance.PastedRunWords);
                if (length < Substance.MinimumWords)
                {
                    continue;
                }

                var runs = Enumerable.Range(0, runWords.Length - length + 1).Select(at => string.Join(' ', runWords.Skip(at).Take(length))).ToHashSet();
                for (var at = 0; at + length <= words.Length; at++)
                {
                    if (runs.Contains(string.Join(' ', words.Skip(at).Take(length))))
                    {
                        Array.Fill(covered, true, at, length);
                    }
                }
            }

            // Loose copies: chains of the statement's words, each found in one text after the one
            // before it with at most MostLeftOut words of that text between and at most MostAdded
            // of the statement's; each word copied scores 1, each word added costs AddedWordCost.
            // The best chain ending at each word (highest score, then earliest start) is marked whole
            // when it scores PastedRunWords.
            var texts = expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }).OfType<string>().Select(RunWords).ToArray();
            var chains = new Dictionary<(int Word, int Text, int Place), (int Score, int Start)>();
            for (var k = 0; k < words.Length; k++)
            {
                (int Score, int Start) best = (0, 0);
                for (var t = 0; t < texts.Length; t++)
                {
                    for (var place = 0; place < texts[t].Length; place++)
                    {
                        if (texts[t][place] != words[k])
                        {
                            continue;
                        }

                        var chain = (Score: 1, Start: k);
                        for (var added = 0; added <= ExpectationText.MostAdded; added++)
                        {
                            for (var leftOut = 0; leftOut <= ExpectationText.MostLeftOut; leftOut++)
                            {
                                if (chains.TryGetValue((k - 1 - added, t, place - 1 - leftOut), out var before))
                                {
                                    var extended = (Score: before.Score + 1 - (ExpectationText.AddedWordCost * added), before.Start);
                                    chain = extended.Score > chain.Score || (extended.Score == chain.Score && extended.Start < chain.Start) ? extended : chain;
                                }
                            }
                        }

                        chains[(k, t, place)] = chain;
                        best = chain.Score > best.Score || (chain.Score == best.Score && chain.Start < best.Start) ? chain : best;
                    }
                }

                if (best.Score >= Substance.PastedRunWords)
                {
                    Array.Fill(covered, true, best.Start, k + 1 - best.Start);
                }
            }

            var titleWords = Normalise(title).Split(' ').ToHashSet();
            return covered.Any(c => c) && words.Where((w, at) => !covered[at] && !titleWords.Contains(w) && !(w.Length > 3 && w.EndsWith('s') && titleWords.Contains(w[..^1]))).Distinct().Count()
                < Math.Max(Substance.MinimumWords, covered.Count(c => c) / Substance.CopiedWordsPerOwnWord);
        }

        // The rule set's words in any order: PastedRunWords distinct words of one text (or all the
        // words of a shorter one, MinimumWords at least) with fewer words outside it than
        // max(MinimumWords, shared / CopiedWordsPerOwnWord), title words never its own; or, for a
        // list of words (at most one in four not counted), as many words of all the texts with as
        // few words of none.
        public static bool RepeatsExpectationWords(string text, string title, IEnumerable<Expectation> expectations)
        {
            var distinct = RunWords(text).Distinct().ToArray();
            var titleWords = Normalise(title).Split(' ').ToHashSet();
            bool IsTitleWord(string w) => titleWords.Contains(w) || (w.Length > 3 && w.EndsWith('s') && titleWords.Contains(w[..^1]));
            int Needed(int shared) => Math.Max(Substance.MinimumWords, shared / Substance.CopiedWordsPerOwnWord);
            var texts = expectations.SelectMany(e => new[] { e.Title, e.Rationale, e.Remediation, e.Guidance }).OfType<string>().Select(t => RunWords(t).ToHashSet()).Where(t => t.Count > 0).ToArray();
            foreach (var words in texts)
            {
                var shared = distinct.Count(w => words.Contains(w) && !IsTitleWord(w));
                if (shared >= Math.Max(Substance.MinimumWords, Math.Min(Substance.PastedRunWords, words.Count(w => !IsTitleWord(w))))
                    && distinct.Count(w => !words.Contains(w) && !IsTitleWord(w)) < Math.Max(1, shared / (2 * Substance.CopiedWordsPerOwnWord)))
                {
                    return true;
                }
            }

            var all = texts.SelectMany(t => t).ToHashSet();
            var tokens = Normalise(text).Split(' ').Where(w => w.Any(char.IsLetter)).ToArray();
            var inAll = distinct.Count(all.Contains);
            var separators = text.Count(c => c is ',' or ';' or '|' or '/' or '\u00B7' or '\u2022' or '\n');
            return tokens.Length > 0 && tokens.Count(w => w.Length < 3 || Substance.FunctionWordList.Contains(w)) * Substance.ListWordsPerFunctionWord <= tokens.Length
                && 2 * separators >= tokens.Length - 1
                && inAll >= Substance.PastedRunWords && distinct.Count(w => !all.Contains(w) && !IsTitleWord(w)) < Needed(inAll);
        }

        private static string[] RunWords(string text) =>
            Normalise(text).Split(' ').Where(w => w.Length >= 3 && !w.Any(char.IsDigit) && !Substance.FunctionWordList.Contains(w)).ToArray();

        public static SubstanceVerdict Judge(string? text, string title, HashSet<string>? boilerplateKeys, ISet<string>? ignored, IEnumerable<Expectation> expectations)
        {
            var verdict = Judge(text, title, boilerplateKeys, ignored);
            return verdict == SubstanceVerdict.Substantive && (RepeatsExpectationText(text!, title, expectations) || RepeatsExpectationWords(text!, title, expectations)) ? SubstanceVerdict.RepeatsTitle : verdict;
        }

        public static SubstanceVerdict Judge(string? text, string title, HashSet<string>? boilerplateKeys, ISet<string>? ignored = null)
        {
            var normalised = text is null ? string.Empty : Normalise(text);
            if (normalised.Length == 0)
            {
                return SubstanceVerdict.Missing;
            }

            if (IsDisguised(text!))
            {
                return SubstanceVerdict.Disguised;
            }

            var words = normalised.Split(' ');
            var titleWords = Normalise(title).Split(' ').ToHashSet();
            if (HoldsPlaceholder(normalised) && OwnWords(words, titleWords, Substance.PlaceholderOutweighedBy, out _) < Substance.PlaceholderOutweighedBy)
            {
                return SubstanceVerdict.Placeholder;
            }

            if (boilerplateKeys?.Contains(Key(normalised, ignored)) == true)
            {
                return SubstanceVerdict.Boilerplate;
            }

            var ownCount = OwnWords(words, titleWords, Substance.MinimumWords, out var sharesTitle);
            if (ownCount < Substance.MinimumWords)
            {
                return sharesTitle > 0 && ownCount < 2 ? SubstanceVerdict.RepeatsTitle : SubstanceVerdict.TooShort;
            }

            return text!.Trim().Length < Substance.MinimumCharacters ? SubstanceVerdict.TooShort : SubstanceVerdict.Substantive;
        }

        /// <summary>
        /// Whether a text does not read as it is stored: a direction override anywhere, or, in one
        /// word, a letter of another script (or "℮"), or a digit of another script after a Latin
        /// letter, followed by a Latin letter. Latin letters are those of the Latin blocks, the
        /// micro sign and mu, ligatures, and any other character that folds to a Latin letter but
        /// is no listed lookalike. Hebrew, Arabic and the scripts written without spaces end a word;
        /// marks, invisible characters and modifier letters do not; a digit that folds to an ASCII
        /// digit changes nothing.
        /// </summary>
        public static bool IsDisguised(string text)
        {
            var (latin, foreign) = (false, false);
            foreach (var rune in text.EnumerateRunes())
            {
                var v = rune.Value;
                if (v is 0x202D or 0x202E)
                {
                    return true;
                }

                var folded = Fold(rune);
                if (folded is null && v != 0xAD && latin && Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
                {
                    // An invisible format character other than a soft hyphen after a Latin letter: a
                    // Latin letter after it disguises the word.
                    foreign = true;
                    continue;
                }

                if (folded is null || v is >= 0x2B0 and <= 0x2FF)
                {
                    continue;
                }

                var joinsHonestly = v is (>= 0x0590 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0x0E00 and <= 0x0EFF)
                    or (>= 0x1000 and <= 0x109F) or (>= 0x1780 and <= 0x17FF) or (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7AF)
                    or (>= 0xF900 and <= 0xFAFF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0xFF61 and <= 0xFFDC) or (>= 0x1B000 and <= 0x1B16F)
                    or (>= 0x20000 and <= 0x3FFFF);
                var latinBlock = v is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or 0xAA or 0xB5 or 0xBA or 0x3BC or (>= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7)
                    or (>= 0x1E00 and <= 0x1EFF) or 0x253 or 0x254 or 0x256 or 0x257 or 0x259 or 0x25B or 0x263 or 0x272 or 0x28B or 0x292
                    or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFB00 and <= 0xFB06) or (>= 0xFF21 and <= 0xFF3A) or (>= 0xFF41 and <= 0xFF5A)
                    or (>= 0x1D400 and <= 0x1D6A3);
                var styledLatin = folded is [>= 'a' and <= 'z'] && !(v <= 0xFFFF && TextFolding.IsLookalike((char)v));
                if (joinsHonestly)
                {
                    (latin, foreign) = (false, false);
                }
                else if (latinBlock || styledLatin)
                {
                    if (foreign)
                    {
                        return true;
                    }

                    latin = true;
                }
                else if (folded is [>= '0' and <= '9'])
                {
                }
                else if (Rune.IsLetter(rune) || v == 0x212E)
                {
                    foreign = true;
                }
                else if (Rune.IsDigit(rune))
                {
                    foreign |= latin;
                }
                else
                {
                    (latin, foreign) = (false, false);
                }
            }

            return false;
        }

        // A placeholder phrase or word, or FillerWords words of the filler text, anywhere in a normalised text.
        private static bool HoldsPlaceholder(string normalised)
        {
            var words = normalised.Split(' ');
            return Substance.PlaceholderPhrases.Any(p => (" " + normalised + " ").Contains(" " + p + " ", StringComparison.Ordinal)) || words.Any(Substance.PlaceholderWordList.Contains)
                || words.Count(Substance.FillerWordList.Contains) >= Substance.FillerWords;
        }

        // Distinct words of its own, up to `limit`: not function, filler or placeholder words; words of
        // the title counted apart. Scripts written without spaces: every two distinct characters (of
        // the first 2 × PlaceholderOutweighedBy) count as a word.
        private static int OwnWords(string[] words, HashSet<string> titleWords, int limit, out int sharesTitle)
        {
            var own = new List<string>();
            sharesTitle = 0;
            var unspaced = new List<char>();
            foreach (var word in words)
            {
                if (own.Count + (unspaced.Count / 2) >= limit)
                {
                    break;
                }

                if (IsUnspaced(word[0]))
                {
                    unspaced.AddRange(word.Where(IsUnspaced).Distinct().Where(c => !unspaced.Contains(c)).Take((2 * Substance.PlaceholderOutweighedBy) - unspaced.Count));
                    continue;
                }

                if (word.Length < 3 || Substance.FunctionWordList.Contains(word) || Substance.FillerWordList.Contains(word) || Substance.PlaceholderWordList.Contains(word))
                {
                    continue;
                }

                var singular = word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
                if (titleWords.Contains(word) || titleWords.Contains(singular))
                {
                    sharesTitle++;
                }
                else if (!own.Contains(word))
                {
                    own.Add(word);
                }
            }

            return own.Count + (unspaced.Count / 2);
        }

        private static bool IsUnspaced(char c) =>
            c is (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u1780' and <= '\u17FF') or (>= '\u3040' and <= '\u30FF')
                or (>= '\u31F0' and <= '\u31FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
                or (>= '\uFF66' and <= '\uFF9F') or (>= '\uD840' and <= '\uD87F');

        public static bool IsLocator(string reference)
        {
            var normalised = Normalise(reference);
            if (normalised.Length == 0 || IsDisguised(reference))
            {
                return false;
            }

            var url = Regex.Match(reference.Trim(), @"\A[A-Za-z][A-Za-z0-9+.\-]*://(?<rest>\S*)\z");
            if (url.Success && Regex.Count(url.Groups["rest"].Value, @"[\p{L}\p{Nd}]+") >= 2
                && !Substance.PlaceholderWordList.Concat(Substance.PlaceholderPhrases).Contains(Normalise(url.Groups["rest"].Value)))
            {
                return true;
            }

            // A reference that holds a placeholder anywhere ("to be uploaded later") leads nowhere, whatever else it says.
            if (normalised.Length < 2 || HoldsPlaceholder(normalised))
            {
                return false;
            }

            var words = normalised.Split(' ');
            var withheld = Substance.WithholdingPhrases.Any(p => (" " + normalised + " ").Contains(" " + p + " ", StringComparison.Ordinal))
                || words.Contains("nda")
                || words.Select((w, i) => (w, i)).Any(x => (x.w == "disclosure" && x.i > 0 && words[x.i - 1] == "non")
                    || ((x.w == "request" || x.w == "requested") && words.Skip(Math.Max(0, x.i - 3)).Take(Math.Min(3, x.i)).Any(b => b is "on" or "upon" or "by")));
            if (withheld)
            {
                return reference.Split([' ', '\t', '\n', '\r', ',', ';', '(', ')', '[', ']']).Any(t => t.Any(char.IsLetter) && t.Any(char.IsDigit))
                    || Regex.IsMatch(reference, @"[\p{L}\p{Nd}][/#\\][\p{L}\p{Nd}]");
            }

            if (reference.Any(char.IsDigit) || Regex.IsMatch(reference, @"[\p{L}\p{Nd}][/.:#_\\][\p{L}\p{Nd}]"))
            {
                return true;
            }

            return words.Length >= 3;
        }
    }

    [Theory]
    [InlineData("Blogbeitrag: So denken wir über Sicherheit", null, null)]
    [InlineData("Fallstudie: Verschlüsselung bei Harbourlight", null, null)]
    [InlineData("Étude de cas : notre vision de la sécurité", null, null)]
    [InlineData("Folleto: cómo pensamos en la seguridad", null, null)]
    [InlineData("Comunicato stampa sulla sicurezza", null, null)]
    [InlineData("Security overview", "https://vendor.example/aktuelles/2026/sicherheit", null)]
    [InlineData("Revue de sécurité", "https://vendor.example/actualites/2026/securite", null)]
    [InlineData("Informe de seguridad", null, "Brightwater Agencia de publicidad")]
    [InlineData("Sicherheitsprüfung", null, "Brightwater Werbeagentur GmbH")]
    [InlineData("Revue de sécurité", null, "Brightwater Agence de communication")]
    public void PublicityInAnotherLanguage_IsPublicity(string title, string? reference, string? issuer) =>
        Substance.PublicityOf(title, reference, issuer).Should().NotBeNull();

    [Theory]
    [InlineData("Penetrationstest der Plattform 2026", "https://assessors.example/berichte/2026/harbourlight", "Nordlicht Sicherheitsprüfung GmbH")]
    [InlineData("Rapport d'audit SOC 2 Type II", "https://auditeurs.example/rapports/harbourlight", "Cabinet Lemaire Audit SAS")]
    [InlineData("Informe de auditoría ISO/IEC 27001", null, "Certificadora Ibérica S.L.")]
    [InlineData("Aufbewahrungsfristen und Löschfristen", null, "Office fédéral de la communication")]
    public void AnAuditInAnotherLanguage_IsNoPublicity(string title, string? reference, string? issuer) =>
        Substance.PublicityOf(title, reference, issuer).Should().BeNull();

    [Theory]
    [InlineData("Security keys are not yet fully supported on the web client.", true)]
    [InlineData("Meeting lock has not yet been enabled for webinars.", true)]
    [InlineData("The banner is not shown to dial-in participants yet.", true)]
    [InlineData("Just-in-time notices have not been rolled out to the mobile apps yet.", true)]
    [InlineData("The web client doesn't support the waiting room yet.", true)]
    [InlineData("Participants who have not yet been admitted wait in the lobby.", false)]
    [InlineData("People who are not shown in the participant list yet are announced when they join.", false)]
    [InlineData("Guests have not yet joined when the host starts; the lobby holds them.", false)]
    [InlineData("Recordings are not kept, and no transcript is made yet.", false)]
    public void SaysNotInPlace_ReadsNotYetAroundAWordThatSaysTheMeasureIsDone(string statement, bool says) =>
        Substance.SaysPartNotDoneYet(Substance.Normalise(statement).AsSpan()).Should().Be(says, "for \"{0}\"", statement);
}
