using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace PrivacyPrinciples.Testing;

/// <summary>
/// The outside checkers the tests use, from npm: ajv (JSON Schema draft 2020-12, and draft-07 for
/// NIST's OSCAL schemas), the SARIF multitool and action-validator. Installed on first use into tests/tools/node_modules from the pinned lock file, so a
/// fresh machine needs nothing but Node.js and npm; tests never skip because a checker is missing.
/// </summary>
internal static class NodeTools
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ToolsDirectory => RepositoryPaths.Combine("tests", "tools");

    /// <summary>Validates data files against a schema with ajv; returns ajv's exit code and output.</summary>
    public static ProcessRunner.Result Ajv(string schemaPath, params string[] dataPaths)
    {
        var bin = Bin("ajv");
        var arguments = new List<string> { "validate", "--spec=draft2020", "--strict=true", "--allow-union-types", "--all-errors", "-c", "ajv-formats", "-s", schemaPath };
        foreach (var data in dataPaths)
        {
            arguments.Add("-d");
            arguments.Add(data);
        }

        return ProcessRunner.Run(bin, arguments, ToolsDirectory);
    }

    /// <summary>
    /// Validates data files against one of NIST's OSCAL 1.0.4 JSON schemas (tests/tools/oscal), with
    /// ajv as OSCAL's schemas need it: draft-07, ajv-formats, not strict (they use keywords strict
    /// mode refuses).
    /// </summary>
    /// <param name="schemaFile">For example <c>oscal_catalog_schema.json</c>.</param>
    /// <param name="dataPaths">The documents.</param>
    public static ProcessRunner.Result AjvOscal(string schemaFile, IReadOnlyList<string> dataPaths)
    {
        var arguments = new List<string> { "validate", "--spec=draft7", "--strict=false", "--all-errors", "-c", "ajv-formats", "-s", Path.Combine(ToolsDirectory, "oscal", "1.0.4", schemaFile) };
        foreach (var data in dataPaths)
        {
            arguments.Add("-d");
            arguments.Add(data);
        }

        return ProcessRunner.Run(Bin("ajv"), arguments, ToolsDirectory, timeout: TimeSpan.FromMinutes(5));
    }

    /// <summary>Checks GitHub Action metadata (a file named action.yml) or a workflow with action-validator; exit 1 when invalid.</summary>
    public static ProcessRunner.Result ActionValidator(string path) => ProcessRunner.Run(Bin("action-validator"), [path], ToolsDirectory);

    /// <summary>Runs one of the scripts in tests/tools with Node.js.</summary>
    public static ProcessRunner.Result Node(string script, params string[] arguments)
    {
        _ = Installed.Value;
        return ProcessRunner.Run("node", [Path.Combine(ToolsDirectory, script), .. arguments], ToolsDirectory);
    }

    /// <summary>
    /// ajv's verdict on each data file against one of the repository's schemas (all of schemas/
    /// loaded, so references between them resolve), in one process: tests/tools/verdicts.js.
    /// </summary>
    /// <returns>For each file, whether ajv parsed it and whether it is valid, with ajv's messages.</returns>
    public static IReadOnlyDictionary<string, (bool Parsed, bool Valid, string Errors)> AjvVerdicts(string schemaId, IReadOnlyList<string> dataPaths)
    {
        _ = Installed.Value;
        var result = ProcessRunner.Run("node", ["verdicts.js", RepositoryPaths.Combine("schemas"), schemaId, .. dataPaths], ToolsDirectory, timeout: TimeSpan.FromMinutes(5));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("tests/tools/verdicts.js failed.\n" + result);
        }

        var verdicts = new Dictionary<string, (bool, bool, string)>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n').Where(l => l.Length > 0))
        {
            using var verdict = System.Text.Json.JsonDocument.Parse(line);
            var root = verdict.RootElement;
            verdicts[root.GetProperty("file").GetString()!] = (
                root.GetProperty("parsed").GetBoolean(),
                root.GetProperty("valid").GetBoolean(),
                root.TryGetProperty("errors", out var errors) ? string.Join("; ", errors.EnumerateArray().Select(e => e.GetString())) : string.Empty);
        }

        return verdicts.Count == dataPaths.Count ? verdicts : throw new InvalidOperationException($"ajv gave {verdicts.Count} verdicts for {dataPaths.Count} files.\n{result}");
    }

    /// <summary>
    /// Validates a SARIF log with the SARIF multitool (its built-in rules at its default levels,
    /// error and warning) and returns what it found, one line per finding: rule id, message id and
    /// arguments. The multitool exits with 0 even for an invalid log, so the findings are read
    /// from the log it writes, never from its exit code.
    /// </summary>
    public static IReadOnlyList<string> SarifProblems(string sarifPath)
    {
        var output = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sarifPath))!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        var result = ProcessRunner.Run(Bin("sarif-multitool"), ["validate", Path.GetFullPath(sarifPath), "--output", output, "--log", "ForceOverwrite"], ToolsDirectory);
        if (!File.Exists(output))
        {
            throw new InvalidOperationException("The SARIF multitool wrote no validation log.\n" + result);
        }

        using var log = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output));
        var problems = new List<string>();
        foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var finding in results.EnumerateArray())
            {
                var message = finding.GetProperty("message");
                var text = message.TryGetProperty("text", out var t) ? t.GetString()
                    : message.TryGetProperty("id", out var id) ? id.GetString() : string.Empty;
                var arguments = message.TryGetProperty("arguments", out var a) ? string.Join(" | ", a.EnumerateArray().Select(x => x.GetString())) : string.Empty;
                problems.Add($"{finding.GetProperty("ruleId").GetString()} {text}: {arguments}");
            }
        }

        return problems;
    }

    /// <summary>The path of an installed tool's command.</summary>
    public static string Bin(string name)
    {
        var path = Path.Combine(Installed.Value, ".bin", name);
        return File.Exists(path) ? path : throw new InvalidOperationException($"npm installed the test tools but {path} is missing.");
    }

    private static string Install()
    {
        var modules = Path.Combine(ToolsDirectory, "node_modules");
        // Test projects run in parallel processes: a lock file keeps them from installing at once.
        using var gate = AcquireLock(Path.Combine(ToolsDirectory, ".install.lock"));
        var marker = Path.Combine(modules, ".installed");
        if (File.Exists(marker) && File.ReadAllText(marker) == File.ReadAllText(Path.Combine(ToolsDirectory, "package-lock.json")))
        {
            return modules;
        }

        var result = ProcessRunner.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ToolsDirectory, timeout: TimeSpan.FromMinutes(10));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Installing the test tools with 'npm ci' in tests/tools failed. Node.js and npm are required.\n" + result);
        }

        File.WriteAllText(marker, File.ReadAllText(Path.Combine(ToolsDirectory, "package-lock.json")));
        return modules;
    }

    private static FileStream AcquireLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }

    /// <summary>ajv's per-file verdict lines, for assertions that name the file.</summary>
    public static IEnumerable<string> Lines(ProcessRunner.Result result) =>
        (result.Output + "\n" + result.Error).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
