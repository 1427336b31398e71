"""The shell's own rule: :mod:`systeemkaart.staat` is the only caller of the store for
kaarten, with :mod:`systeemkaart.toegang`, which decides which view of the store a session
holds (and hands the trainer's page the whole store), and the launcher
(``systeemkaart/__main__.py``, which reads the trainer key before the server starts).  No
other module of ``systeemkaart/`` imports :mod:`systeem.opslag`: a page asks ``staat`` or
``toegang`` for what it needs of the store, and meets its failures as ``staat.OpslagFout``.

Read from the source with :mod:`ast`, so an import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHELL = ROOT / "systeemkaart"
OPSLAG = "systeem.opslag"


def _importeert_opslag(pad: Path) -> list[int]:
    """The lines of ``pad`` that import the store (any form of the import)."""
    regels = []
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"), filename=str(pad))):
        if isinstance(knoop, ast.Import):
            namen = [a.name for a in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
            namen = [knoop.module, *(f"{knoop.module}.{a.name}" for a in knoop.names)]
        else:
            continue
        if any(n == OPSLAG or n.startswith(OPSLAG + ".") for n in namen):
            regels.append(knoop.lineno)
    return regels


def test_alleen_staat_importeert_de_opslag():
    gevonden = {
        pad.relative_to(ROOT).as_posix(): regels
        for pad in sorted(SHELL.rglob("*.py"))
        if (regels := _importeert_opslag(pad))
    }
    assert set(gevonden) <= {
        "systeemkaart/staat.py",
        "systeemkaart/toegang.py",
        "systeemkaart/__main__.py",
    }, gevonden
    assert "systeemkaart/staat.py" in gevonden


def test_de_controle_ziet_elke_vorm(tmp_path):
    vormen = {
        "import systeem.opslag": [1],
        "from systeem.opslag import Opslag": [1],
        "from systeem import opslag": [1],
        "def f():\n    from systeem.opslag import OpslagFout": [2],
        "from systeem import bestanden\nimport systeem.opslagen": [],
    }
    for code, regels in vormen.items():
        pad = tmp_path / "m.py"
        pad.write_text(code, encoding="utf-8")
        assert _importeert_opslag(pad) == regels, code
