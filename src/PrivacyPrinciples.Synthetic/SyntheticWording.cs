using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Rules;

namespace PrivacyPrinciples.Synthetic;

/// <summary>
/// The words of generated attestations: short plain-English sentences in the vendor's voice,
/// assembled from templates. Expectations of the built-in rule set get sentences written for them;
/// any other expectation is described by its title. Culture-invariant. Thread-safe.
/// </summary>
internal static class SyntheticWording
{
    // How each built-in measure looks when it is in place, written so that it can follow a lead-in
    // such as "On the Enterprise plan, " once its first letter is lower-cased.
    private static readonly Dictionary<string, string[]> Measures = new(StringComparer.Ordinal)
    {
        ["SEC-01"] = ["Audio, video, chat and shared files are encrypted in transit with current TLS and SRTP.", "Every connection between our apps, browsers and servers is encrypted, including chat and file transfers."],
        ["SEC-02"] = ["Hosts on every plan, free ones included, can turn on end-to-end encryption for any meeting, group calls too, and the keys stay on participants' devices.", "Hosts switch on end-to-end encrypted meetings from the meeting settings on every tier and for calls of any size; keys are created on each participant's device and never reach our servers."],
        ["SEC-03"] = ["One-to-one consultations booked through the service are end-to-end encrypted from the start, and hosts need not change a setting.", "Every new meeting starts end-to-end encrypted; hosts who need cloud recording must switch it off and are told what that changes."],
        ["SEC-04"] = ["Recordings, chat history and transcripts are stored encrypted with AES-256, with keys in a managed key service.", "Everything we store, including recordings and transcripts, is encrypted at rest."],
        ["SEC-05"] = ["Every account can use two-step verification with an authenticator app, administrators can require it, and passwords must be long and not on known breach lists.", "Accounts support multi-factor authentication, and our password rules reject short and commonly used passwords."],
        ["SEC-06"] = ["Meeting links carry long random codes, passcodes are available, and hosts can lock a meeting once everyone has joined.", "Meeting identifiers cannot practically be guessed, and hosts can lock meetings and admit people one by one."],
        ["SEC-07"] = ["An independent firm tests the service at least once a year, and we run a public vulnerability disclosure programme.", "The service is penetration-tested every year and our controls are audited by an outside firm."],
        ["SEC-08"] = ["Staff and sub-processors get access to personal information only when their role needs it; every access is logged, staff are trained every year, and contracts bind our sub-processors.", "Access to customer data follows least privilege, is logged and reviewed, and is limited to trained staff and contracted sub-processors."],
        ["SEC-09"] = ["Anyone can report a vulnerability through our disclosure programme, and critical vulnerabilities are patched within days.", "Our bug bounty pays researchers who report weaknesses, and we patch critical vulnerabilities within two weeks."],
        ["SEC-10"] = ["Our desktop and mobile apps update themselves, and outdated versions are blocked from joining meetings.", "The apps prompt people to install a security update as soon as it is out, and old versions cannot join."],
        ["SEC-11"] = ["Administrators can require two-step verification for every account in their organisation.", "Multi-factor authentication is required for every account on the plans sold to clinics and schools."],
        ["SEC-12"] = ["A tested incident process tells affected customers, users and regulators of a breach without undue delay.", "We have a breach notification procedure for users and regulators that we rehearse every year."],
        ["PBD-01"] = ["Our privacy team reviews every new feature with a privacy impact assessment before it launches.", "A privacy programme led by our data protection officer assesses new features and revisits older assessments every year."],
        ["PBD-02"] = ["Everyone in a meeting can see the participant list, and people are announced when they join.", "Join announcements are on by default and the participant list is visible to all."],
        ["PBD-03"] = ["Microphones are muted and cameras are off when people join a meeting.", "People join meetings with their microphone muted and their camera off."],
        ["PBD-04"] = ["The waiting room is switched on for new meetings, so hosts admit each participant by name before they can see or hear anything.", "New meetings start with host admission switched on; administrators can make it mandatory across their organisation."],
        ["PBD-05"] = ["Recording and transcription start only when the host presses Record or Transcribe.", "Nothing is recorded or transcribed unless someone in the meeting starts it."],
        ["PBD-06"] = ["We collect only what we need to run calls and do not track participants' attention.", "There is no attention tracking, and diagnostic data is limited to what keeps calls working."],
        ["PBD-07"] = ["Recordings and chat are deleted after 180 days unless the customer keeps them longer, and telemetry is kept for 90 days.", "Every kind of data we hold has a documented retention period of a year at most, after which it is deleted automatically."],
        ["PBD-08"] = ["When an impact assessment finds a risk we cannot reduce, we take it to the competent regulator before launch.", "Our assessment procedure requires a consultation with the regulator for any high risk that remains after mitigation."],
        ["KYA-01"] = ["We know which sectors use the service and offer stricter configurations for the sensitive ones.", "Sensitive uses are identified when customers sign up, and they get stronger default settings."],
        ["KYA-02"] = ["Guides for teachers, clinicians and administrators explain how to use the service safely.", "Separate guides for teachers, clinicians and administrators explain which settings protect their meetings and how to use them."],
        ["KYA-03"] = ["Pupil accounts open with the most protective settings, show no advertising and feed no profile, and teachers control who can contact them.", "Children using the service are never profiled or shown advertising, and their settings are the most protective ones."],
        ["TRF-01"] = ["Our privacy notice starts with a one-page summary, and just-in-time notices explain features that use data.", "The privacy notice is layered, and people see a short notice whenever a feature collects something new."],
        ["TRF-02"] = ["We publish the list of sub-processors with what each one does, and we update it before any change.", "Every third party and sub-processor is listed on our website with its purpose and location."],
        ["TRF-03"] = ["Meeting content is never used for advertising or sold, and it trains models only when a customer opts in.", "We do not sell content or use it for advertising, and no content is used for model training without consent."],
        ["TRF-04"] = ["We list where data is stored and processed and explain the safeguards for transfers abroad.", "Our website names every country where data is stored or processed."],
        ["TRF-05"] = ["We publish a transparency report on government and law-enforcement requests twice a year.", "A yearly transparency report counts the government requests we received and how we answered them."],
        ["TRF-06"] = ["Customers and users are told at least 30 days before any material change to our privacy practices.", "Material changes to our privacy notice are announced in advance by email and in the app."],
        ["TRF-07"] = ["The meeting settings explain in a few plain sentences what standard encryption protects and what end-to-end encryption adds.", "Our help centre compares standard and end-to-end encryption side by side, including which features each turns off."],
        ["TRF-08"] = ["People are told at sign-up, in plain words, which account and usage data we use beyond running calls and why.", "Any use of personal information beyond the service itself is shown upfront where people choose their settings."],
        ["TRF-09"] = ["Our privacy policy covers the video service and can be read on our website without an account.", "The published privacy policy has a section on meetings and is linked from every sign-in page."],
        ["EUC-01"] = ["Everyone in the meeting sees and hears a notice while recording, transcription or streaming runs.", "A visible indicator and a spoken announcement tell every participant when recording or streaming starts."],
        ["EUC-02"] = ["Participants control their own microphone, camera and screen, and hosts can mute, remove and lock.", "Each participant decides when their audio, video and screen are shared, and hosts have moderation controls."],
        ["EUC-03"] = ["Users can download and delete their data themselves from their account settings.", "A self-service page lets people export their data and delete their account and recordings."],
        ["EUC-04"] = ["Optional analytics and product-improvement processing stay off unless the user opts in.", "Anything beyond running the service, such as usage analytics, needs the user's opt-in."],
        ["EUC-05"] = ["Guests have the same privacy controls over their own audio, video and data as account holders.", "Participants who join without an account can still control their media and ask for their data."],
    };

