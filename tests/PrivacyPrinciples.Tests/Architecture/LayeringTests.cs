using System;
using System.Collections.Generic;
using System.Linq;
using NetArchTest.Rules;
using PrivacyPrinciples.Evaluation;

namespace PrivacyPrinciples.Tests.Architecture;

/// <summary>
/// The core package's layers, lowest first: a type may use its own layer and those below it, never
/// one above (a back-edge). Every dependency in the IL counts (signatures and method bodies), read
/// with NetArchTest. The core's types come from reflection, so source-generated ones (the JSON
/// contexts) are seen too, and a lambda or an iterator counts against the type that declares it.
/// Any back-edge fails the test.
/// </summary>
public class LayeringTests
{
    /// <summary>The layers, lowest first, each as the namespaces it holds (a namespace holds its children unless a later entry names them).</summary>
    /// <remarks>
    /// The evaluation's results (reports, reasons, questions) are data every stage writes, so they
    /// sit below the stages that fill them: gather, then decide, then score. The evaluator that runs
    /// the stages sits above them (<see cref="EvaluatorTypes"/>).
    /// </remarks>
    internal static readonly (string Layer, string[] Namespaces)[] Layers =
    [
        ("foundation", ["PrivacyPrinciples", "PrivacyPrinciples.Files", "PrivacyPrinciples.Serialization.Json", "PrivacyPrinciples.Serialization.Schema"]),
        ("model", ["PrivacyPrinciples.Attestations"]),
        ("rules", ["PrivacyPrinciples.Rules", "PrivacyPrinciples.Profiles"]),
        ("results", ["PrivacyPrinciples.Evaluation"]),
        ("gathering", ["PrivacyPrinciples.Evaluation.Gathering"]),
        ("decisions", ["PrivacyPrinciples.Evaluation.Decisions"]),
        ("scoring", ["PrivacyPrinciples.Evaluation.Scoring"]),
        ("evaluator", []),
        ("waivers and comparison", ["PrivacyPrinciples.Waivers", "PrivacyPrinciples.Comparison"]),
        ("reporting", ["PrivacyPrinciples.Reporting"]),
        ("engagements", ["PrivacyPrinciples.Engagements", "PrivacyPrinciples.Reporting.Engagements"]),
        ("input and output", ["PrivacyPrinciples.Serialization"]),
    ];

    /// <summary>
    /// The shared input types and the document-loading machinery: foundation, used by every reader.
    /// They stay in <c>PrivacyPrinciples.Serialization</c> beside the readers, so a consumer needs one
    /// namespace for a reader and what it returns; the readers, the migration, the JSON facade and
    /// its context (which knows every type) are the input and output layer above everything.
    /// </summary>
    internal static readonly string[] FoundationTypes =
    [
        "PrivacyPrinciples.Serialization.InputError",
        "PrivacyPrinciples.Serialization.InputErrorCodes",
        "PrivacyPrinciples.Serialization.ReadResult`1",
        "PrivacyPrinciples.Serialization.ReaderOptions",
        "PrivacyPrinciples.Serialization.SourceLocations",
        "PrivacyPrinciples.Serialization.SourceSpan",
        "PrivacyPrinciples.Serialization.BoundedInput",
        "PrivacyPrinciples.Serialization.CamelCaseEnumConverter`1",
        "PrivacyPrinciples.Serialization.ErrorMessages",
        "PrivacyPrinciples.Serialization.ErrorSink",
        "PrivacyPrinciples.Serialization.IsoDateJsonConverter",
        "PrivacyPrinciples.Serialization.WholeNumberJsonConverter",
        "PrivacyPrinciples.Serialization.SemanticContext",
        "PrivacyPrinciples.Serialization.DocumentLoader`1",
        "PrivacyPrinciples.Serialization.JsonSchemas",
    ];

    /// <summary>The types of the evaluator layer: they live beside the results, but run every stage.</summary>
    internal static readonly string[] EvaluatorTypes =
    [
        "PrivacyPrinciples.Evaluation.AttestationEvaluator",
        "PrivacyPrinciples.Evaluation.EvaluationOptions",
    ];

    [Fact]
    public void CorePackage_HasNoBackEdge()
    {
        var found = BackEdges(typeof(AttestationEvaluator).Assembly);

        found.Should().BeEmpty("a type may not use a layer above its own; move the code to the layer it belongs to, or the dependency down");
    }

