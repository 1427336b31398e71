"""Every page in a real browser: offline, an edit in a table reaches the map and the
balance, and presenter mode and the language switch lay out without overlap on the two
screen sizes a classroom projector uses (screenshots in test-artifacts/schermen/)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import ARTEFACTEN, PAGINAS, wacht_op_app, wacht_op_kaart

SCHERMEN = {"1280x720": (1280, 720), "1920x1080": (1920, 1080)}


def test_every_page_works_offline(pagina, app_url):
    # Every example's map is checked offline in test_kaart_interactie.py; here every
    # page, with the richest example.
    for pad in PAGINAS:
        pagina.goto(f"{app_url}/{pad}?voorbeeld=loonaangifteketen")
        wacht_op_app(pagina)
        assert pagina.get_by_test_id("stException").count() == 0
        assert "Er ging iets mis" not in pagina.inner_text("body")
    assert pagina.extern == [], f"fetched from outside: {pagina.extern}"


def test_every_page_name_typed_in_the_address_bar_opens_its_page(pagina, app_url):
    # The Kaart page is the default at "/"; a typed or bookmarked /kaart must open it too,
    # not Streamlit's "Page not found" dialog.
    for pad in [*PAGINAS, "kaart"]:
        pagina.goto(f"{app_url}/{pad}")
        wacht_op_app(pagina)
        pagina.wait_for_timeout(500)
        assert "Page not found" not in pagina.inner_text("body"), pad
    pagina.goto(f"{app_url}/kaart?voorbeeld=gebiedsontwikkeling")
    wacht_op_kaart(pagina)
    assert pagina.evaluate("() => window.__systeemkaartNetwerk.body.data.nodes.length") > 1


def test_editing_a_cell_changes_the_map_and_the_balance(pagina, app_url):
    from playwright.sync_api import expect

    pagina.goto(f"{app_url}/invoeren?voorbeeld=gebiedsontwikkeling")
    wacht_op_app(pagina)
    pagina.get_by_role("tab", name="Stromen").click()
    rooster = pagina.get_by_test_id("stDataFrame").filter(visible=True).first
    rooster.scroll_into_view_if_needed()
    pagina.wait_for_timeout(300)
    vak = rooster.locator("canvas").first.bounding_box()  # the grid itself, header first
    # Row 1 is corporatie -> ontwikkelaar, waarde 5; select its first cell, step to Waarde.
    pagina.mouse.click(vak["x"] + 120, vak["y"] + 35 + 17)
    pagina.wait_for_timeout(300)
    for _ in range(3):
        pagina.keyboard.press("ArrowRight")
    pagina.keyboard.type("1")  # typing opens the cell's editor with this first key
    pagina.wait_for_timeout(300)
    pagina.keyboard.press("Enter")
    expect(rooster.locator("#glide-cell-4-0")).to_have_text("1", timeout=15_000)
    # The map beside the tables shows the edit once it is applied and stored.
    pagina.wait_for_function(
        "() => { const n = window.__systeemkaartNetwerk;"
        " return n && n.body.data.nodes.get('corporatie').title.includes('Brengt 16'); }",
        timeout=30_000,
    )
    wacht_op_app(pagina)

    pagina.get_by_role("link", name="Kaart", exact=True).click()
    wacht_op_kaart(pagina)
    titel = pagina.evaluate(
        "() => window.__systeemkaartNetwerk.body.data.nodes.get('corporatie').title"
    )
    assert "Brengt 16 · haalt 4" in titel  # was 20 and 4

    pagina.get_by_role("link", name="Balans", exact=True).click()
    wacht_op_app(pagina)
    expect(pagina.get_by_test_id("stMain")).to_contain_text("Per partner", timeout=15_000)
    tabel = pagina.get_by_test_id("stTable")
    expect(tabel).to_be_visible(timeout=15_000)
    rijen = tabel.evaluate(
        "t => Array.from(t.querySelectorAll('tr')).map(r => Array.from(r.children).map(c => c.innerText.trim()))"
    )
    rij = next(r for r in rijen if r and r[0] == "Woningcorporatie")
    assert rij[1:3] == ["16", "4"], rijen[:3]  # brengt, haalt
    assert pagina.extern == []


def _overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"] + 1
        or b["x"] + b["width"] <= a["x"] + 1
        or a["y"] + a["height"] <= b["y"] + 1
        or b["y"] + b["height"] <= a["y"] + 1
    )


def _geen_overlap(pagina, selectors: list[str]) -> None:
    vakken = {}
    for sel in selectors:
        vak = pagina.locator(sel).first.bounding_box()
        assert vak and vak["width"] > 0 and vak["height"] > 0, f"{sel} is not visible"
        vakken[sel] = vak
    namen = list(vakken)
    for i, a in enumerate(namen):
        for b in namen[i + 1 :]:
            assert not _overlap(vakken[a], vakken[b]), f"{a} overlaps {b}"
    breedte = pagina.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert breedte[0] <= breedte[1], "the page scrolls sideways"


@pytest.fixture
def scherm_pagina(browser):
    """Open a URL at a screen size, wait for the map, save a screenshot; yield the page."""
    contexten = []

    def open_(url: str, scherm: str, naam: str, knoppen: tuple[str, ...] = ()):
        breedte, hoogte = SCHERMEN[scherm]
        context = browser.new_context(viewport={"width": breedte, "height": hoogte})
        contexten.append(context)
        pagina = context.new_page()
        pagina.goto(url)
        for knop in knoppen:  # buttons to click, in order, before the map is there
            wacht_op_app(pagina)
            pagina.get_by_text(knop, exact=True).click()
        wacht_op_kaart(pagina)
        pagina.wait_for_timeout(500)
        map_ = ARTEFACTEN / "schermen"
        map_.mkdir(parents=True, exist_ok=True)
        pagina.screenshot(path=str(map_ / f"{naam}-{scherm}.png"))
        return pagina

    yield open_
    for context in contexten:
        context.close()


@pytest.mark.parametrize("scherm", SCHERMEN)
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_presenter_mode_lays_out_without_overlap(scherm_pagina, app_url, scherm, taal):
    url = f"{app_url}/presenteren?voorbeeld=loonaangifteketen&taal={taal}"
    knoppen = (
        ("Met de echte namen", "3 · Balans")
        if taal == "nl"
        else ("With the real names", "3 · Balance")
    )
    pagina = scherm_pagina(url, scherm, f"presenteren-{taal}", knoppen)
    assert pagina.locator("[data-testid=stSidebar]").is_hidden()
    assert (
        pagina.locator("[data-testid=stHeader]").count() == 0
        or pagina.locator("[data-testid=stHeader]").is_hidden()
    )
    kop = "Uit balans" if taal == "nl" else "Out of balance"
    assert pagina.get_by_text(kop, exact=True).is_visible()
    _geen_overlap(
        pagina,
        ["[data-testid=stButtonGroup]", "h1", ".sk-netwerk", "[data-testid=stColumn]:has(h3)"],
    )


@pytest.mark.parametrize("scherm", SCHERMEN)
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_map_page_lays_out_without_overlap_in_both_languages(scherm_pagina, app_url, scherm, taal):
    pagina = scherm_pagina(
        f"{app_url}/?voorbeeld=regionale_jeugdhulp&taal={taal}", scherm, f"kaart-{taal}"
    )
    navigatie = "Kaart" if taal == "nl" else "Map"
    assert pagina.get_by_role("link", name=navigatie, exact=True).is_visible()
    _geen_overlap(pagina, ["[data-testid=stSlider]", ".sk-netwerk", "[data-testid=stSelectbox]"])
