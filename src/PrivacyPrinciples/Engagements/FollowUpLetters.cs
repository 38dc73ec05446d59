using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Evaluation;
using static System.FormattableString;

namespace PrivacyPrinciples.Engagements;

/// <summary>Writes the follow-up letter to one invited vendor. The wording paraphrases the regulators' December 2020 update; every vendor-supplied string is quoted as given (writers escape it for their format).</summary>
internal static class FollowUpLetters
{
    public static FollowUpLetter Write(Engagement engagement, EngagementRound round, DateTime? deadline, InvitedVendor vendor, VendorResponse response, EvaluationReport[] reports, int templateSize)
    {
        var several = reports.Length > 1;
        var questions = reports
            .SelectMany(r => r.Expectations.SelectMany(e => e.FollowUps.Select(q => new LetterQuestion
            {
                ExpectationId = e.Id,
                Principle = e.Principle,
                Service = several ? r.Attestation.Service : null,
                Kind = q.Kind,
                Question = q.Question,
            })))
            .ToArray();

        // The letter is Markdown: every string from the engagement file or an attestation is escaped, so none can add links, HTML or structure.
        var text = new StringBuilder();
        text.Append(Invariant($"# {M(engagement.Title)}: follow-up to {M(vendor.Name)}\n\n"));
        if (vendor.Contact is not null)
        {
            text.Append(Invariant($"To: {M(vendor.Contact)}\n\n"));
        }

        var roundName = M(round.Title ?? round.Id);
        var due = deadline is DateTime d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        if (response.Status == ResponseStatus.NoResponse)
        {
            text.Append(Invariant($"We have not received a response from {M(vendor.Name)} in {roundName}{(due is null ? string.Empty : $", whose deadline was {due}")}. "));
            text.Append("We strongly encourage you to engage with us and to show how your video-teleconferencing services take the principles of the joint statement into account: security, privacy by design and default, knowing your audience, transparency and fairness, and end-user control. ");
            text.Append(Invariant($"An attestation template with all {templateSize} expectations is available with 'privacy-principles init'.\n"));
            return new FollowUpLetter { VendorId = vendor.VendorId, Name = vendor.Name, Contact = vendor.Contact, Status = response.Status, Questions = [], Text = text.ToString() };
        }

        var dates = string.Join(", ", reports.Select(r => r.Attestation.AttestedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct());
        text.Append(Invariant($"Thank you for your response of {dates} in {roundName}, covering {string.Join(", ", reports.Select(r => M(r.Attestation.Service)).Distinct())}. "));
        if (response.Late)
        {
            text.Append(Invariant($"It reached us after the deadline of {due}. "));
        }

        var unanswered = reports.Sum(r => r.Coverage.NotAnswered);
        if (unanswered > 0)
        {
            text.Append(Invariant($"It leaves {unanswered} expectation{(unanswered == 1 ? string.Empty : "s")} unanswered; please answer {(unanswered == 1 ? "it" : "them")}. "));
        }

        if (questions.Length == 0)
        {
            text.Append("Your answers are complete and supported by current evidence; we have no further questions in this round.\n");
        }
        else
        {
            text.Append("The information you provided is encouraging. Some of it would benefit from more clarity and additional supporting information, ");
            text.Append("in particular on how you achieve, monitor and validate the measures you describe. Please answer the questions below.\n");
            var number = 0;
            foreach (var principle in questions.Select(q => q.Principle).Distinct())
            {
                var title = reports[0].Principles.FirstOrDefault(p => p.Id == principle)?.Title ?? principle;
                text.Append(Invariant($"\n## {M(title)}\n\n"));
                foreach (var question in questions.Where(q => q.Principle == principle))
                {
                    number++;
                    text.Append(Invariant($"{number}. {(question.Service is null ? string.Empty : $"\\[{M(question.Service)}\\] ")}{M(question.Question)}\n"));
                }
            }
        }

        return new FollowUpLetter { VendorId = vendor.VendorId, Name = vendor.Name, Contact = vendor.Contact, Status = response.Status, Questions = questions, Text = text.ToString() };
    }

    private static string M(string text) => Reporting.MarkdownText.Escape(text);
}
