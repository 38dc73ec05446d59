#!/usr/bin/env bash
# Packages as a user gets them: packs the four packages (the library, its dependency injection
# package, the synthetic data package and the tool, with this machine's native tool package and the
# framework-dependent fallback) to a local feed with a unique version, checks their contents,
# builds a fresh console app outside the repository that references the three libraries by version
# from that feed (public API, DI and generated attestations), publishes it with NativeAOT with zero
# warnings and runs the native binary on the samples, and installs and runs the tool (native, the
# fallback, and once with dnx).
# Needs a Release build (`dotnet build -c Release`) first. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d /tmp/pp-package-smoke-XXXXXX)
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="0.1.0-smoke.$(date +%s).$$"
fail() { echo "package smoke: $*" >&2; exit 1; }
if ! command -v unzip >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq unzip >/dev/null || fail "could not install unzip"
fi

echo "-- pack $version"
for project in src/PrivacyPrinciples/PrivacyPrinciples.csproj src/PrivacyPrinciples.Extensions.DependencyInjection/PrivacyPrinciples.Extensions.DependencyInjection.csproj src/PrivacyPrinciples.Synthetic/PrivacyPrinciples.Synthetic.csproj src/PrivacyPrinciples.Cli/PrivacyPrinciples.Cli.csproj; do
  dotnet pack "$project" -c Release --no-build -o "$feed" -p:PackageVersion="$version" -nologo -v q || fail "pack $project"
done
# The tool's package above only points at one package per platform: pack this machine's native
# (NativeAOT) package, with zero warnings, and the framework-dependent fallback for the others.
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
[ -n "$rid" ] || fail "could not tell this machine's runtime identifier"
tool_log="$work/tool-pack.log"
dotnet pack src/PrivacyPrinciples.Cli/PrivacyPrinciples.Cli.csproj -c Release -r "$rid" -o "$feed" -p:PackageVersion="$version" -nologo -warnaserror > "$tool_log" 2>&1 \
  || { cat "$tool_log"; fail "pack the $rid tool"; }
if grep -E ' warning [A-Z]+[0-9]+' "$tool_log"; then fail "the tool's NativeAOT pack warned"; fi
dotnet pack src/PrivacyPrinciples.Cli/PrivacyPrinciples.Cli.csproj -c Release -r any -p:PublishAot=false -o "$feed" -p:PackageVersion="$version" -nologo -v q \
  || fail "pack the framework-dependent tool"

echo "-- package contents"
lib="$feed/PrivacyPrinciples.$version.nupkg"
di="$feed/PrivacyPrinciples.Extensions.DependencyInjection.$version.nupkg"
for f in "$lib" "$feed/PrivacyPrinciples.$version.snupkg" "$di" "$feed/PrivacyPrinciples.Extensions.DependencyInjection.$version.snupkg" \
  "$feed/PrivacyPrinciples.Synthetic.$version.nupkg" "$feed/PrivacyPrinciples.Synthetic.$version.snupkg" \
  "$feed/PrivacyPrinciples.Cli.$version.nupkg" \
  "$feed/PrivacyPrinciples.Cli.$rid.$version.nupkg" "$feed/PrivacyPrinciples.Cli.$rid.$version.snupkg" \
  "$feed/PrivacyPrinciples.Cli.any.$version.nupkg" "$feed/PrivacyPrinciples.Cli.any.$version.snupkg"; do
  [ -f "$f" ] || fail "missing $(basename "$f")"
