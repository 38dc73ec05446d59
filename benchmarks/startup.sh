#!/usr/bin/env bash
# Whole-process start-up, measured with hyperfine (docs/performance.md): a cold `evaluate` of one
# sample by the NativeAOT tool, beside a NativeAOT hello world (the floor) and the tool as
# `dotnet tool install` runs it (JIT). Publishes both programs first.
#
#   bash benchmarks/startup.sh [output folder, default artifacts/startup]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/startup}
mkdir -p "$out"

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "installing hyperfine" >&2
  { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; } || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 1; }
fi

dotnet publish src/PrivacyPrinciples.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -nologo -warnaserror >/dev/null
dotnet publish benchmarks/HelloWorld.Aot -c Release -r linux-x64 -p:PublishAot=true -o "$out/hello" -nologo -warnaserror >/dev/null
dotnet build src/PrivacyPrinciples.Cli -c Release -nologo >/dev/null

sample=samples/attestations/copperfield-video.json
hyperfine --shell=none --warmup 5 --runs 60 \
  --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
  --command-name "NativeAOT hello world" "$out/hello/hello-world" \
  --command-name "NativeAOT privacy-principles evaluate (one sample)" "$out/aot/privacy-principles evaluate $sample --date 2026-11-30" \
  --command-name "dotnet privacy-principles.dll evaluate (JIT, as a dotnet tool)" "dotnet src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll evaluate $sample --date 2026-11-30"

# The ratio the target is stated in: median of the tool over median of hello world.
python3 - "$out/startup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
hello = results[0]["median"]
for r in results:
    print(f'{r["command"]}: median {r["median"] * 1000:.2f} ms, {r["median"] / hello:.2f}x hello world')
PY
