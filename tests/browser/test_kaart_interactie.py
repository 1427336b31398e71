"""The interactive map in a real browser: it draws offline, a click opens a partner's
panel, and a dragged partner stays where it was dropped after a rerun.

The map is a components-v2 element in the app's own page (no iframe); the component
exposes the vis Network as ``window.__systeemkaartNetwerk``.
"""

from __future__ import annotations

import pytest

from systeem.bestanden import voorbeelden
from tests.browser.conftest import knoop_op_scherm, plek_op_kaart, wacht_op_app, wacht_op_kaart

NETWERK = "window.__systeemkaartNetwerk"


def _open(pagina, app_url, voorbeeld: str) -> None:
    pagina.goto(f"{app_url}/?voorbeeld={voorbeeld}")
    wacht_op_kaart(pagina)


@pytest.mark.parametrize("voorbeeld", voorbeelden.namen())
def test_map_draws_every_partner_offline(pagina, app_url, voorbeeld):
    _open(pagina, app_url, voorbeeld)
    knopen = pagina.evaluate(f"() => {NETWERK}.body.data.nodes.length")
    gekleurd = pagina.evaluate(
        f"""() => {{
            const c = {NETWERK}.canvas.frame.canvas;
            const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
            return n;
        }}"""
    )
    assert knopen == len(voorbeelden.laad(voorbeeld).partners) + 1
    assert gekleurd > 5_000, "the canvas is blank"
    assert pagina.extern == []


def test_clicking_a_partner_opens_its_panel(pagina, app_url):
    from playwright.sync_api import expect

    _open(pagina, app_url, "loonaangifteketen")
    plek = knoop_op_scherm(pagina, "uwv")
    pagina.mouse.click(plek["x"], plek["y"])
    paneel = pagina.locator(".st-key-kaart_paneel").last
    expect(paneel).to_contain_text("UWV", timeout=15_000)
    expect(paneel).to_contain_text("Per soort")
    wacht_op_app(pagina)
    assert pagina.evaluate(f"() => {NETWERK}.getSelectedNodes()") == ["uwv"]
    assert pagina.extern == []


def test_presenting_after_a_click_starts_at_step_1_with_nobody_selected(pagina, app_url):
    from playwright.sync_api import expect

    _open(pagina, app_url, "loonaangifteketen")
    plek = knoop_op_scherm(pagina, "uwv")
    pagina.mouse.click(plek["x"], plek["y"])
    expect(pagina.locator(".st-key-kaart_paneel").last).to_contain_text("UWV", timeout=15_000)
    wacht_op_app(pagina)

    pagina.get_by_role("link", name="Presenteren", exact=True).click()
    wacht_op_app(pagina)
    # First the names choice, and nothing of the kaart on the page.
    knop = pagina.get_by_role("button", name="Met pseudoniemen (Partner A, B, …)", exact=True)
    expect(knop).to_be_visible()
    tekst = pagina.inner_text("body")
    assert "UWV" not in tekst and "Loonaangifteketen" not in tekst
    knop.click()
    wacht_op_app(pagina)
    pagina.wait_for_function(
        f"() => {NETWERK} && {NETWERK}.body.data.nodes.get('uwv')"
        f" && {NETWERK}.body.data.nodes.get('uwv').label.startsWith('Partner')",
        timeout=20_000,
    )
    assert pagina.evaluate(f"() => {NETWERK}.getSelectedNodes()") == []
    assert pagina.evaluate(f"() => {NETWERK}.body.data.edges.length") == 0  # step 1
    assert "UWV" not in pagina.inner_text("body")
    assert pagina.extern == []


def test_clicking_partners_moves_no_node_on_the_screen(pagina, app_url):
    # The example has no stored places: the layout places every partner on each run.
    _open(pagina, app_url, "regionale_jeugdhulp")
    ids = pagina.evaluate(f"() => {NETWERK}.body.data.nodes.getIds()")
    voor = {i: knoop_op_scherm(pagina, i) for i in ids}
    for klik in ("regio_zuid", "zorgaanbieder", "centrumgemeente"):
        plek = knoop_op_scherm(pagina, klik)
        pagina.mouse.click(plek["x"], plek["y"])
        pagina.wait_for_function(f"() => {NETWERK}.getSelectedNodes()[0] === '{klik}'")
        wacht_op_app(pagina)
        pagina.wait_for_timeout(300)
        na = {i: knoop_op_scherm(pagina, i) for i in ids}
        verschoven = [
            i for i in ids if abs(na[i]["x"] - voor[i]["x"]) + abs(na[i]["y"] - voor[i]["y"]) > 1
        ]
        assert verschoven == [], f"after clicking {klik}"