done
# The three libraries are checked the same way: both targets with XML docs, README, licence,
# release notes, and symbols for both targets.
for id in PrivacyPrinciples PrivacyPrinciples.Extensions.DependencyInjection PrivacyPrinciples.Synthetic; do
  package="$feed/$id.$version.nupkg"
  listing=$(unzip -l "$package")
  for entry in README.md lib/netstandard2.0/$id.dll lib/netstandard2.0/$id.xml lib/net10.0/$id.dll lib/net10.0/$id.xml; do
    grep -q " $entry\$" <<<"$listing" || fail "$id.nupkg has no $entry"
  done
  nuspec=$(unzip -p "$package" "$id.nuspec")
  for element in '<license type="expression">MIT</license>' '<readme>README.md</readme>' '<projectUrl>https://www.nuget.org/packages/PrivacyPrinciples</projectUrl>' '<releaseNotes>' '<description>' '<tags>'; do
    grep -qF "$element" <<<"$nuspec" || fail "the $id nuspec has no $element"
  done
  # The listing goes through a variable, not a pipe: `grep -q` exits at its first match, and under
  # pipefail the writer's SIGPIPE would fail the check even though the pdb is there.
  symbols=$(unzip -l "$feed/$id.$version.snupkg")
  for entry in lib/netstandard2.0/$id.pdb lib/net10.0/$id.pdb; do
    grep -q " $entry\$" <<<"$symbols" || fail "the $id symbol package has no $entry"
  done
done
# The library itself knows nothing of dependency injection; the DI package depends on this very
# version of it and on the options and configuration-binding packages.
lib_nuspec=$(unzip -p "$lib" PrivacyPrinciples.nuspec)
if grep -q '<dependency id="Microsoft.Extensions' <<<"$lib_nuspec"; then
  fail "PrivacyPrinciples.nuspec still depends on a Microsoft.Extensions package"
fi
di_nuspec=$(unzip -p "$di" PrivacyPrinciples.Extensions.DependencyInjection.nuspec)
for dependency in "<dependency id=\"PrivacyPrinciples\" version=\"$version\"" '<dependency id="Microsoft.Extensions.DependencyInjection.Abstractions"' \
  '<dependency id="Microsoft.Extensions.Options"' '<dependency id="Microsoft.Extensions.Options.ConfigurationExtensions"'; do
  grep -qF "$dependency" <<<"$di_nuspec" || fail "the DI package's nuspec has no $dependency"
done
# The generator is its own package: the core carries none of it, and the synthetic package depends
# on the core of the same version (both targets) and on nothing else of ours.
for target in netstandard2.0 net10.0; do
  unzip -p "$lib" "lib/$target/PrivacyPrinciples.dll" > "$work/core.dll"
  if grep -qa "PrivacyPrinciples\.Synthetic" "$work/core.dll"; then fail "lib/$target/PrivacyPrinciples.dll still holds the PrivacyPrinciples.Synthetic namespace"; fi
done
synthetic_nuspec=$(unzip -p "$feed/PrivacyPrinciples.Synthetic.$version.nupkg" PrivacyPrinciples.Synthetic.nuspec)
[ "$(grep -c "<dependency id=\"PrivacyPrinciples\" version=\"$version\"" <<<"$synthetic_nuspec")" -eq 2 ] \
  || fail "PrivacyPrinciples.Synthetic does not depend on PrivacyPrinciples $version for both targets"
tool_nuspec=$(unzip -p "$feed/PrivacyPrinciples.Cli.$version.nupkg" PrivacyPrinciples.Cli.nuspec)
tool_listing=$(unzip -l "$feed/PrivacyPrinciples.Cli.any.$version.nupkg")
grep -q "/PrivacyPrinciples.Synthetic.dll\$" <<<"$tool_listing" || fail "the framework-dependent tool package does not carry PrivacyPrinciples.Synthetic.dll"
grep -qF '<description>' <<<"$tool_nuspec" || fail "the tool nuspec has no <description>"

echo "-- a fresh consumer outside the repository"
app="$work/consumer"
mkdir -p "$app"
cat > "$app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="PrivacyPrinciples" Version="$version" />
    <PackageReference Include="PrivacyPrinciples.Extensions.DependencyInjection" Version="$version" />
    <PackageReference Include="PrivacyPrinciples.Synthetic" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
  </ItemGroup>
