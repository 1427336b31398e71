"""Nothing lost, in a real browser: an edit survives a page reload and a server that is
killed (SIGKILL) and started again on the same database file; dragged places too.

Each test runs its own server on its own SYSTEEMKAART_DB in tmp_path.
"""

from __future__ import annotations

import re
import signal
from urllib.parse import parse_qs, urlparse

from tests.browser.conftest import plek_op_kaart, sleep_knoop, wacht_op_app, wacht_op_kaart
from tests.browser.server import ARTEFACTEN, start_server, stop_server


def _kaart_id(pagina) -> str | None:
    return parse_qs(urlparse(pagina.url).query).get("kaart", [None])[0]


def _dichtbij(a: dict[str, float], b: dict[str, float]) -> bool:
    return abs(a["x"] - b["x"]) < 1 and abs(a["y"] - b["y"]) < 1


def test_een_wijziging_overleeft_verversen_en_een_gedode_server(pagina, chromium_pad, tmp_path):
    from playwright.sync_api import expect

    ARTEFACTEN.mkdir(exist_ok=True)
    omgeving = {"SYSTEEMKAART_DB": str(tmp_path / "browser.db")}
    proces, url = start_server(omgeving)
    try:
        pagina.goto(f"{url}/?voorbeeld=loonaangifteketen")
        wacht_op_kaart(pagina)
        assert _kaart_id(pagina) is None  # an example: nothing stored yet

        # Edit 1: drag a partner.  The first edit makes the user's own copy.
        voor = plek_op_kaart(pagina, "cbs")
        neergezet = sleep_knoop(pagina, "cbs", 70, -50)
        assert abs(neergezet["x"] - voor["x"]) > 20, "the node did not move"
        expect(pagina).to_have_url(re.compile(r"[?&]kaart="), timeout=10_000)
        kid = _kaart_id(pagina)

        # Edit 2: the title, on the Invoeren page.
        pagina.get_by_role("link", name="Invoeren").click()
        wacht_op_app(pagina)
        pagina.get_by_text("Titel en opgave").click()
        veld = pagina.get_by_label("Titel van de kaart")
        veld.fill("Loonaangifteketen (eigen)")
        veld.press("Enter")
        wacht_op_app(pagina)
        zijbalk = pagina.get_by_test_id("stSidebar")
        expect(zijbalk).to_contain_text("Loonaangifteketen (eigen)", timeout=10_000)
        expect(pagina).to_have_url(re.compile(rf"kaart={re.escape(kid)}"))

        # Reload: both edits are there.
        pagina.reload()
        wacht_op_app(pagina)
        expect(zijbalk).to_contain_text("Loonaangifteketen (eigen)", timeout=10_000)
        pagina.get_by_role("link", name="Kaart", exact=True).click()
        wacht_op_kaart(pagina)
        assert _dichtbij(plek_op_kaart(pagina, "cbs"), neergezet)

        # Kill the server hard, start it again on the same file, open the same URL.
        proces.send_signal(signal.SIGKILL)
        proces.wait(10)
        proces, url = start_server(omgeving)
        pagina.goto(f"{url}/?kaart={kid}")
        wacht_op_kaart(pagina)
        expect(zijbalk).to_contain_text("Loonaangifteketen (eigen)", timeout=10_000)
        assert _dichtbij(plek_op_kaart(pagina, "cbs"), neergezet), "the dragged place was lost"
        assert _kaart_id(pagina) == kid
        assert pagina.get_by_test_id("stException").count() == 0
        assert pagina.extern == []
    finally:
        stop_server(proces)


def test_ongedaan_maken_in_de_browser_ook_na_verversen(pagina, chromium_pad, tmp_path):
    from playwright.sync_api import expect

    ARTEFACTEN.mkdir(exist_ok=True)
    proces, url = start_server({"SYSTEEMKAART_DB": str(tmp_path / "undo.db")})
    try:
        pagina.goto(f"{url}/?voorbeeld=loonaangifteketen")
        wacht_op_kaart(pagina)
        voor = plek_op_kaart(pagina, "uwv")
        sleep_knoop(pagina, "uwv", -60, 40)
        expect(pagina).to_have_url(re.compile(r"[?&]kaart="), timeout=10_000)
        pagina.reload()
        wacht_op_kaart(pagina)
        knop = pagina.get_by_role("button", name="Ongedaan maken")
        expect(knop).to_be_enabled(timeout=10_000)
        aanroepen = pagina.evaluate("() => window.__systeemkaartAanroepen")
        knop.focus()  # the sticky header may cover the button after the map scrolled
        knop.press("Enter")
        pagina.wait_for_function(f"() => window.__systeemkaartAanroepen > {aanroepen}")
        wacht_op_app(pagina)
        assert _dichtbij(plek_op_kaart(pagina, "uwv"), voor)
        expect(pagina.get_by_role("button", name="Opnieuw")).to_be_enabled()
        assert pagina.extern == []
    finally:
        stop_server(proces)
