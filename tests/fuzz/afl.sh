#!/usr/bin/env bash
# Coverage-guided fuzzing of Casefile.Core (and the server's pure functions) with AFL++ through
# SharpFuzz, for long runs; CI does not run it. Installs what it needs: Debian's afl++ (apt-get,
# as root or with sudo) and the SharpFuzz command-line tool (into artifacts/afl/tools).
#
# Usage: tests/fuzz/afl.sh [MINUTES]   (default 30; artifacts/afl/out keeps the queue between runs)
# Each crash is an input that broke an oracle or threw; check one, minimise it and save it as a
# regression with:
#   dotnet run -c Release --project tests/Casefile.Fuzz -- --check artifacts/afl/out/default/crashes/id:…
set -euo pipefail
cd "$(dirname "$0")/../.."
minutes="${1:-30}"
work=artifacts/afl
mkdir -p "$work"

if ! command -v afl-fuzz >/dev/null; then
  sudo=""
  [[ $(id -u) != 0 ]] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq afl++
fi

if [[ ! -x "$work/tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
fi

# The harness, published on its own, with the code under test instrumented for AFL++'s coverage map.
rm -rf "$work/bin"
dotnet publish tests/Casefile.Fuzz.Afl -c Release -o "$work/bin" --nologo -v quiet
for assembly in Casefile.Core.dll Casefile.LanguageServer.dll; do
  "$work/tools/sharpfuzz" "$work/bin/$assembly"
done

# Seeds: the small case files of the examples and of tests/cases (AFL++ works best from small ones);
# a dictionary of the vocabulary's words in the three languages.
if [[ ! -d "$work/out/default/queue" ]]; then
  rm -rf "$work/in" && mkdir -p "$work/in"
  find examples tests/cases -name '*.case.md' -size -6k | sort | while read -r file; do
    cp "$file" "$work/in/$(echo "$file" | tr '/' '_')"
  done
  input=(-i "$work/in")
else
  input=(-i -)   # resume the previous run's queue
fi
dotnet run -c Release --project tests/Casefile.Fuzz -- --afl-dictionary "$work/casefile.dict" >/dev/null

# No core-dump handler or CPU governor to set up in a container; no UI in a log.
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
afl-fuzz "${input[@]}" -o "$work/out" -x "$work/casefile.dict" -t 10000 -m none -V "$((minutes * 60))" \
  -- dotnet "$work/bin/Casefile.Fuzz.Afl.dll" || true

crashes=$(find "$work/out/default/crashes" -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$work/out/default/hangs" -name 'id:*' 2>/dev/null | wc -l)
echo "afl: $crashes crashes, $hangs hangs in $work/out/default (check each with --check, as above)"