    private static readonly Dictionary<string, string[]> Closings = new(StringComparer.Ordinal)
    {
        ["SEC"] = ["Our security team reviews this control every quarter.", "It applies on every plan and platform."],
        ["PBD"] = ["This is part of our privacy-by-design checklist for every release.", "We designed {0} this way from the start."],
        ["KYA"] = ["We review who uses {0}, and for what, at least once a year.", "Customer advisory groups from these sectors review it with us."],
        ["TRF"] = ["Our privacy notice explains this in plain language.", "We keep this information up to date on our trust pages."],
        ["EUC"] = ["This works the same on desktop, mobile and the web.", "It is available to everyone, on every plan."],
        [string.Empty] = ["This applies on every plan and platform.", "We review this every year."],
    };

    private static readonly string[] PlannedWithDate =
    [
        "This is on our roadmap for {1}.",
        "We are building this now and expect to release it in {0} by {1}.",
        "Work on this has started; we aim to finish it by {1}.",
    ];

    private static readonly string[] NotImplementedTexts =
    [
        "{0} does not do this today, and it is not on our current roadmap.",
        "This is not in place yet; we are assessing what our customers need.",
        "We do not offer this today.",
    ];

    private static readonly string[] Justifications =
    [
        "{0} is sold only to organisations that manage this under their own policies and contracts; we supply the platform.",
        "This does not arise in {0}: calls are live only, and nothing is stored or shared afterwards.",
        "Our customers' administrators operate this control in their own tenancy, and we have no access to it.",
        "{0} has no end-user accounts: people join from links their organisation sends them.",
    ];