</Project>
XML
cat > "$app/Program.cs" <<'CS'
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation;
using PrivacyPrinciples.Serialization;
using PrivacyPrinciples.Synthetic;

var date = new DateTime(2026, 11, 1);
var services = new ServiceCollection()
    .AddPrivacyPrinciples(options => options.Evaluation.EvaluationDate = date)
    .BuildServiceProvider();
var fromContainer = services.GetRequiredService<AttestationEvaluator>();
var reader = services.GetRequiredService<AttestationReader>();
var direct = new AttestationEvaluator();

var files = Directory.GetFiles(args[0], "*.json");
Array.Sort(files, StringComparer.Ordinal);
foreach (var file in files)
{
    var read = new AttestationReader().ReadFile(file);
    if (!read.Succeeded)
    {
        foreach (var error in read.Errors)
        {
            Console.Error.WriteLine(error);
        }
        return 2;
    }

    var report = direct.Evaluate(read.Value!, date);
    var viaDi = fromContainer.Evaluate(reader.ReadFile(file).GetValueOrThrow());
    var json = PrivacyPrinciplesJson.Serialize(report);
    if (json != PrivacyPrinciplesJson.Serialize(viaDi))
    {
        Console.Error.WriteLine($"{file}: the DI evaluator disagrees with the direct one");
        return 3;
    }

    Console.WriteLine($"{report.Attestation.Vendor}: {report.Score} ({report.Rating}) sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))}");
}

// The synthetic package: the same NDJSON bytes as the tool's `generate --count 40 --seed 42`, and
// every generated attestation evaluated.
var generator = new SyntheticAttestationGenerator(new SyntheticAttestationOptions { Seed = 42 });
var ndjson = new StringWriter();
SyntheticNdjson.Write(ndjson, generator.Generate(40));
Console.WriteLine($"synthetic-ndjson sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ndjson.ToString()))).ToLowerInvariant()}");
var reports = new StringBuilder();
foreach (var attestation in generator.Generate(40))
{
    reports.Append(PrivacyPrinciplesJson.Serialize(direct.Evaluate(attestation, date)));
}

Console.WriteLine($"synthetic-reports sha256:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(reports.ToString())))}");
var engagement = SyntheticEngagement.Create();
Console.WriteLine($"synthetic-engagement: {engagement.Engagement.Invited.Count} invited, {engagement.FirstRound.Count} + {engagement.FollowUpRound.Count} attestations");

return files.Length > 0 ? 0 : 4;
CS
# Every report is compared in full (a SHA-256 of its JSON), not just the score.
(cd "$app" && dotnet build -c Release -nologo -v q) || fail "the consumer does not build"
jit=$(cd "$app" && dotnet bin/Release/net10.0/Consumer.dll "$repo/samples/attestations") || fail "the consumer failed"
echo "$jit"

echo "-- the netstandard2.0 build gives the same results"
# The same app and packages, but compiled and run against lib/netstandard2.0 instead of the
# net10.0 assets NuGet would pick: the libraries' compile and runtime assets are excluded and
# their netstandard2.0 assemblies are referenced directly; their dependencies still come from the
# packages.
ns="$work/consumer-ns20"
mkdir -p "$ns"
cp "$app/nuget.config" "$app/Program.cs" "$ns/"
sed -e 's|<PackageReference Include="PrivacyPrinciples" Version="\([^"]*\)" />|<PackageReference Include="PrivacyPrinciples" Version="\1" ExcludeAssets="compile;runtime" GeneratePathProperty="true" />\n    <Reference Include="$(PkgPrivacyPrinciples)/lib/netstandard2.0/PrivacyPrinciples.dll" />|' \
  -e 's|<PackageReference Include="PrivacyPrinciples.Extensions.DependencyInjection" Version="\([^"]*\)" />|<PackageReference Include="PrivacyPrinciples.Extensions.DependencyInjection" Version="\1" ExcludeAssets="compile;runtime" GeneratePathProperty="true" />\n    <Reference Include="$(PkgPrivacyPrinciples_Extensions_DependencyInjection)/lib/netstandard2.0/PrivacyPrinciples.Extensions.DependencyInjection.dll" />|' \
  -e 's|<PackageReference Include="PrivacyPrinciples.Synthetic" Version="\([^"]*\)" />|<PackageReference Include="PrivacyPrinciples.Synthetic" Version="\1" ExcludeAssets="compile;runtime" GeneratePathProperty="true" />\n    <Reference Include="$(PkgPrivacyPrinciples_Synthetic)/lib/netstandard2.0/PrivacyPrinciples.Synthetic.dll" />|' \
  -e 's|<PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="\([^"]*\)" />|&\n    <PackageReference Include="Microsoft.Extensions.Options.ConfigurationExtensions" Version="\1" />\n    <PackageReference Include="Microsoft.Bcl.TimeProvider" Version="\1" />|' \
  "$app/Consumer.csproj" > "$ns/Consumer.csproj"
