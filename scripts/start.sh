#!/usr/bin/env bash
# Run Systeemkaart: sets up what is missing on a fresh Debian/Ubuntu machine, then serves
# the app on http://localhost:8501 with an example kaart open. Extra arguments go to
# `streamlit run` (for example --server.port=8600).
#
# A werksessie (a trainer and a room of participants) is the one opt-in to the local
# network: `bash scripts/start.sh --werksessie [options]`, or SYSTEEMKAART_WERKSESSIE=1 in
# the environment. It runs `python -m systeemkaart werksessie`, which prints the
# participants' link and the trainer's link.
set -euo pipefail
cd "$(dirname "$0")/.."
werksessie="${SYSTEEMKAART_WERKSESSIE:-}"
opties=()
for optie in "$@"; do
  if [ "$optie" = "--werksessie" ]; then werksessie=1; else opties+=("$optie"); fi
done
. scripts/omgeving.sh requirements.txt
if [ "$werksessie" = 1 ]; then
  exec .venv/bin/python -m systeemkaart werksessie ${opties[@]+"${opties[@]}"}
fi
exec .venv/bin/python -m streamlit run app.py "$@"