    /// <summary>A sentence describing the measure in place.</summary>
    public static string Measure(Expectation expectation, bool builtIn, SyntheticRandom random) =>
        builtIn && Measures.TryGetValue(expectation.Id, out var variants) ? random.Pick(variants) : Sentence(expectation.Title) + " " + Generic;

    /// <summary>The statement of an implemented answer.</summary>
    public static string Implemented(Expectation expectation, string service, bool builtIn, SyntheticRandom random)
    {
        var measure = Measure(expectation, builtIn, random);
        return random.Chance(0.5) ? measure + " " + Closing(expectation.Principle, service, random) : measure;
    }

    /// <summary>The statement of a partial answer: the measure, qualified by where it applies.</summary>
    public static string Partial(Expectation expectation, string? lead, string service, bool builtIn, SyntheticRandom random)
    {
        var measure = Measure(expectation, builtIn, random);
        var text = lead is null ? measure + " Some parts of the service are not covered yet." : lead + LowerFirst(measure);
        return random.Chance(0.5) ? text + $" We are extending it to the rest of {service}." : text;
    }

    /// <summary>The statement of a planned answer.</summary>
    public static string Planned(string service, DateTime? plannedFor, SyntheticRandom random) => plannedFor is DateTime date
        ? string.Format(CultureInfo.InvariantCulture, random.Pick(PlannedWithDate), service, date.ToString("MMMM yyyy", CultureInfo.InvariantCulture))
        : "This is on our roadmap; we have not fixed a date yet.";

    /// <summary>The statement of a not-implemented answer.</summary>
    public static string NotImplemented(string service, SyntheticRandom random) =>
        string.Format(CultureInfo.InvariantCulture, random.Pick(NotImplementedTexts), service);

    /// <summary>Why an expectation does not apply, in the vendor's words.</summary>
    public static string Justification(string service, SyntheticRandom random) =>
        string.Format(CultureInfo.InvariantCulture, random.Pick(Justifications), service);

    /// <summary>A one-sentence description of the service.</summary>
    public static string ServiceDescription(string service, IReadOnlyList<Audience> audiences, SyntheticRandom random)
    {
        var who = List(audiences.Select(a => a switch
        {
            Audience.Consumers => "households",
            Audience.Business => "businesses",
            Audience.Education => "schools and universities",
            Audience.Health => "clinics and other health-care providers",
            Audience.Children => "young learners",
            _ => "public bodies",
        }).ToList());
        var what = random.Pick(["video meetings, chat and screen sharing", "video calls and webinars", "secure video meetings and recordings", "video calls, chat and file sharing"]);
        return $"{service} offers {what} for {who}, on desktop, mobile and the web.";
    }

    /// <summary>Joins words as "a", "a and b" or "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1],
    };

    /// <summary>The text with its first letter in lower case, unless the second is upper case too (an acronym).</summary>
    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text.Substring(1)
            : text;

    // What a vendor adds about a measure the generator has no sentence for, so the answer still says how it is run.
    private const string Generic = "Our product team documents how it works on every client, and the privacy office reviews it before each release.";

    private static string Closing(string principle, string service, SyntheticRandom random) =>
        string.Format(CultureInfo.InvariantCulture, random.Pick(Closings.TryGetValue(principle, out var texts) ? texts : Closings[string.Empty]), service);

    private static string Sentence(string title)
    {
        var text = title.Trim();
        return text.Length > 0 && text[text.Length - 1] == '.' ? text : text + ".";
    }
}
