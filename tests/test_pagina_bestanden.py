"""AppTest tests of the Bestanden page (ui/paginas/bestanden.py), run on its own: the
page is not in app.py's navigation yet, so a two-line wrapper starts the session first."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGINA = ROOT / "ui" / "paginas" / "bestanden.py"

WRAPPER = f"""
import runpy
from ui import staat
staat.begin()
runpy.run_path({str(PAGINA)!r}, run_name="__main__")
"""


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_pagina_toont_alle_downloads_zonder_fouten(taal):
    at = AppTest.from_string(WRAPPER, default_timeout=60)
    at.query_params["voorbeeld"] = "loonaangifteketen"
    at.session_state["taal"] = taal
    at.run()
    assert not at.exception
    assert not [e.value for e in at.error] and not at.warning
    knoppen = at.get("download_button")
    assert len(knoppen) == 8  # seven formats and the template
    assert at.title[0].value == ("Bestanden" if taal == "nl" else "Files")