# Excluded assets reach a package's own dependencies too, and NuGet picks the net10.0 dependency
# groups: the packages the netstandard2.0 assemblies need (the options and configuration packages
# only the DI package brings, and the TimeProvider type netstandard2.0 lacks) are named again, as
# the nuspecs' netstandard2.0 groups name them.
grep -q 'lib/netstandard2.0/PrivacyPrinciples.dll' "$ns/Consumer.csproj" || fail "could not point the consumer at netstandard2.0"
grep -q 'lib/netstandard2.0/PrivacyPrinciples.Extensions.DependencyInjection.dll' "$ns/Consumer.csproj" || fail "could not point the consumer at the DI package's netstandard2.0 build"
grep -q 'lib/netstandard2.0/PrivacyPrinciples.Synthetic.dll' "$ns/Consumer.csproj" || fail "could not point the consumer at the synthetic package's netstandard2.0"
(cd "$ns" && dotnet build -c Release -nologo -v q) || fail "the netstandard2.0 consumer does not build"
cmp -s "$ns/bin/Release/net10.0/PrivacyPrinciples.dll" <(unzip -p "$lib" lib/netstandard2.0/PrivacyPrinciples.dll) \
  || fail "the consumer did not get the netstandard2.0 assembly"
cmp -s "$ns/bin/Release/net10.0/PrivacyPrinciples.Extensions.DependencyInjection.dll" <(unzip -p "$di" lib/netstandard2.0/PrivacyPrinciples.Extensions.DependencyInjection.dll) \
  || fail "the consumer did not get the DI package's netstandard2.0 assembly"
cmp -s "$ns/bin/Release/net10.0/PrivacyPrinciples.Synthetic.dll" <(unzip -p "$feed/PrivacyPrinciples.Synthetic.$version.nupkg" lib/netstandard2.0/PrivacyPrinciples.Synthetic.dll) \
  || fail "the consumer did not get the synthetic package's netstandard2.0 assembly"
ns20=$(cd "$ns" && dotnet bin/Release/net10.0/Consumer.dll "$repo/samples/attestations") || fail "the netstandard2.0 consumer failed"
[ "$ns20" = "$jit" ] || { diff <(echo "$jit") <(echo "$ns20"); fail "netstandard2.0 results differ from net10.0 results"; }
echo "netstandard2.0: same results for every sample and the generated attestations"

echo "-- NativeAOT publish, zero warnings"
publish_log="$work/aot-publish.log"
(cd "$app" && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo -warnaserror) > "$publish_log" 2>&1 || { cat "$publish_log"; fail "the NativeAOT publish failed"; }
if grep -E ' warning [A-Z]+[0-9]+' "$publish_log"; then fail "the NativeAOT publish warned"; fi
native=$("$work/aot/Consumer" "$repo/samples/attestations") || fail "the native binary failed"
[ "$native" = "$jit" ] || { diff <(echo "$jit") <(echo "$native"); fail "NativeAOT results differ from JIT results"; }
echo "native binary: same results for every sample and the generated attestations"

