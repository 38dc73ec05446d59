using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using PrivacyPrinciples.Attestations;

namespace PrivacyPrinciples.Tests.Support;

/// <summary>Facts with one fact stated or left out, named by its catalogue path, through the facts' JSON form.</summary>
internal static class FactEdits
{
    /// <summary>The facts with <paramref name="path"/> stated as <paramref name="value"/>.</summary>
    public static ServiceFacts With(ServiceFacts facts, string path, FactValue value)
    {
        var json = JsonSerializer.SerializeToNode(facts, AttestationJsonContext.Default.ServiceFacts)!.AsObject();
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (json[path[..dot]] is not JsonObject group)
        {
            group = [];
            json[path[..dot]] = group;
        }

        group[path[(dot + 1)..]] = value.Kind switch
        {
            FactValueKind.Boolean => JsonValue.Create(value.AsBoolean),
            FactValueKind.Number => JsonValue.Create(value.AsNumber),
            _ => JsonValue.Create(value.AsText),
        };
        var stated = json.Deserialize(AttestationJsonContext.Default.ServiceFacts)!;
        Fact(path).Read(stated).Should().Be(value);
        return stated;
    }

    /// <summary>The facts with <paramref name="path"/> left out.</summary>
    public static ServiceFacts Without(ServiceFacts facts, string path)
    {
        var json = JsonSerializer.SerializeToNode(facts, AttestationJsonContext.Default.ServiceFacts)!.AsObject();
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        (json[path[..dot]] as JsonObject)?.Remove(path[(dot + 1)..]);
        var without = json.Deserialize(AttestationJsonContext.Default.ServiceFacts)!;
        Fact(path).Read(without).IsMissing.Should().BeTrue();
        return without;
    }

    /// <summary>Values to try for a fact: both flags, every choice, and a zero and a non-zero number.</summary>
    public static IEnumerable<FactValue> Candidates(string path)
    {
        var fact = Fact(path);
        return fact.Type switch
        {
            FactType.Boolean => [FactValue.From(false), FactValue.From(true)],
            FactType.Choice => fact.Choices.Select(FactValue.From),
            _ => [FactValue.From(0), FactValue.From(30)],
        };
    }

    public static FactDefinition Fact(string path) =>
        FactCatalog.TryGet(path, out var fact) ? fact : throw new ArgumentException($"No fact '{path}'.", nameof(path));
}
