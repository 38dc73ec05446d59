#!/usr/bin/env bash
# Whether a change keeps every report byte for byte (docs/performance.md): builds the tool at a
# git revision (default HEAD) in a temporary worktree and the working tree as it is, writes the
# same reports with each, and compares them. The reports: every sample attestation and both rounds
# of the sample engagement in every evaluate format but the signed and time-stamped ones, the
# engagement report, and a synthetic batch of 500 attestations through the streaming path, each
# at two evaluation dates (the second after much evidence has expired).
#
#   bash benchmarks/same-bytes.sh [revision]
set -euo pipefail
cd "$(dirname "$0")/.."
revision=${1:-HEAD}
work=$(mktemp -d)
before_tree="$work/tree"
cleanup() {
  git worktree remove --force "$before_tree" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Runs one command quietly; on failure shows what it said and stops.
run() {
  if ! "$@" >/dev/null 2>"$work/last.log"; then
    cat "$work/last.log" >&2
    echo "failed: $*" >&2
    exit 1
  fi
}

git worktree add --detach --quiet "$before_tree" "$revision"
echo "building $revision and the working tree" >&2
dotnet build "$before_tree/src/PrivacyPrinciples.Cli" -c Release -nologo -v quiet >/dev/null
dotnet build src/PrivacyPrinciples.Cli -c Release -nologo -v quiet >/dev/null

# Both tools read the same synthetic batch, written once by the working tree's generator.
batch="$work/batch.ndjson"
run dotnet src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll generate --count 500 --seed 7 --output "$batch"

reports() {
  local tool=$1 out=$2
  mkdir -p "$out"
  for date in 2026-11-01 2031-06-30; do
    for input in samples/attestations samples/engagement/round-1 samples/engagement/round-2; do
      local name=${input//\//-}
      for format in text json markdown sarif junit html csv oscal-assessment-results; do
        run dotnet "$tool" evaluate "$input" --date "$date" --format "$format" --output "$out/$name-$date.$format"
      done
    done
    run dotnet "$tool" evaluate "$batch" --date "$date" --format json --format csv --output "json=$out/batch-$date.json" --output "csv=$out/batch-$date.csv"
    run dotnet "$tool" engagement samples/engagement/engagement.json --date "$date" --format json --output "$out/engagement-$date.json"
  done
}

reports "$before_tree/src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll" "$work/before"
reports src/PrivacyPrinciples.Cli/bin/Release/net10.0/privacy-principles.dll "$work/after"

count=$(find "$work/after" -type f | wc -l)
if diff -rq "$work/before" "$work/after"; then
  echo "same bytes: $count reports at $revision and in the working tree"
else
  echo "the reports above differ between $revision and the working tree" >&2
  exit 1
fi
