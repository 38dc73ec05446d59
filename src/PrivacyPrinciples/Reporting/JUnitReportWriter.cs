using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using PrivacyPrinciples.Evaluation;
using static PrivacyPrinciples.Reporting.ReportText;

namespace PrivacyPrinciples.Reporting;

/// <summary>
/// Writes reports as JUnit XML, for the test tab of a CI server: one <c>testsuite</c> per report
/// and principle, one <c>testcase</c> per expectation. A gap is a <c>failure</c> (its type is the
/// outcome, its text the reasons and follow-up questions); an expectation that does not apply is
/// <c>skipped</c>, and so is a gap an active waiver accepts, with the waiver's expiry and
/// justification. An input of the batch that could not be read (<see cref="ReportBatch.UnreadInputs"/>)
/// is an <c>error</c>: one <c>testcase</c> each, in a suite of their own, so a CI test tab shows it.
/// Each suite's <c>properties</c> name the rule set and hold the report's notes
/// (<see cref="EvaluationReport.Notes"/>), one <c>note</c> property each: code, message and pointer.
/// </summary>
/// <remarks>
/// UTF-8 with an XML declaration, indented, <c>\n</c> line endings; no timestamps or host names,
/// and <c>time="0"</c>, so the same batch gives the same bytes. Characters XML cannot hold (most
/// control characters) are replaced with U+FFFD. Stateless and thread-safe.
/// </remarks>
public sealed class JUnitReportWriter : ReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };

    /// <inheritdoc/>
    public override string Format => "junit";

    // The class of the unread inputs' test cases: one group, without dots (which test tabs read as packages).
    private const string UnreadClass = "unread-inputs";

    /// <inheritdoc/>
    public override string FileExtension => ".xml";

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public override void Write(ReportBatch batch, TextWriter writer)
    {
        _ = batch ?? throw new ArgumentNullException(nameof(batch));
        _ = writer ?? throw new ArgumentNullException(nameof(writer));
        var ruleSet = batch.HeadingRuleSet();
        int tests = 0, failures = 0, skipped = 0;
        var errors = UnreadCases(batch);
        tests += errors;
        foreach (var report in batch.Reports)
        {
            tests += report.Expectations.Count();
            failures += report.Expectations.Count(IsFailure);
            skipped += report.Expectations.Count(IsSkipped);
        }

        // Straight to the output: a batch's XML runs to hundreds of megabytes.
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using (var xml = XmlWriter.Create(writer, Settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", Clean(batch.ToolName + ": " + ruleSet.Id + " " + ruleSet.Version + " (" + Provenance(RuleSetInfo.Of(ruleSet)) + ")"));
            WriteTotals(xml, tests, failures, skipped, errors);
            // First, so a test tab that lists suites in order shows first that the batch is not whole.
            WriteUnreadSuite(xml, batch, errors);
            foreach (var report in batch.Reports)
            {
                foreach (var principle in report.Principles)
                {
                    WriteSuite(xml, report, principle);
                }
            }

            xml.WriteEndElement();
        }

        writer.Write('\n');
    }

    // One test case per unread input listed, and one more standing for those counted but not listed.
    private static int UnreadCases(ReportBatch batch) => batch.UnreadInputs.Count + (batch.UnreadInputsNotListed > 0 ? 1 : 0);

    // Nothing at all when every input was read, so the XML of clean runs keeps its bytes.
    private static void WriteUnreadSuite(XmlWriter xml, ReportBatch batch, int cases)
    {
        if (cases == 0)
        {
            return;
        }

        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", UnreadHeading);
        WriteTotals(xml, cases, 0, 0, cases);
        foreach (var input in batch.UnreadInputs)
        {
            var first = input.Errors.Count > 0 ? input.Errors[0] : null;
            xml.WriteStartElement("testcase");
            // The name is the input as the error output names it (file, or file:line for a line of a stream).
            xml.WriteAttributeString("name", Clean(input.Name));
            xml.WriteAttributeString("classname", UnreadClass);
            xml.WriteAttributeString("time", "0");
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", Clean(first is null ? "could not be read" : first.Message + " (" + UnreadWhere(first) + ")"));
            xml.WriteAttributeString("type", Clean(first?.Code ?? Serialization.InputErrorCodes.Unreadable));
            xml.WriteString(Clean(string.Join("\n", input.Errors.Select(e => e.ToString())) + "\n"));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (batch.UnreadInputsNotListed > 0)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", "more inputs not listed");
            xml.WriteAttributeString("classname", UnreadClass);
            xml.WriteAttributeString("time", "0");
            xml.WriteStartElement("error");
            xml.WriteAttributeString("message", UnreadNotListed(batch));
            xml.WriteAttributeString("type", Serialization.InputErrorCodes.TooManyErrors);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteSuite(XmlWriter xml, EvaluationReport report, PrincipleResult principle)
    {
        var a = report.Attestation;
        var expectations = principle.Expectations;
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", Clean(a.Vendor + " / " + a.Service + (a.Tier is null ? string.Empty : " (" + a.Tier + ")") + ": " + principle.Title));
        WriteTotals(xml, expectations.Count, expectations.Count(IsFailure), expectations.Count(IsSkipped), 0);

        // Which rules decided these tests, in every suite, so a custom or tailored rule set is visible wherever the suite is shown.
        xml.WriteStartElement("properties");
        Property(xml, "ruleSet", report.RuleSet.Id + " " + report.RuleSet.Version);
        Property(xml, "ruleSetDigest", report.RuleSet.Digest);
        Property(xml, "ruleSetOrigin", Name(report.RuleSet.Origin));
        foreach (var change in Tailoring(report.RuleSet))
        {
            Property(xml, "tailoring", change);
        }

        // The report's notes, in every suite of the report as the rule set is: they are about the
        // report, not one principle, and a test tab shows one suite at a time.
        foreach (var note in report.Notes)
        {
            Property(xml, "note", note.Code + ": " + note.Message + (note.Pointer.Length > 0 ? " [" + note.Pointer + "]" : string.Empty));
        }

        xml.WriteEndElement();
        foreach (var e in expectations)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", Clean(e.Id + " " + e.Title));
            xml.WriteAttributeString("classname", Clean(a.VendorId + "." + principle.Id));
            xml.WriteAttributeString("time", "0");
            if (e.Outcome == Outcome.NotApplicable)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean("not applicable: " + NotApplicableReason(e)));
                xml.WriteEndElement();
            }
            else if (e.IsGap && e.IsWaived)
            {
                var waiver = ActiveWaiver(report, e.Id);
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Clean(waiver is null ? "waived" : "waived until " + Date(waiver.Expires) + ": " + waiver.Justification));
                xml.WriteString(Clean((waiver is null ? string.Empty : "Approved by " + waiver.Approver + ".\n") + Details(e)));
                xml.WriteEndElement();
            }
            else if (e.IsGap)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Clean(Name(e.Outcome) + ": " + e.Title));
                xml.WriteAttributeString("type", Name(e.Outcome));
                xml.WriteString(Clean(Details(e)));
                xml.WriteEndElement();
            }
            else if (e.FollowUps.Count > 0)
            {
                // Passed, but the claim is not fully supported: the questions show where vendors look.
                xml.WriteStartElement("system-out");
                xml.WriteString(Clean("Open questions:\n" + string.Join("\n", e.FollowUps.Select(q => "- " + q.Question)) + "\n" + Details(e)));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    private static void WriteTotals(XmlWriter xml, int tests, int failures, int skipped, int errors)
    {
        xml.WriteAttributeString("tests", Count(tests));
        xml.WriteAttributeString("failures", Count(failures));
        xml.WriteAttributeString("errors", Count(errors));
        xml.WriteAttributeString("skipped", Count(skipped));
        xml.WriteAttributeString("time", "0");
    }

    private static bool IsFailure(ExpectationResult e) => e.IsGap && !e.IsWaived;

    private static bool IsSkipped(ExpectationResult e) => e.Outcome == Outcome.NotApplicable || (e.IsGap && e.IsWaived);

    private static string Details(ExpectationResult e)
    {
        var text = new StringBuilder();
        text.Append("Level ").Append(Level(e)).Append("; score ").Append(Maybe(e.Score)).Append(" (implementation ").Append(Maybe(e.Implementation))
            .Append(", assurance ").Append(Maybe(e.Assurance)).Append(", ").Append(ReportText.Aspects(e)).Append(").\n");
        if (e.Reasons.Count > 0)
        {
            text.Append("Reasons:\n");
            foreach (var reason in e.Reasons)
            {
                text.Append("- ").Append(reason.Message).Append(reason.Pointer.Length > 0 ? " [" + reason.Pointer + "]\n" : "\n");
            }
        }

        if (e.FollowUps.Count > 0)
        {
            text.Append("Follow-up questions:\n");
            foreach (var question in e.FollowUps)
            {
                text.Append("- ").Append(question.Question).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Maybe(double? value) => value is double v ? OneDecimal(v) : "n/a";

    // Neutralised as every output is (DisplayText); then XML 1.0 cannot hold unpaired surrogates, even as references: replace them rather than fail.
    private static string Clean(string text)
    {
        text = DisplayText.CleanLines(text);
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length);
            clean.Append('\uFFFD');
        }

        return clean?.ToString() ?? text;
    }
}
