#!/usr/bin/env bash
# Installs the privacy-principles dotnet tool for the GitHub Action (action.yml) into a folder of
# the runner's own and puts it on the job's PATH. PP_VERSION pins a version; empty installs the
# latest release.
set -euo pipefail

dir="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/privacy-principles-tool"
version=()
if [ -n "${PP_VERSION:-}" ]; then
  if [[ ! "$PP_VERSION" =~ ^[0-9A-Za-z.+-]+$ ]]; then
    echo "::error title=privacy-principles::the version input is not a version (expected for example 0.1.0)"
    exit 2
  fi
  version=(--version "$PP_VERSION")
fi

dotnet tool install PrivacyPrinciples.Cli --tool-path "$dir" "${version[@]}"
echo "$dir" >> "${GITHUB_PATH:?GITHUB_PATH is set by GitHub Actions}"
