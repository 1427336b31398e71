# Sourced by scripts/start.sh and scripts/test.sh: make sure this machine has Python 3.11+
# with venv, and a .venv in the project with the pinned requirements.
#   usage: . scripts/omgeving.sh requirements.txt|requirements-dev.txt
set -euo pipefail

_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
_apt_bijgewerkt=""
apt_installeer() {
  # Install Debian/Ubuntu packages (needs root or sudo); refresh the package lists once.
  if [ -z "$_apt_bijgewerkt" ]; then _root apt-get update -qq; _apt_bijgewerkt=1; fi
  DEBIAN_FRONTEND=noninteractive _root apt-get install -y -qq "$@"
}

if ! command -v python3 >/dev/null 2>&1 \
   || ! python3 -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "== Python 3.11+ met venv installeren"
  apt_installeer python3 python3-venv python3-pip
fi

if [ ! -x .venv/bin/python ]; then
  echo "== Virtuele omgeving .venv aanmaken"
  python3 -m venv .venv
fi

_eisen="$1"
_stempel=".venv/.geinstalleerd-$(basename "$_eisen")"
_som=$(cat requirements*.txt | sha256sum | cut -c1-16)
if [ "$(cat "$_stempel" 2>/dev/null)" != "$_som" ]; then
  echo "== Python-pakketten installeren ($_eisen)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$_eisen"
  echo "$_som" > "$_stempel"
fi
