#!/bin/sh
# Installs the Debian packages the build and the tests need, only those missing.
# Usage: scripts/install-deps.sh [fuzz | timelinejs]   (as root, or with sudo available)
#   fuzz        also clang and its libFuzzer runtime
#   timelinejs  also npm, and Knight Lab's TimelineJS3 from the npm registry into build/npm, for the
#               test that loads `-f timelinejs` output into it in Chromium. Opt-in: the project
#               uses no network beyond Debian's package manager by default; without it that one
#               test reports "skipped" and the TimelineJS output is checked against its schema.
set -eu

packages="cmake ninja-build g++ make pkg-config libcli11-dev nlohmann-json3-dev libhowardhinnant-date-dev \
libfmt-dev catch2 libxml2-dev tzdata python3 python3-jsonschema chromium slurm-wlm munge"
[ "${1:-}" = "timelinejs" ] && ! command -v npm >/dev/null 2>&1 && packages="$packages npm"
# `install-deps.sh fuzz`: also clang and its libFuzzer runtime.
[ "${1:-}" = "fuzz" ] && packages="$packages clang libclang-rt-dev"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

# Knight Lab's TimelineJS3, pinned, into build/npm (the test that loads our output into it is
# skipped when this fails, e.g. without access to the npm registry).
fetch_timelinejs() {
  [ "${1:-}" = "timelinejs" ] || return 0
  dir="$(cd "$(dirname "$0")/.." && pwd)/build/npm"
  [ -f "$dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ] && return 0
  command -v npm >/dev/null 2>&1 || return 0
  mkdir -p "$dir"
  echo "install-deps: fetching @knight-lab/timelinejs@3.9.11 into build/npm" >&2
  npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --no-save @knight-lab/timelinejs@3.9.11 >&2 \
    || echo "install-deps: warning: could not fetch TimelineJS; its in-browser test will be skipped" >&2
}

if [ -z "$missing" ]; then
  fetch_timelinejs "${1:-}"
  exit 0
fi

echo "install-deps: installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "install-deps: missing packages:$missing; run as root or install them with apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
# shellcheck disable=SC2086
$sudo apt-get install -y -q --no-install-recommends $missing
fetch_timelinejs "${1:-}"
