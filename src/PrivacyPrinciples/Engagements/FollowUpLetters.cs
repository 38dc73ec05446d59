using System;
using System.Globalization;
using System.Linq;
using System.Text;
using PrivacyPrinciples.Attestations;
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
                Basis = e.Basis,
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
        var own = reports.Where(r => r.Attestation.AssessedBy == AssessingParty.Vendor).ToArray();
        var thirdParty = reports.Where(r => r.Attestation.AssessedBy == AssessingParty.ThirdParty).ToArray();
        if (own.Length == 0 && response.Unreadable.Count > 0)
        {
            // The vendor answered: thank it, and say what is wrong with its file, where, so it can be fixed and sent again.
            text.Append(Invariant($"Thank you for your response in {roundName}. We could not read it, so it has not been evaluated:\n\n"));
            foreach (var file in response.Unreadable)
            {
                // Named as the vendor knows it, by its file name, not by a folder on the regulator's machine.
                text.Append(Invariant($"- {M(file.Source.Substring(file.Source.LastIndexOf('/') + 1))}: {M(Describe(file.Errors))}\n"));
            }

            text.Append(Invariant($"\nPlease correct it and send it again{(due is null ? string.Empty : $" (the round's deadline: {due})")}. 'privacy-principles validate' lists every problem in an attestation, with its line and column.\n"));
        }
        else if (own.Length == 0)
        {
            text.Append(Invariant($"We have not received a response from {M(vendor.Name)} in {roundName}{(due is null ? string.Empty : $", whose deadline was {due}")}. "));
            text.Append("We strongly encourage you to engage with us and to show how your video-teleconferencing services take the principles of the joint statement into account: security, privacy by design and default, knowing your audience, transparency and fairness, and end-user control. ");
            text.Append(Invariant($"An attestation template with all {templateSize} expectations is available with 'privacy-principles init'.\n"));
        }

        if (own.Length == 0)
        {
            if (thirdParty.Length == 0)
            {
                return new FollowUpLetter { VendorId = vendor.VendorId, Name = vendor.Name, Contact = vendor.Contact, Status = response.Status, Questions = [], Text = text.ToString() };
            }

            // What a third party could not establish is the vendor's to confirm, not the assessor's to guess.
            text.Append('\n').Append(ThirdPartyIntroduction(thirdParty));
        }
        else
        {
            var dates = string.Join(", ", own.Select(r => r.Attestation.AttestedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Distinct());
            text.Append(Invariant($"Thank you for your response of {dates} in {roundName}, covering {string.Join(", ", own.Select(r => M(r.Attestation.Service)).Distinct())}. "));
            if (response.IsLate)
            {
                text.Append(Invariant($"It reached us after the deadline of {due}. "));
            }

            var unanswered = own.Sum(r => r.Coverage.NotAnswered);
            if (unanswered > 0)
            {
                text.Append(Invariant($"It leaves {unanswered} expectation{(unanswered == 1 ? string.Empty : "s")} unanswered; please answer {(unanswered == 1 ? "it" : "them")}. "));
            }

            if (thirdParty.Length > 0)
            {
                text.Append(ThirdPartyIntroduction(thirdParty).TrimEnd('\n')).Append(' ');
            }

            if (questions.Length == 0)
            {
                text.Append("Your answers are complete and supported by current evidence; we have no further questions in this round.\n");
                return new FollowUpLetter { VendorId = vendor.VendorId, Name = vendor.Name, Contact = vendor.Contact, Status = response.Status, Questions = questions, Text = text.ToString() };
            }

            text.Append("The information you provided is encouraging. Some of it would benefit from more clarity and additional supporting information, ");
            text.Append("in particular on how you achieve, monitor and validate the measures you describe. Please answer the questions below.\n");
        }

        if (questions.Length > 0)
        {
            text.Append("\nEach question names the basis of its expectation: explicit (the joint statement or the 2021 observations ask for it), derived (it follows directly from what they ask) or extension (good practice beyond them, which we ask about but never treat as a must).\n");
        }

        var number = 0;
        foreach (var principle in questions.Select(q => q.Principle).Distinct())
        {
            var title = reports[0].Principles.FirstOrDefault(p => p.Id == principle)?.Title ?? principle;
            text.Append(Invariant($"\n## {M(title)}\n\n"));
            foreach (var question in questions.Where(q => q.Principle == principle))
            {
                number++;
                text.Append(Invariant($"{number}. {(question.Service is null ? string.Empty : $"\\[{M(question.Service)}\\] ")}*({Name(question.Basis)})* {M(question.Question)}\n"));
            }
        }

        return new FollowUpLetter { VendorId = vendor.VendorId, Name = vendor.Name, Contact = vendor.Contact, Status = response.Status, Questions = questions, Text = text.ToString() };
    }

    // The first error of a file a vendor can act on: what, where (line, column, JSON Pointer) and its code; and how many more.
    private static string Describe(System.Collections.Generic.IReadOnlyList<Serialization.InputError> errors)
    {
        if (errors.Count == 0)
        {
            return "it could not be read";
        }

        var first = errors[0];
        var where = first.Line is int line ? Invariant($"line {line}{(first.Column is int column ? Invariant($", column {column}") : string.Empty)}, ") : string.Empty;
        var at = first.Pointer.Length == 0 ? "the document root" : first.Pointer;
        var more = errors.Count - 1;
        return Invariant($"{first.Message} ({where}at {at}; {first.Code})") + (more <= 0 ? string.Empty : more == 1 ? "; and 1 more problem" : Invariant($"; and {more} more problems"));
    }

    private static string ThirdPartyIntroduction(EvaluationReport[] assessments)
    {
        var undetermined = assessments.Sum(r => r.Coverage.Undetermined);
        var by = string.Join("; ", assessments.Select(r => Invariant($"{M(r.Attestation.Assessor ?? "a third party")} assessed {M(r.Attestation.Service)} on {r.Attestation.AttestedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")));
        return Invariant($"A third party has assessed your service from the information available to it ({by}). ")
            + (undetermined == 0
                ? "The questions below ask you to confirm or correct what it found.\n"
                : Invariant($"It could not establish {undetermined} expectation{(undetermined == 1 ? string.Empty : "s")}; the questions below ask you to confirm {(undetermined == 1 ? "it" : "them")}, and to confirm or correct what it found.\n"));
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Serialization.Json.EnumNames<TEnum>.Of(value);

    private static string M(string text) => Reporting.MarkdownText.Escape(text);
}