def test_the_wheel_scrolls_the_page_and_ctrl_wheel_or_the_buttons_zoom(pagina, app_url):
    _open(pagina, app_url, "regionale_jeugdhulp")
    pagina.wait_for_timeout(300)
    schaal = lambda: pagina.evaluate(f"() => {NETWERK}.getScale()")  # noqa: E731
    kaart = pagina.locator(".sk-netwerk")
    begin, vak = schaal(), kaart.bounding_box()
    midden = (vak["x"] + vak["width"] / 2, vak["y"] + vak["height"] / 2)

    pagina.mouse.move(*midden)
    pagina.mouse.wheel(0, 300)  # a plain wheel: the page scrolls, the map stays
    pagina.wait_for_timeout(400)
    assert schaal() == begin
    assert kaart.bounding_box()["y"] < vak["y"] - 100, "the page did not scroll"
    assert pagina.locator(".sk-zoomhint").is_visible()
    assert "Ctrl" in pagina.locator(".sk-zoomhint").inner_text()

    kaart.scroll_into_view_if_needed()
    vak = kaart.bounding_box()
    pagina.mouse.move(vak["x"] + vak["width"] / 2, vak["y"] + vak["height"] / 2)
    pagina.keyboard.down("Control")
    pagina.mouse.wheel(0, -200)  # Ctrl + wheel up: zoom in
    pagina.keyboard.up("Control")
    pagina.wait_for_timeout(300)
    assert schaal() > begin * 1.2

    passend = pagina.get_by_role("button", name="Hele kaart in beeld")
    passend.click()
    heel = schaal()
    assert abs(heel - begin) < 0.25 * begin  # the whole map again, as at the start
    pagina.get_by_role("button", name="Uitzoomen").click()
    assert abs(schaal() - heel * 0.8) < 1e-6
    pagina.get_by_role("button", name="Inzoomen").click()
    assert abs(schaal() - heel) < 1e-6
    pagina.get_by_role("button", name="Inzoomen").click()
    passend.click()
    assert abs(schaal() - heel) < 1e-6
    assert pagina.extern == []


def test_a_dragged_partner_stays_where_it_was_dropped(pagina, app_url):
    _open(pagina, app_url, "loonaangifteketen")
    voor = plek_op_kaart(pagina, "cbs")
    start = knoop_op_scherm(pagina, "cbs")
    pagina.mouse.move(start["x"], start["y"])
    pagina.mouse.down()
    for stap in range(1, 11):
        pagina.mouse.move(start["x"] + 6 * stap, start["y"] - 4 * stap)
    pagina.mouse.up()
    neergezet = plek_op_kaart(pagina, "cbs")
    assert abs(neergezet["x"] - voor["x"]) > 20, "the node did not move"
    aanroepen = pagina.evaluate("() => window.__systeemkaartAanroepen")
    pagina.wait_for_function(f"() => window.__systeemkaartAanroepen > {aanroepen}")
    wacht_op_app(pagina)

    # Another rerun: the highest threshold recolours the map, which is redrawn from the
    # stored kaart (a rerun with unchanged data does not reach the component at all).
    aanroepen = pagina.evaluate("() => window.__systeemkaartAanroepen")
    schuif = pagina.get_by_test_id("stSlider").first.get_by_role("slider")
    schuif.focus()
    schuif.press("End")
    pagina.wait_for_function(f"() => window.__systeemkaartAanroepen > {aanroepen}")
    wacht_op_app(pagina)
    na = plek_op_kaart(pagina, "cbs")
    assert abs(na["x"] - neergezet["x"]) < 1 and abs(na["y"] - neergezet["y"]) < 1
    assert pagina.evaluate("() => window.__systeemkaartGemaakt") == 1, "network re-created"
    assert pagina.extern == []


@pytest.fixture(scope="module")
def grote_app(tmp_path_factory, chromium_pad):
    """The app with one example of GROOT + 30 partners (readable mode)."""
    import json

    from systeem import weergave
    from systeem.model.validatie import valideer
    from systeem.weergave import layout
    from tests.browser.server import start_server, stop_server
    from tests.kaartgenerator import kaart_doc

    map_ = tmp_path_factory.mktemp("voorbeelden")
    doc = layout.met_posities(valideer(kaart_doc(weergave.GROOT + 30))).naar_dict()
    (map_ / "groot.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    proces, url = start_server({"SYSTEEMKAART_VOORBEELDEN": str(map_)})
    yield url
    stop_server(proces)


def test_a_big_kaart_is_drawn_readable_and_says_so(pagina, grote_app):
    from playwright.sync_api import expect

    from systeem import weergave

    _open(pagina, grote_app, "groot")
    n = weergave.GROOT + 30
    melding = pagina.get_by_text(f"({n} partners)", exact=False)
    expect(melding).to_be_visible()
    labels = pagina.evaluate(f"() => {NETWERK}.body.data.nodes.get().map(n => n.label)")
    assert len(labels) == n + 1
    assert labels[0] and all(label is None for label in labels[1:])
    smooth = pagina.evaluate(f"() => {NETWERK}.body.data.edges.get().map(e => e.smooth)")
    assert smooth and all(s is False for s in smooth)
    # A click still opens the partner's panel.
    plek = knoop_op_scherm(pagina, "p3")
    pagina.mouse.click(plek["x"], plek["y"])
    expect(pagina.locator(".st-key-kaart_paneel").last).to_contain_text("Partner 3", timeout=15_000)
    assert pagina.extern == []
