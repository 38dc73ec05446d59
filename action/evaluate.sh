#!/usr/bin/env bash
# Runs 'privacy-principles evaluate' for the GitHub Action (action.yml): SARIF for code scanning,
# Markdown appended to the job summary, a JSON report for the outputs, and optionally an in-toto
# statement. Every input arrives in an environment variable (PP_*) and is passed to the tool as
# one argument, never read as shell code; lists are split on commas, spaces or new lines only,
# without wildcard expansion. Always exits 0: the tool's exit code is the output exit-code, and
# the action's last step fails the job with it after the results are published.
set -uo pipefail
set -f

work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/privacy-principles"
mkdir -p "$work"
summary="$work/summary.md"
report="$work/report.json"
key="$work/signing-key.pem"
sarif="${PP_SARIF:-privacy-principles.sarif}"
in_toto="${PP_IN_TOTO:-}"
rm -f "$summary" "$report"

output() {
  # Values are the tool's own words and numbers, or paths checked to be on one line.
  printf '%s=%s\n' "$1" "$2" >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is set by GitHub Actions}"
}

finish() {
  output exit-code "$1"
  case "$1" in
    0) output gate passed ;;
    1) output gate failed ;;
    *) output gate error ;;
  esac
  exit 0
}

one_line() {
  case "$2" in
    *$'\n'* | *$'\r'*) echo "::error title=privacy-principles::the $1 input must be one path on one line"; finish 2 ;;
  esac
}

one_line sarif "$sarif"
one_line in-toto "$in_toto"

args=(evaluate)
while IFS= read -r line || [ -n "$line" ]; do
  line="${line%$'\r'}"
  line="${line#"${line%%[![:space:]]*}"}"
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && args+=("$line")
done <<< "${PP_ATTESTATION:-}"
if [ "${#args[@]}" -eq 1 ]; then
  echo "::error title=privacy-principles::the attestation input is empty; expected the path of an attestation file"
  finish 2
fi

IFS=$', \t\n' read -r -d '' -a gates <<< "${PP_FAIL_ON:-}" || true
for gate in "${gates[@]}"; do
  args+=(--fail-on "$gate")
done

[ -n "${PP_FAIL_UNDER:-}" ] && args+=(--fail-under "$PP_FAIL_UNDER")
[ -n "${PP_WAIVERS:-}" ] && args+=(--waivers "$PP_WAIVERS")
[ -n "${PP_PREVIOUS:-}" ] && args+=(--previous "$PP_PREVIOUS")
[ -n "${PP_RULE_SET:-}" ] && args+=(--rule-set "$PP_RULE_SET")
[ -n "${PP_DATE:-}" ] && args+=(--date "$PP_DATE")

# Each output names its format, whatever its file is called.
args+=(--output "markdown=$summary" --output "sarif=$sarif" --output "json=$report")
if [ -n "$in_toto" ]; then
  args+=(--output "in-toto=$in_toto")
  if [ -n "${PP_SIGNING_KEY:-}" ]; then
    (umask 077 && printf '%s\n' "$PP_SIGNING_KEY" > "$key")
    args+=(--signing-key "$key")
  fi
fi

privacy-principles "${args[@]}"
code=$?
rm -f "$key"

if [ -f "$summary" ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  cat "$summary" >> "$GITHUB_STEP_SUMMARY"
fi

if [ -f "$report" ]; then
  # One report, or an array of them: the lowest score and the lowest rating stand for the run.
  output score "$(jq -r '[.] | flatten | map(.score) | min // empty' "$report")"
  output rating "$(jq -r 'def rank: {"poor": 0, "weak": 1, "moderate": 2, "strong": 3, "exemplary": 4}[.]; [.] | flatten | if length == 0 then empty else (min_by(.rating | rank) | .rating) end' "$report")"
  output report "$report"
fi

[ -f "$sarif" ] && output sarif "$sarif"
[ -n "$in_toto" ] && [ -f "$in_toto" ] && output in-toto "$in_toto"
finish "$code"
