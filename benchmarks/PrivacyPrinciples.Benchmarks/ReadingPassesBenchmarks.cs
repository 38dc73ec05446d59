using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Serialization.Json;
using PrivacyPrinciples.Serialization.Schema;

namespace PrivacyPrinciples.Benchmarks;

/// <summary>
/// Where reading an attestation spends its time, pass by pass, against tokenizing the same bytes:
/// the one-pass check and binding that a valid document takes, and the explaining passes (scan,
/// parse, schema walk) that only a document with a problem still pays for.
/// </summary>
[MemoryDiagnoser]
public class ReadingPassesBenchmarks
{
    private readonly ReaderOptions _limits = new();
    private SchemaValidator _schema = null!;
    private byte[] _json = [];
    private JsonDocument _document = null!;

    [Params("copperfield-video", "harbourlight-meetings")]
    public string Sample { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _json = Samples.Bytes(Sample);
        _schema = SchemaValidator.Load(JsonSchemas.Attestation, JsonSchemas.FindById);
        _document = JsonDocument.Parse(_json);
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    [Benchmark(Baseline = true, Description = "floor: tokenize")]
    public int Tokenize() => Floor.Tokenize(_json);

    [Benchmark(Description = "one-pass check (syntax, limits, duplicates, schema)")]
    public bool OnePass() => _schema.Accepts(_json, _limits, out _);

    [Benchmark(Description = "bind (source-generated System.Text.Json)")]
    public Attestation? Bind() => JsonSerializer.Deserialize(_json, AttestationJsonContext.Default.Attestation);

    [Benchmark(Description = "bind (the hand-written binder the reader uses)")]
    public Attestation? BindByHand() => AttestationBinder.TryBind(_json);

    [Benchmark(Description = "AttestationReader (what a valid document costs)")]
    public Attestation? Read() => AttestationReader.Loader.Load(_json, "sample.json", _limits).Value;

    [Benchmark(Description = "explaining: scan")]
    public bool Scan() => JsonScanner.Scan(_json, _limits, "sample.json", new JsonSourceMap(_json, _limits), new ErrorSink(_limits.MaxErrors), record: false);

    [Benchmark(Description = "explaining: JsonDocument")]
    public JsonValueKind Parse()
    {
        using var document = JsonDocument.Parse(_json);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "explaining: schema walk")]
    public int SchemaWalk()
    {
        var errors = new ErrorSink(_limits.MaxErrors);
        _schema.Validate(_document.RootElement, "sample.json", new JsonSourceMap(_json, _limits), errors);
        return errors.Count;
    }

    [Benchmark(Description = "AttestationReader, explaining passes only (the reader before the one-pass check)")]
    public Attestation? ReadExplaining() => AttestationReader.Loader.Load(_json, "sample.json", _limits, tryFastPath: false).Value;
}