    [Fact]
    public void ABackEdge_IsFound()
    {
        // A type of the results layer using the reporting layer above it, as a back-edge would.
        var found = BackEdges(typeof(LayeringTests).Assembly, probe: "PrivacyPrinciples.Tests.Architecture");

        Probe().Should().Be("text");
        found.Should().Contain("PrivacyPrinciples.Tests.Architecture.LayeringTests -> reporting");
    }

    [Theory]
    [InlineData("PrivacyPrinciples.DateArithmetic", "foundation")]
    [InlineData("PrivacyPrinciples.Serialization.Json.JsonScanner", "foundation")]
    [InlineData("PrivacyPrinciples.Attestations.Attestation", "model")]
    [InlineData("PrivacyPrinciples.Evaluation.Decisions.ExpectationAssessor", "decisions")]
    [InlineData("PrivacyPrinciples.Evaluation.EvaluationReport", "results")]
    [InlineData("PrivacyPrinciples.Evaluation.AttestationEvaluator", "evaluator")]
    [InlineData("PrivacyPrinciples.Reporting.Engagements.EngagementHtmlWriter", "engagements")]
    [InlineData("PrivacyPrinciples.Attestations.AttestationReader", "model")]
    [InlineData("PrivacyPrinciples.Serialization.PrivacyPrinciplesJson", "input and output")]
    [InlineData("PrivacyPrinciples.Serialization.InputError", "foundation")]
    [InlineData("PrivacyPrinciples.Serialization.ReadResult`1", "foundation")]
    public void LayerOf_ANamespace_IsItsMostSpecificEntry(string typeName, string layer) =>
        Layers[LayerOf(typeName)].Layer.Should().Be(layer);

    /// <summary>Every "Type -> layer" where a type uses a layer above its own.</summary>
    /// <param name="assembly">The assembly to read.</param>
    /// <param name="probe">Types of this namespace are taken to be in the results layer (for the test that a back-edge is found).</param>
    internal static IReadOnlySet<string> BackEdges(System.Reflection.Assembly assembly, string? probe = null)
    {
        // From reflection, not NetArchTest's type list, which leaves out types marked as generated
        // code (such as the source-generated JSON context) and so would hide every use of them.
        var core = typeof(AttestationEvaluator).Assembly.GetTypes()
            .Select(t => t.FullName!.Replace('+', '/'))
            .Where(n => !n.Contains('<', StringComparison.Ordinal))
            .ToArray();
        var edges = new SortedSet<string>(StringComparer.Ordinal);
        for (var higher = 1; higher < Layers.Length; higher++)
        {
            var targets = core.Where(t => LayerOf(t) == higher).ToArray();
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(targets).GetResult();
            foreach (var type in result.FailingTypes ?? [])
            {
                // A lambda's closure, an iterator or an async state machine is the code of the type
                // that declares it: its dependencies count against that type.
                var name = type.FullName.Replace('/', '+');
                var generated = name.IndexOf("+<", StringComparison.Ordinal);
                name = generated > 0 ? name.Substring(0, generated) : name;
                var own = probe is not null && name.StartsWith(probe + ".", StringComparison.Ordinal) ? Layer("results") : LayerOf(name);
                if (own >= 0 && own < higher && !name.Contains('<', StringComparison.Ordinal))
                {
                    edges.Add($"{name} -> {Layers[higher].Layer}");
                }
            }
        }

        return edges;
    }

    private static bool Is(string typeName, string[] types) =>
        types.Any(t => typeName == t || typeName.StartsWith(t + "+", StringComparison.Ordinal) || typeName.StartsWith(t + "/", StringComparison.Ordinal));

    private static int Layer(string name) => Array.FindIndex(Layers, l => l.Layer == name);

    private static int LayerOf(string typeName)
    {
        if (Is(typeName, EvaluatorTypes))
        {
            return Layer("evaluator");
        }

        if (Is(typeName, FoundationTypes))
        {
            return Layer("foundation");
        }

        var nested = typeName.IndexOfAny(['+', '/']);
        var ns = nested >= 0 ? typeName.Substring(0, nested) : typeName;
        ns = ns.Substring(0, ns.LastIndexOf('.'));
        var best = -1;
        var bestLength = -1;
        for (var i = 0; i < Layers.Length; i++)
        {
            foreach (var candidate in Layers[i].Namespaces)
            {
                if ((ns == candidate || ns.StartsWith(candidate + ".", StringComparison.Ordinal)) && candidate.Length > bestLength)
                {
                    (best, bestLength) = (i, candidate.Length);
                }
            }
        }

        return best;
    }

    // Uses the reporting layer, so the probe above finds a back-edge from the results layer.
    private static string Probe() => global::PrivacyPrinciples.Reporting.ReportWriters.Formats[0];
}
