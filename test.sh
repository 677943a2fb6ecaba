#!/usr/bin/env bash
# Runs every test of Casefile: builds the solution (warnings are errors) and runs all test projects,
# then the VS Code extension's tests (tests/e2e/run.sh: unit, grammar, packaging, end-to-end in
# code-server; it installs what it needs). CASEFILE_VSCODE_TESTS=0 leaves those out, CASEFILE_E2E=0
# only the end-to-end test.
# Usage: ./test.sh [extra dotnet test arguments]
# A test that hangs is stopped after five minutes and reported (--blame-hang-timeout), so CI ends.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build Casefile.sln --configuration Release 2>&1 | tail -n 3
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Casefile.sln --configuration Release --no-build --blame-hang-timeout 5m "$@" 2>&1 | tee "$log" || status=$?

# The VS Code extension, its grammar and the end-to-end test; its last line is "vscode: N passed, N failed, N skipped".
if [[ "${CASEFILE_VSCODE_TESTS:-1}" != 0 ]]; then
  tests/e2e/run.sh 2>&1 | tee -a "$log" || status=$((status == 0 ? 1 : status))
fi

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
  /^vscode: [0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$/ { passed += $2; failed += $4; skipped += $6 }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }
' "$log"
exit "$status"
