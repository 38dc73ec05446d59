using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PrivacyPrinciples.Rules;
using PrivacyPrinciples.Serialization;

namespace PrivacyPrinciples.Cli.Outputs;

/// <summary>Renders <c>rules diff</c>: what changed between two rule set versions, and why.</summary>
internal static class RuleSetDiffText
{
    public static string Text(RuleSetChanges changes)
    {
        var text = new StringBuilder();
        text.Append($"{Heading(changes)}: {Summary(changes)}\n");
        foreach (var note in changes.GeneralNotes)
        {
            text.Append('\n').Append(Wrap(note, "  ")).Append('\n');
        }

        foreach (var kind in new[] { RevisionKind.Added, RevisionKind.Changed, RevisionKind.Removed })
        {
            var group = changes.Expectations.Where(e => e.Kind == kind).ToArray();
            if (group.Length == 0)
            {
                continue;
            }

            text.Append('\n').Append(kind switch { RevisionKind.Added => "Added", RevisionKind.Changed => "Changed", _ => "Removed" }).Append('\n');
            foreach (var e in group)
            {
                text.Append($"  {e.Id,-7} {Name(e.LevelAfter ?? e.LevelBefore!.Value),-9} {Name(e.BasisAfter ?? e.BasisBefore!.Value),-10} {e.Title}\n");
                if (e.Kind == RevisionKind.Changed)
                {
                    text.Append("          changed: ").Append(Aspects(e)).Append('\n');
                }

                foreach (var note in e.Notes)
                {
                    text.Append(Wrap(note, "          ")).Append('\n');
                }

                if (e.Notes.Count == 0 && e.ChangedAspects.Any(RuleSetDiff.IsSubstantive))
                {
                    text.Append("          (the newer version gives no reason for this change)\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Markdown(RuleSetChanges changes)
    {
        var text = new StringBuilder();
        text.Append($"# {Heading(changes)}\n\n{Summary(changes)}.\n\n");
        foreach (var note in changes.GeneralNotes)
        {
            text.Append(MarkdownEscape(note)).Append("\n\n");
        }

        text.Append("| id | change | level | basis | what changed | why |\n|---|---|---|---|---|---|\n");
        foreach (var e in changes.Expectations)
        {
            var what = e.Kind == RevisionKind.Changed ? Aspects(e) : "—";
            var why = e.Notes.Count == 0 ? "—" : string.Join(" ", e.Notes);
            text.Append($"| {e.Id} | {Name(e.Kind)} | {Transition(e.LevelBefore, e.LevelAfter)} | {Transition(e.BasisBefore, e.BasisAfter)} | {MarkdownEscape(what)} | {MarkdownEscape(why)} |\n");
        }

        return text.ToString();
    }

    public static string Json(RuleSetChanges changes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("ruleSet", changes.NewerId);
            json.WriteString("from", changes.OlderVersion);
            json.WriteString("to", changes.NewerVersion);
            json.WriteStartArray("notes");
            foreach (var note in changes.GeneralNotes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            json.WriteStartArray("expectations");
            foreach (var e in changes.Expectations)
            {
                json.WriteStartObject();
                json.WriteString("id", e.Id);
                json.WriteString("title", e.Title);
                json.WriteString("change", Name(e.Kind));
                json.WriteStartArray("changed");
                foreach (var aspect in e.ChangedAspects)
                {
                    json.WriteStringValue(aspect);
                }

                json.WriteEndArray();
                WriteOptional(json, "levelBefore", e.LevelBefore);
                WriteOptional(json, "levelAfter", e.LevelAfter);
                WriteOptional(json, "basisBefore", e.BasisBefore);
                WriteOptional(json, "basisAfter", e.BasisAfter);
                json.WriteStartArray("notes");
                foreach (var note in e.Notes)
                {
                    json.WriteStringValue(note);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteOptional<TEnum>(Utf8JsonWriter json, string name, TEnum? value)
        where TEnum : struct, System.Enum
    {
        if (value is TEnum v)
        {
            json.WriteString(name, Name(v));
        }
    }

    private static string Heading(RuleSetChanges changes) => changes.OlderId == changes.NewerId
        ? $"{changes.NewerId} {changes.OlderVersion} → {changes.NewerVersion}"
        : $"{changes.OlderId} {changes.OlderVersion} → {changes.NewerId} {changes.NewerVersion}";

    private static string Summary(RuleSetChanges changes) =>
        $"{Count(changes, RevisionKind.Added)} added, {Count(changes, RevisionKind.Changed)} changed, {Count(changes, RevisionKind.Removed)} removed";

    private static string Count(RuleSetChanges changes, RevisionKind kind) =>
        changes.Expectations.Count(e => e.Kind == kind).ToString(CultureInfo.InvariantCulture);

    private static string Aspects(ExpectationRevision e) => string.Join(", ", e.ChangedAspects.Select(a => a switch
    {
        "level" => $"level {Name(e.LevelBefore!.Value)} → {Name(e.LevelAfter!.Value)}",
        "basis" => $"basis {Name(e.BasisBefore!.Value)} → {Name(e.BasisAfter!.Value)}",
        _ => a,
    }));

    private static string Transition<TEnum>(TEnum? before, TEnum? after)
        where TEnum : struct, System.Enum =>
        before is TEnum b && after is TEnum a ? (b.Equals(a) ? Name(a) : $"{Name(b)} → {Name(a)}")
        : after is TEnum added ? Name(added)
        : Name(before!.Value);

    private static string Wrap(string body, string indent)
    {
        var lines = new StringBuilder();
        var line = new StringBuilder();
        foreach (var word in body.Split(' '))
        {
            if (line.Length > 0 && indent.Length + line.Length + 1 + word.Length > 100)
            {
                lines.Append(indent).Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
        }

        lines.Append(indent).Append(line);
        return lines.ToString();
    }

    private static string MarkdownEscape(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum => PrivacyPrinciplesJson.NameOf(value);
}