echo "-- the tool from the same feed: the native binary on this machine"
(cd "$work" && dotnet tool install PrivacyPrinciples.Cli --tool-path "$work/tool" --add-source "$feed" --version "$version") || fail "tool install"
settings=$(unzip -p "$feed/PrivacyPrinciples.Cli.$version.nupkg" "tools/any/any/DotnetToolSettings.xml")
for platform in any linux-x64 linux-arm64 osx-arm64 win-x64; do
  grep -q "PrivacyPrinciples.Cli.$platform" <<<"$settings" || fail "the tool package does not point at PrivacyPrinciples.Cli.$platform"
done
store="$work/tool/.store"
installed=$(find "$store" -type f -name privacy-principles -path "*/$rid/*")
[ -n "$installed" ] || fail "the installed tool is not the $rid native package"
[ "$(head -c 4 "$installed" | od -An -c | tr -d ' ')" = '177ELF' ] || fail "the installed command is not a native executable"
[ -z "$(find "$store" -name 'privacy-principles.dll')" ] || fail "the installed tool carries the framework-dependent assembly"
SOURCE_DATE_EPOCH=1793491200 "$work/tool/privacy-principles" evaluate "$repo/samples/attestations/copperfield-video.json" || fail "the installed tool failed"
jit_json=$(cd "$repo" && dotnet src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll evaluate samples/attestations --format json --date 2026-11-30) || fail "the JIT build failed"
tool_json=$(cd "$repo" && "$work/tool/privacy-principles" evaluate samples/attestations --format json --date 2026-11-30) || fail "the installed tool failed"
[ "$tool_json" = "$jit_json" ] || { diff <(echo "$jit_json") <(echo "$tool_json") | head -20; fail "the native tool's report differs from the JIT build's"; }
echo "native tool ($rid): the same JSON report as the JIT build for every sample"

echo "-- the framework-dependent fallback, for platforms without a native package"
(cd "$work" && dotnet tool install PrivacyPrinciples.Cli.any --tool-path "$work/tool-any" --add-source "$feed" --version "$version") || fail "install the fallback tool"
[ -n "$(find "$work/tool-any/.store" -name 'privacy-principles.dll')" ] || fail "the fallback is not the framework-dependent assembly"
any_json=$(cd "$repo" && "$work/tool-any/privacy-principles" evaluate samples/attestations --format json --date 2026-11-30) || fail "the fallback tool failed"
[ "$any_json" = "$jit_json" ] || fail "the fallback tool's report differs from the JIT build's"
echo "fallback tool: the same JSON report"

echo "-- a one-off run with dnx, nothing installed"
dnx_out=$(cd "$work" && NUGET_PACKAGES="$work/dnx-packages" dotnet dnx "PrivacyPrinciples.Cli@$version" --add-source "$feed" --yes -- rules list) || fail "dotnet dnx PrivacyPrinciples.Cli failed"
grep -q 'SEC-01' <<<"$dnx_out" || fail "dnx did not run the tool"
echo "dnx: ran the tool"

# generate runs from the tool package (which carries PrivacyPrinciples.Synthetic.dll) and writes the
# same bytes as the synthetic package used directly.
generated=$("$work/tool/privacy-principles" generate --count 40 --seed 42 | sha256sum | cut -d' ' -f1) || fail "the installed tool's generate failed"
grep -qx "synthetic-ndjson sha256:$generated" <<<"$jit" || fail "the tool's generate differs from PrivacyPrinciples.Synthetic used directly"
"$work/tool/privacy-principles" generate --engagement "$work/engagement" --count 6 || fail "the installed tool's generate --engagement failed"
[ -f "$work/engagement/engagement.json" ] || fail "generate --engagement wrote no engagement.json"
echo "installed tool: generate writes the synthetic package's bytes"

echo "package smoke: passed"
