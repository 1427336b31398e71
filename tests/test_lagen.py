"""The layer contracts (``[tool.importlinter]`` in pyproject.toml), checked by import-linter:
the shell above the CLI above the store above the file formats above the renderer above the
analyses above the model above the core's texts, each importing only layers below it; and
no Streamlit (nor the shell) anywhere in the core."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_layer_contracts_hold():
    lint_imports = Path(sys.executable).with_name(
        "lint-imports.exe" if os.name == "nt" else "lint-imports"
    )
    klaar = subprocess.run(
        [str(lint_imports), "--no-cache", "--no-logo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert klaar.returncode == 0, klaar.stdout + klaar.stderr
    assert "Contracts: 2 kept, 0 broken." in klaar.stdout
