#:project ../../src/PrivacyPrinciples/PrivacyPrinciples.csproj

// A researcher's script: evaluate an engagement with the PrivacyPrinciples package, then write
// the principle scores of every responding vendor as tidy CSV and as an SVG chart.
//
//   dotnet run samples/analysis/principle-scores.cs -- [engagement.json] [output-folder]
//
// Defaults: samples/engagement/engagement.json and analysis-output/ (relative to where it runs).

using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using PrivacyPrinciples.Engagements;

var engagementPath = args.Length > 0 ? args[0] : Path.Combine("samples", "engagement", "engagement.json");
var output = args.Length > 1 ? args[1] : "analysis-output";

var loaded = new EngagementLoader().Load(engagementPath);
if (!loaded.Succeeded)
{
    foreach (var error in loaded.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

var report = EngagementAnalyzer.Analyze(loaded.Engagement, loaded.RuleSet, loaded.Rounds);
var rows = report.Responses
    .SelectMany(r => r.Submissions.Select(s => (Vendor: r.Name, r.VendorId, Submission: s)))
    .OrderByDescending(x => x.Submission.Score)
    .ThenBy(x => x.VendorId, StringComparer.Ordinal)
    .ToArray();

Directory.CreateDirectory(output);
var invariant = CultureInfo.InvariantCulture;

// Tidy data: one row per vendor and principle.
var csv = new StringBuilder("round,vendor_id,vendor,service,principle,principle_title,score,overall\n");
foreach (var (vendor, vendorId, s) in rows)
{
    foreach (var principle in report.Principles)
    {
        var score = s.Principles.TryGetValue(principle.Id, out var value) && value is double v ? v.ToString("0.##", invariant) : string.Empty;
        csv.Append(invariant, $"{report.Round.Id},{vendorId},{Quote(vendor)},{Quote(s.Service)},{principle.Id},{Quote(principle.Title)},{score},{s.Score?.ToString("0.##", invariant)}\n");
    }
}

File.WriteAllText(Path.Combine(output, "principle-scores.csv"), csv.ToString());

// A heat map: vendors down, principles across, darker is better.
const int Label = 260, Cell = 110, Row = 24, Top = 80;
var width = Label + (Cell * (report.Principles.Count + 1)) + 20;
var height = Top + (Row * rows.Length) + 40;
var svg = new StringBuilder();
svg.Append(invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
svg.Append(invariant, $"<title>{Escape(report.Title)}: principle scores by vendor ({Escape(report.Round.Title ?? report.Round.Id)})</title>\n");
svg.Append(invariant, $"<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">{Escape(report.Title)}: principle scores</text>\n");
svg.Append(invariant, $"<text x=\"10\" y=\"44\" fill=\"#555555\">{Escape(report.Round.Title ?? report.Round.Id)}</text>\n");
var columns = report.Principles.Select(p => p.Title).Append("Overall").ToArray();
for (var c = 0; c < columns.Length; c++)
{
    svg.Append(invariant, $"<text x=\"{Label + (c * Cell) + (Cell / 2)}\" y=\"{Top - 8}\" text-anchor=\"middle\" font-size=\"10\">{Escape(Short(columns[c]))}</text>\n");
}

for (var r = 0; r < rows.Length; r++)
{
    var (vendor, _, s) = rows[r];
    var y = Top + (r * Row);
    svg.Append(invariant, $"<text x=\"{Label - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{Escape(vendor)}</text>\n");
    var scores = report.Principles.Select(p => s.Principles.TryGetValue(p.Id, out var v) ? v : null).Append(s.Score).ToArray();
    for (var c = 0; c < scores.Length; c++)
    {
        var x = Label + (c * Cell);
        var fill = scores[c] is double score ? Colour(score) : "#eeeeee";
        var text = scores[c] is double value ? value.ToString("0", invariant) : "n/a";
        svg.Append(invariant, $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{Cell - 2}\" height=\"{Row - 2}\" fill=\"{fill}\"><title>{Escape(vendor)}, {Escape(columns[c])}: {text}</title></rect>\n");
        svg.Append(invariant, $"<text x=\"{x + (Cell / 2)}\" y=\"{y + 16}\" text-anchor=\"middle\" fill=\"{(scores[c] is >= 60 ? "#ffffff" : "#000000")}\">{text}</text>\n");
    }
}

svg.Append(invariant, $"<text x=\"10\" y=\"{height - 12}\" font-size=\"10\">Fictional vendors. Scores 0–100 from PrivacyPrinciples, rule set {Escape(report.RuleSet.Id)} {Escape(report.RuleSet.Version)}; evidence judged on {report.Round.EvaluatedOn:yyyy-MM-dd}.</text>\n");
svg.Append("</svg>\n");
File.WriteAllText(Path.Combine(output, "principle-scores.svg"), svg.ToString());

Console.WriteLine($"{rows.Length} attestations from {report.Responses.Count(r => r.Submissions.Count > 0)} vendors; wrote {Path.Combine(output, "principle-scores.csv")} and {Path.Combine(output, "principle-scores.svg")}.");
return 0;

static string Quote(string text) => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

static string Escape(string text) => WebUtility.HtmlEncode(text);

static string Short(string title) => title.Length <= 18 ? title : title[..17] + "…";

// From pale (0) to deep blue (100).
static string Colour(double score)
{
    var t = Math.Clamp(score / 100, 0, 1);
    int Mix(int from, int to) => (int)Math.Round(from + ((to - from) * t));
    return string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xf0, 0x08):x2}{Mix(0xf4, 0x30):x2}{Mix(0xfa, 0x6b):x2}");
}
