#!/bin/sh
# Installs the Debian packages the build and the tests need, only those missing.
# Usage: scripts/install-deps.sh [fuzz]   (as root, or with sudo available)
set -eu

packages="cmake ninja-build g++ make pkg-config libcli11-dev nlohmann-json3-dev libhowardhinnant-date-dev \
libfmt-dev catch2 libxml2-dev tzdata python3 python3-jsonschema"
# `install-deps.sh fuzz`: also clang and its libFuzzer runtime.
[ "${1:-}" = "fuzz" ] && packages="$packages clang libclang-rt-dev"

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

[ -z "$missing" ] && exit 0

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
