#!/usr/bin/env bash
# Peak memory of a batch through the command-line tool (docs/performance.md): 10,000 and
# 100,000 synthetic attestations as NDJSON through `evaluate --format csv`, timed and measured
# with GNU time's maximum resident set size, for the NativeAOT tool and the JIT tool.
#
#   bash benchmarks/batch-memory.sh [output folder, default artifacts/batch-memory]
# Needs about 1.5 GB of disk for the generated NDJSON.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/batch-memory}
mkdir -p "$out"

dotnet publish src/PrivacyPrinciples.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" -nologo -warnaserror >/dev/null
dotnet build src/PrivacyPrinciples.Cli -c Release -nologo >/dev/null

"$out/aot/privacy-principles" generate --count 100000 --seed 42 --output "$out/100000.ndjson"
head -n 10000 "$out/100000.ndjson" > "$out/10000.ndjson"

measure() { # name, count, command...
  local name=$1 count=$2
  shift 2
  /usr/bin/time -v "$@" evaluate "$out/$count.ndjson" --format csv --output "$out/$name-$count.csv" --date 2026-11-30 2> "$out/$name-$count.time"
  local rss seconds
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$name-$count.time")
  seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$name-$count.time")
  echo "$name $count attestations: peak RSS $((rss / 1024)) MB, wall clock $seconds"
  echo "$rss" > "$out/$name-$count.rss"
}

for count in 10000 100000; do
  measure aot "$count" "$out/aot/privacy-principles"
  measure jit "$count" dotnet src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll
done

for name in aot jit; do
  small=$(cat "$out/$name-10000.rss")
  large=$(cat "$out/$name-100000.rss")
  awk -v n="$name" -v s="$small" -v l="$large" 'BEGIN { printf "%s: peak memory grows %+.1f%% from 10,000 to 100,000 attestations\n", n, (l - s) * 100 / s }'
done
cmp "$out/aot-100000.csv" "$out/jit-100000.csv" && echo "the NativeAOT and JIT tools wrote the same CSV"
