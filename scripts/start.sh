#!/usr/bin/env bash
# Run Systeemkaart: sets up what is missing on a fresh Debian/Ubuntu machine, then serves
# the app on http://localhost:8501 with an example kaart open. Extra arguments go to
# `streamlit run` (for example --server.port=8600).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/omgeving.sh requirements.txt
exec .venv/bin/python -m streamlit run app.py "$@"
