"""A participant's pages on a phone (390x844): no sideways scrolling, and the Kaart page
shows its map near the top, above the settings (``systeemkaart/static/telefoon.css``).
The same pages on a laptop (1280x800) keep the settings above the map, beside the panel.
Screenshots of the first screen of every page in test-artifacts/telefoon/."""

from __future__ import annotations

import pytest

from tests.browser.conftest import ARTEFACTEN, bewaak, wacht_op_app, wacht_op_kaart

TELEFOON = (390, 844)
LAPTOP = (1280, 800)
#: The pages a participant uses, by URL path ("" is Kaart).
PAGINAS = ["start", "", "invoeren", "balans", "mijn_kaarten", "bestanden", "presenteren"]
VOORBEELD = "?voorbeeld=gebiedsontwikkeling"

#: Sideways overflow of the page and of Streamlit's scrolling main area, in px.
OVERLOOP = """() => {
    const main = document.querySelector('[data-testid=stMain]');
    return Math.max(document.documentElement.scrollWidth - window.innerWidth,
                    main ? main.scrollWidth - main.clientWidth : 0);
}"""
#: Where an element is on the screen (null when it is absent).
PLEK = """(sel) => { const e = document.querySelector(sel); if (!e) return null;
    const b = e.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, width: b.width}; }"""
KAART = ".st-key-kaartnetwerk"
INSTELLINGEN = ".st-key-kaart_instellingen"


def _scherm(browser, maat: tuple[int, int], mobiel: bool):
    breed, hoog = maat
    context = browser.new_context(
        viewport={"width": breed, "height": hoog}, is_mobile=mobiel, has_touch=mobiel
    )
    extern = bewaak(context)
    page = context.new_page()
    page.extern = extern
    return context, page


@pytest.fixture
def telefoon(browser):
    context, page = _scherm(browser, TELEFOON, mobiel=True)
    yield page
    context.close()


@pytest.fixture
def laptop(browser):
    context, page = _scherm(browser, LAPTOP, mobiel=False)
    yield page
    context.close()


def _open(page, app_url: str, pad: str, naam: str) -> None:
    page.goto(f"{app_url}/{pad}{VOORBEELD}")
    if pad == "":
        wacht_op_kaart(page)
    else:
        wacht_op_app(page)
    page.wait_for_timeout(500)  # charts and the map settle their width
    map_ = ARTEFACTEN / "telefoon"
    map_.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(map_ / f"{naam}-{pad or 'kaart'}.png"))


@pytest.mark.parametrize("pad", PAGINAS)
def test_a_page_fits_a_phone_without_sideways_scrolling(telefoon, app_url, pad):
    _open(telefoon, app_url, pad, "telefoon")
    assert telefoon.get_by_test_id("stException").count() == 0
    assert telefoon.evaluate(OVERLOOP) <= 1, f"/{pad} scrolls sideways on a phone"
    assert telefoon.extern == []


def test_the_map_comes_first_on_a_phone(telefoon, app_url):
    _open(telefoon, app_url, "", "telefoon")
    kaart = telefoon.evaluate(PLEK, KAART)
    instellingen = telefoon.evaluate(PLEK, INSTELLINGEN)
    hoogte = TELEFOON[1]
    assert kaart["top"] < 1.2 * hoogte, kaart
    assert kaart["width"] >= 300, kaart
    # The settings fold below the map (app.py adds the phone layout: opmaak.telefoon()).
    assert instellingen["top"] >= kaart["bottom"], (kaart, instellingen)
    # Undo and redo share one row.
    boven = [
        telefoon.evaluate(PLEK, f".st-key-{knop}")["top"]
        for knop in ("opslag_ongedaan", "opslag_opnieuw")
    ]
    assert abs(boven[0] - boven[1]) < 2, boven


def test_the_presenter_map_fits_a_phone(telefoon, app_url):
    _open(telefoon, app_url, "presenteren", "telefoon")
    telefoon.get_by_role("button", name="Met de echte namen").click()
    wacht_op_kaart(telefoon)
    telefoon.wait_for_timeout(500)
    telefoon.screenshot(path=str(ARTEFACTEN / "telefoon" / "telefoon-presenteren-kaart.png"))
    assert telefoon.get_by_test_id("stException").count() == 0
    assert telefoon.evaluate(OVERLOOP) <= 1
    assert telefoon.evaluate(PLEK, KAART)["width"] >= 300


def test_a_laptop_keeps_its_layout(laptop, app_url):
    # Only the Kaart page's layout has rules for phones; the other pages at laptop size
    # are walked by test_paginas.py.
    _open(laptop, app_url, "", "laptop")
    assert laptop.get_by_test_id("stException").count() == 0
    assert laptop.evaluate(OVERLOOP) <= 1
    kaart = laptop.evaluate(PLEK, KAART)
    instellingen = laptop.evaluate(PLEK, INSTELLINGEN)
    assert instellingen["bottom"] <= kaart["top"]  # the settings stay above the map
    assert kaart["width"] > LAPTOP[0] / 2  # beside the panel, not stacked
    assert laptop.extern == []
