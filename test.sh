#!/usr/bin/env bash
# Runs every test of Casefile: builds the solution (warnings are errors) and runs all test projects.
# Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build Casefile.sln --configuration Release 2>&1 | tail -n 3
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Casefile.sln --configuration Release --no-build "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, whatever number of test projects.
awk '
  /(Passed|Failed)! +- +Failed:/ {
    gsub(/,/, "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") failed += $(i + 1);
      if ($i == "Passed:") passed += $(i + 1);
      if ($i == "Skipped:") skipped += $(i + 1);
    }
  }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"
exit "$status"
