"""One language at a time, in a real browser (issue 16, item 6 and 7).

Every page is opened in Dutch and in English; what the user can read (the page text,
the map's legend in its shadow root, and the placeholders and accessible names of the
controls) may hold no word of the other language.  The word lists come from
systeem/teksten.py: the words that occur only in the Dutch catalogue, or only in the
English one, minus the kaart's own free text (names, descriptions: the user's data stays
as it was typed).  In Dutch, Streamlit's own English texts (the English entries of the
``streamlit.*`` keys) may not appear either; a few interactions open the texts Streamlit
shows only then (a new option typed in a select list, the hint under a text field).

What Streamlit does not let us translate is listed in :data:`NIET_TE_VERTALEN` (and in
docs/architecture.md); the test does not look there.  Screenshots of every page in both
languages are saved in test-artifacts/taal/.

Coming back: a browser that made its own kaart and chose English gets that kaart, in
English, when it opens the plain address again; a first visit lands on the Start page.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

from systeemkaart.teksten import tekst as tekst_van
from tests.browser.conftest import PAGINAS, wacht_op_app
from tests.browser.server import ARTEFACTEN, start_server, stop_server
from tests.browser.taal_hulp import NIET_TE_VERTALEN  # noqa: F401 - the docstring names it
from tests.browser.taal_hulp import fouten as _fouten
from tests.browser.taal_hulp import lees as _lees

VOORBEELD = "loonaangifteketen"
SCHERMEN = ARTEFACTEN / "taal"


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_every_page_speaks_one_language(pagina, app_url, taal):
    SCHERMEN.mkdir(parents=True, exist_ok=True)
    gevonden = {}
    pagina.goto(f"{app_url}/?voorbeeld={VOORBEELD}&taal={taal}")
    for pad in PAGINAS:  # through the navigation, as a user goes (Presenteren last: no bar)
        if pad:
            naam = tekst_van(f"nav.{pad}", taal)
            pagina.get_by_role("link", name=naam, exact=True).click()
            pagina.wait_for_url(re.compile(rf"/{pad}\?"))
        wacht_op_app(pagina)
        tekst = _lees(pagina)
        pagina.screenshot(path=str(SCHERMEN / f"{taal}-{pad or 'kaart'}.png"))
        if fout := _fouten(tekst, taal):
            gevonden[pad or "kaart"] = fout
    assert not gevonden, f"woorden van de andere taal ({taal}): {gevonden}"
    assert pagina.extern == []


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_what_streamlit_shows_while_typing_is_in_the_language_too(pagina, app_url, taal):
    from playwright.sync_api import expect

    pagina.goto(f"{app_url}/interventies?voorbeeld={VOORBEELD}&taal={taal}")
    wacht_op_app(pagina)
    # A new soort typed in a select list that accepts new words.
    soortveld = pagina.get_by_role("combobox", name="Soort" if taal == "nl" else "Kind").first
    soortveld.click()
    soortveld.fill("regie")
    lijst = pagina.get_by_role("listbox")
    expect(lijst).to_contain_text("regie")
    tekst = _lees(pagina)
    nieuw = "Nieuw: regie" if taal == "nl" else "Add: regie"
    assert nieuw in tekst
    soortveld.press("Escape")
    # The hint under a text field while typing.
    naam = pagina.locator("[data-testid=stTextInput] input").first
    naam.click()
    naam.fill("Proef")
    expect(pagina.get_by_test_id("InputInstructions").first).to_be_visible()
    tekst += "\n" + _lees(pagina)
    naam.press("Escape")
    # The file uploader.
    pagina.goto(f"{app_url}/bestanden?voorbeeld={VOORBEELD}&taal={taal}")
    wacht_op_app(pagina)
    tekst += "\n" + _lees(pagina)
    pagina.screenshot(path=str(SCHERMEN / f"{taal}-bestanden-upload.png"))
    assert not _fouten(tekst, taal), _fouten(tekst, taal)


def _kaart_id(pagina) -> str | None:
    return parse_qs(urlparse(pagina.url).query).get("kaart", [None])[0]


def test_coming_back_opens_the_own_kaart_in_the_chosen_language(browser, tmp_path):
    from playwright.sync_api import expect

    proces, url = start_server({"SYSTEEMKAART_DB": str(tmp_path / "terug.db")})
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        # A first visit: the Start page, with the example open behind it.
        pagina = context.new_page()
        pagina.goto(url)
        wacht_op_app(pagina)
        expect(pagina).to_have_url(re.compile(r"/start\?"))
        # An own kaart, then English.
        pagina.get_by_label("Gedeelde opgave").fill("Minder overlast in de wijk")
        pagina.get_by_label("Eerste partner").fill("Gemeente")
        pagina.get_by_label("Naam van de kaart").fill("Wijkaanpak Noord")
        pagina.get_by_role("button", name="Maak de kaart").click()
        expect(pagina).to_have_url(re.compile(r"[?&]kaart="), timeout=15_000)
        wacht_op_app(pagina)
        # Moving to the new kaart's page briefly drops the query string while
        # that page's script puts it back; read the id once it is there again.
        expect(pagina).to_have_url(re.compile(r"[?&]kaart="), timeout=15_000)
        kid = _kaart_id(pagina)
        assert kid
        pagina.get_by_test_id("stRadio").get_by_text("English").click()
        expect(pagina).to_have_url(re.compile(r"[?&]taal=en"), timeout=10_000)
        wacht_op_app(pagina)
        pagina.reload()  # a refresh keeps the language (it is in the URL)
        wacht_op_app(pagina)
        expect(pagina.get_by_role("link", name="Map", exact=True)).to_be_visible()
        pagina.screenshot(path=str(SCHERMEN / "terug-voor-sluiten.png"))
        pagina.close()

        # The tab closed; the plain address again, in the same browser.
        pagina = context.new_page()
        pagina.goto(url)
        wacht_op_app(pagina)
        expect(pagina.get_by_role("link", name="Map", exact=True)).to_be_visible()
        assert _kaart_id(pagina) == kid
        assert "/start" not in pagina.url
        koekjes = {k["name"]: k["value"] for k in context.cookies()}
        assert (koekjes.get("systeemkaart_taal"), koekjes.get("systeemkaart_kaart")) == (
            "en",
            kid,
        )
        expect(pagina.get_by_test_id("stSidebar")).to_contain_text("Wijkaanpak Noord")
        pagina.screenshot(path=str(SCHERMEN / "terug-na-openen.png"))
    finally:
        context.close()
        stop_server(proces)
