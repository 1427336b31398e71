"""The standalone map page (``weergave.html``) opened from disk in headless Chromium.

Every request that is not a local file (or data/about/blob) is aborted and recorded; the
record must stay empty.  Hostile names must show as text and never run.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from systeem.model.validatie import valideer
from tests.test_weergave import VIJANDIG, VOORBEELDEN, _kaart, _vijandig
from tests.weergave_hulp import weergave


def _open(browser, pad: Path, extern: list[str], meldingen: list[str]):
    pagina = browser.new_page(viewport={"width": 1280, "height": 720})

    def route(r):
        url = r.request.url
        if url.split(":", 1)[0] in ("file", "data", "about", "blob"):
            r.continue_()
        else:
            extern.append(url)
            r.abort()

    pagina.route("**/*", route)
    pagina.on(
        "request",
        lambda req: (
            extern.append(req.url)
            if req.url.split(":", 1)[0] not in ("file", "data", "about", "blob")
            else None
        ),
    )
    pagina.on("dialog", lambda d: (meldingen.append(d.message), d.dismiss()))
    pagina.on("pageerror", lambda e: meldingen.append(str(e)))
    pagina.goto(pad.as_uri())
    pagina.wait_for_function("window.__graphReady === true", timeout=20_000)
    return pagina


_NIET_LEEG = """() => {
  const c = document.querySelector('#kaart canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""

_BOCHTEN = """() => {
  const e = network.body.edges, uit = [];
  for (const id of Object.keys(e)) {
    const r = e[id];
    const via = r.edgeType.via || (r.edgeType._getViaCoordinates && r.edgeType._getViaCoordinates());
    uit.push([id, r.fromId, r.toId, via ? [via.x, via.y] : null]);
  }
  return uit;
}"""


@pytest.mark.browser
def test_in_chromium_getekend_zonder_netwerkverkeer(browser, tmp_path: Path) -> None:
    kaart = valideer(json.loads(VOORBEELDEN[0].read_text("utf-8"))) if VOORBEELDEN else _kaart()
    pad = tmp_path / "kaart.html"
    pad.write_text(weergave.html(kaart), encoding="utf-8")
    extern: list[str] = []
    meldingen: list[str] = []
    pagina = _open(browser, pad, extern, meldingen)
    assert pagina.evaluate("window.__graphReady") is True
    assert pagina.evaluate("network.body.data.nodes.length") == len(kaart.partners) + 1
    assert pagina.evaluate(_NIET_LEEG) > 5_000
    # Every pair of edges between the same two nodes is drawn on its own curve.
    bochten = pagina.evaluate(_BOCHTEN)
    per_paar: dict[frozenset[str], list[list[float]]] = {}
    for _, van, naar, via in bochten:
        if via is not None:
            per_paar.setdefault(frozenset((van, naar)), []).append(via)
    assert any(len(v) >= 2 for v in per_paar.values())
    for punten in per_paar.values():
        for i in range(len(punten)):
            for j in range(i + 1, len(punten)):
                assert math.dist(punten[i], punten[j]) > 10
    assert meldingen == []
    assert extern == []
    pagina.close()


@pytest.mark.browser
def test_in_chromium_voert_vijandige_namen_niet_uit(browser, tmp_path: Path) -> None:
    extern: list[str] = []
    meldingen: list[str] = []
    for i, woord in enumerate(VIJANDIG):
        pad = tmp_path / f"vijandig{i}.html"
        pad.write_text(weergave.html(_vijandig(woord), belangen=True), encoding="utf-8")
        pagina = _open(browser, pad, extern, meldingen)
        assert pagina.evaluate("window.__x === undefined")
        assert pagina.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
        assert pagina.evaluate("document.title") == woord
        assert pagina.evaluate("network.body.data.nodes.get('a').label") == woord
        pagina.close()
    assert meldingen == []
    assert extern == []


_DATA = """() => ({
  nodes: network.body.data.nodes.get(),
  edges: network.body.data.edges.get(),
})"""


@pytest.mark.browser
def test_in_chromium_dezelfde_objecten_als_vis_data(browser, tmp_path: Path) -> None:
    """The page's script expands the columns to exactly the records of ``vis_data``;
    a page with the records themselves (the other shape ``teken_script`` takes) too."""
    kaart = _kaart()
    opties = {"belangen": True, "gewijzigd": [False, True, True, False, False, True]}
    verwacht = weergave.vis_data(kaart, **opties)
    verwacht = json.loads(json.dumps({"nodes": verwacht["nodes"], "edges": verwacht["edges"]}))
    doc = weergave.html(kaart, **opties)
    kolommen = weergave.teken_script(weergave.vis_kolommen(kaart, **opties))
    records = weergave.teken_script(weergave.vis_data(kaart, **opties))
    assert doc.count(kolommen) == 1
    extern: list[str] = []
    meldingen: list[str] = []
    for naam, tekst_ in (("kolommen", doc), ("records", doc.replace(kolommen, records))):
        pad = tmp_path / f"{naam}.html"
        pad.write_text(tekst_, encoding="utf-8")
        pagina = _open(browser, pad, extern, meldingen)
        assert pagina.evaluate(_DATA) == verwacht, naam
        pagina.close()
    assert meldingen == [] and extern == []


@pytest.mark.browser
def test_in_chromium_leesbare_modus(browser, tmp_path: Path) -> None:
    from systeem.weergave import layout
    from tests.test_weergave import _groot

    kaart = layout.met_posities(_groot(weergave.GROOT + 50, 4 * (weergave.GROOT + 50)))
    pad = tmp_path / "groot.html"
    pad.write_text(weergave.html(kaart), encoding="utf-8")
    extern: list[str] = []
    meldingen: list[str] = []
    pagina = _open(browser, pad, extern, meldingen)
    assert pagina.evaluate("network.body.data.nodes.length") == len(kaart.partners) + 1
    assert pagina.evaluate(_NIET_LEEG) > 5_000
    assert pagina.locator(".melding").inner_text() == weergave.leesbaar_melding(kaart)
    labels = pagina.evaluate("network.body.data.nodes.get().map(n => n.label)")
    assert labels[0] == kaart.opgave and all(label is None for label in labels[1:])
    assert all(via is None for *_, via in pagina.evaluate(_BOCHTEN))  # all straight
    assert pagina.evaluate("network.renderer.options.hideEdgesOnDrag") is True
    assert pagina.evaluate("network.physics.options.enabled") is False
    # Hovering a partner shows its name in the tooltip.
    knoop = kaart.partners["id"].iloc[7]
    plek = pagina.evaluate(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const c = document.querySelector('#kaart canvas').getBoundingClientRect();
            return {x: c.left + p.x, y: c.top + p.y};
        }""",
        knoop,
    )
    pagina.mouse.move(plek["x"] - 3, plek["y"] - 3)
    pagina.mouse.move(plek["x"], plek["y"])
    tip = pagina.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    assert tip.inner_text().split("\n")[0] == kaart.partners["naam"].iloc[7]
    assert meldingen == [] and extern == []
    pagina.close()
