#!/usr/bin/env bash
# Run the whole test suite: sets up what is missing on a fresh Debian/Ubuntu machine
# (Python, the pinned test tools, Debian's Chromium for the browser tests), then pytest.
# Extra arguments go to pytest (for example -k balans).  The tests without a browser run
# in two processes (pytest-xdist, a test file's tests together in one of them); the
# browser tests, which measure what a user sees as it happens, then run in one.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/omgeving.sh requirements-dev.txt
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "== Chromium installeren voor de browsertests"
  apt_installeer chromium
fi
.venv/bin/python -m pytest -n 2 --dist loadfile -m "not browser" "$@"
exec .venv/bin/python -m pytest -m browser tests/browser "$@"
