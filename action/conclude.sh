#!/usr/bin/env bash
# The last step of the GitHub Action (action.yml): fails the job with the tool's exit code once the
# summary and the SARIF upload are done, so a failed gate still publishes its results.
set -uo pipefail

case "${PP_EXIT:-}" in
  1) echo "::error title=privacy-principles::a gate failed; the job summary and code scanning say which expectations" ;;
  *) echo "::error title=privacy-principles::the evaluation could not run (exit ${PP_EXIT:-unknown}); the step before says why" ;;
esac
code="${PP_EXIT:-2}"
[[ "$code" =~ ^[0-9]+$ ]] || code=2
exit "$code"
