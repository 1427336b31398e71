"""Hostile text in every field of a kaart, in the running app and in the exported page.

The corpus (tests/vijandig.py) holds 30+ payloads: script tags, event handlers,
svg/iframe/javascript: URLs, attribute and JSON breakouts, template syntax, markdown
links and images, remote CSS, right-to-left and very long strings.  A payload that ran
would set ``window.__vijandig`` (or on ``window.parent``), open a dialog, or fetch from
outside.  On every page, and in the exported HTML opened from disk: no marker, no
dialog, no external request, and the text shows literally.
"""

from __future__ import annotations

import json

import pytest

from systeem import weergave
from systeem.model.validatie import valideer
from tests.browser.conftest import (
    PAGINAS,
    knoop_op_scherm,
    start_server,
    stop_server,
    wacht_op_app,
)
from tests.vijandig import PAYLOADS, kaart_doc

GEEN_MARKER = """() => {
    const vensters = [window, ...Array.from(document.querySelectorAll('iframe'))
        .map(f => { try { return f.contentWindow; } catch (e) { return null; } })
        .filter(Boolean)];
    return vensters.every(v => v.__vijandig === undefined);
}"""


def test_the_corpus_is_large_enough():
    assert len(PAYLOADS) >= 30
    data = kaart_doc()
    assert {p["naam"] for p in data["partners"]} == set(PAYLOADS)


@pytest.fixture(scope="module")
def vijandige_app(tmp_path_factory, chromium_pad):
    map_ = tmp_path_factory.mktemp("voorbeelden")
    (map_ / "vijandig.json").write_text(
        json.dumps(kaart_doc(), ensure_ascii=False), encoding="utf-8"
    )
    proces, url = start_server({"SYSTEEMKAART_VOORBEELDEN": str(map_)})
    yield url
    stop_server(proces)


def _let_op_dialogen(pagina) -> list[str]:
    dialogen: list[str] = []
    pagina.on("dialog", lambda d: (dialogen.append(d.message), d.dismiss()))
    return dialogen


@pytest.mark.parametrize("pad", PAGINAS, ids=lambda p: p or "kaart")
def test_no_payload_runs_on_any_page(pagina, vijandige_app, pad):
    dialogen = _let_op_dialogen(pagina)
    pagina.goto(f"{vijandige_app}/{pad}?voorbeeld=vijandig")
    wacht_op_app(pagina)
    if pad == "presenteren":
        pagina.get_by_role("button", name="Met de echte namen", exact=True).click()
        wacht_op_app(pagina)
    if pad in ("", "presenteren"):
        pagina.wait_for_function("() => window.__systeemkaartKlaar === true", timeout=20_000)
        # Hover over a few partners so their tooltips (with the hostile text) are drawn.
        for knoop in ("p0", "p2", "p5"):
            plek = knoop_op_scherm(pagina, knoop)
            pagina.mouse.move(plek["x"], plek["y"])
            pagina.wait_for_timeout(250)
        labels = pagina.evaluate(
            "() => window.__systeemkaartNetwerk.body.data.nodes.get().map(n => n.label)"
        )
        assert set(PAYLOADS) <= set(labels)  # the names are drawn as they are
    tekst = pagina.inner_text("body")
    if pad in ("", "presenteren"):
        assert "Vijandig " + PAYLOADS[0] + PAYLOADS[2] in tekst  # the titel, literally
    if pad == "start":
        assert "Vijandig " + PAYLOADS[0] in tekst
    assert pagina.evaluate(GEEN_MARKER)
    assert dialogen == []
    assert pagina.extern == []
    assert (
        pagina.evaluate("document.querySelectorAll('[data-testid=stMain] img[src=x]').length") == 0
    )


def test_clicking_a_hostile_partner_shows_its_text_literally(pagina, vijandige_app):
    dialogen = _let_op_dialogen(pagina)
    pagina.goto(f"{vijandige_app}/?voorbeeld=vijandig")
    wacht_op_app(pagina)
    pagina.wait_for_function("() => window.__systeemkaartKlaar === true", timeout=20_000)
    for knoop, i in (("p2", 2), ("p9", 9), ("p17", 17)):
        plek = knoop_op_scherm(pagina, knoop)
        pagina.mouse.click(plek["x"], plek["y"])
        pagina.wait_for_timeout(300)
        wacht_op_app(pagina)
        paneel = pagina.locator(".st-key-kaart_paneel").last.inner_text()
        assert PAYLOADS[i] in paneel and PAYLOADS[i + 1] in paneel  # naam and toelichting
    assert pagina.evaluate(GEEN_MARKER)
    assert dialogen == [] and pagina.extern == []


def test_the_exported_page_runs_no_payload(pagina, tmp_path):
    dialogen = _let_op_dialogen(pagina)
    kaart = valideer(kaart_doc())
    pad = tmp_path / "vijandig.html"
    pad.write_text(weergave.html(kaart, belangen=True), encoding="utf-8")
    pagina.goto(pad.as_uri())
    pagina.wait_for_function("() => window.__graphReady === true", timeout=20_000)
    assert pagina.evaluate("document.title") == kaart.titel
    assert kaart.titel in pagina.inner_text("header")
    labels = pagina.evaluate("() => network.body.data.nodes.get().map(n => n.label)")
    assert set(PAYLOADS) <= set(labels)
    assert pagina.evaluate(GEEN_MARKER)
    assert dialogen == [] and pagina.extern == []
