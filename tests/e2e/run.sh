#!/usr/bin/env bash
# The VS Code part of the tests, from a bare machine (test.sh runs it after the .NET tests):
#   1. setup.sh: Debian packages, Node 24, npm ci of client-vscode and of tests/e2e (cached);
#   2. the extension's type check and unit tests, the templates checked by the built CLI;
#   3. the grammar tests (syntaxes/tests);
#   4. npm run package: client-vscode/casefile.vsix with the published server;
#   5. the end-to-end test in code-server, with screenshots in artifacts/e2e/.
# Ends with one line "vscode: N passed, N failed, N skipped" and exits non-zero if anything failed.
# CASEFILE_E2E=0 leaves out step 5 (and the browser and code-server installs).
set -uo pipefail

e2e_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$e2e_dir/../.." && pwd)
cd "$repo_root"

started=$SECONDS
# shellcheck source=setup.sh
. "$e2e_dir/setup.sh" || { echo "vscode: 0 passed, 1 failed, 0 skipped"; exit 1; }
set +e
echo "[vscode] set up in $((SECONDS - started)) s" >&2

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
run() {
  local name=$1
  shift
  local step_started=$SECONDS
  if ! "$@" 2>&1 | tee -a "$log"; then
    echo "[vscode] FAILED: $name" >&2
    status=1
  fi
  echo "[vscode] $name: $((SECONDS - step_started)) s" >&2
}

cli="$repo_root/src/Casefile.Cli/bin/Release/net10.0/casefile.dll"
if [[ ! -f "$cli" ]]; then
  dotnet build src/Casefile.Cli -c Release --nologo -v quiet >&2
fi
export CASEFILE_CLI="$cli"

run "type check" bash -c 'cd client-vscode && npm run -s typecheck'
run "client unit tests" bash -c 'cd client-vscode && npm test -s'
run "grammar tests" bash -c 'cd client-vscode && npm run -s test:grammar'
run "package" bash -c 'cd client-vscode && npm run -s package | tail -n 2'
if [[ "${CASEFILE_E2E:-1}" != 0 ]]; then
  if [[ -f client-vscode/casefile.vsix ]]; then
    run "end-to-end in code-server" bash -c "cd '$e2e_dir' && node --test --test-reporter=spec e2e.test.mjs"
  else
    echo "[vscode] no .vsix: the end-to-end test cannot run" >&2
    echo "ℹ fail 1" >>"$log"
    status=1
  fi
fi

# node's test runner ends each run with "ℹ pass N", "ℹ fail N", "ℹ skipped N"; the grammar
# tests with "Grammar: N passed, N failed".
awk -v status="$status" '
  /^ℹ pass [0-9]+$/ { passed += $3 }
  /^ℹ fail [0-9]+$/ { failed += $3 }
  /^ℹ skipped [0-9]+$/ { skipped += $3 }
  /^Grammar: [0-9]+ passed, [0-9]+ failed$/ { passed += $2; failed += $4 }
  END {
    if (status != 0 && failed == 0) failed = 1
    printf "vscode: %d passed, %d failed, %d skipped\n", passed, failed, skipped
  }
' "$log"
echo "[vscode] total $((SECONDS - started)) s" >&2
exit "$status"
