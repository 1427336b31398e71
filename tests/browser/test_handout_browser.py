"""The hand-out (``systeem.weergave.handout``) opened from disk in headless Chromium: no request
leaves the machine, the map draws, and the balance chart and table show."""

from __future__ import annotations

import pytest

from systeem import bestanden
from systeem.weergave import handout
from tests.conftest import VOORBEELDEN

_GETEKEND = """() => {
  const c = document.querySelector('#kaart canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
  return n;
}"""


@pytest.mark.parametrize("pad", VOORBEELDEN[:2], ids=lambda p: p.stem)
def test_handout_opent_offline_met_kaart_en_balans(pad, pagina, tmp_path):
    k = bestanden.lees(pad)
    bestand = tmp_path / "handout.html"
    bestand.write_text(handout.html(k), encoding="utf-8")
    pagina.goto(bestand.as_uri())
    pagina.wait_for_function("window.__graphReady === true", timeout=20_000)
    assert pagina.evaluate(_GETEKEND) > 1000  # the map is drawn
    assert pagina.evaluate("network.body.data.nodes.length") == len(k.partners) + 1
    assert pagina.locator("svg.grafiek rect.brengen").count() == len(k.partners)
    assert pagina.locator("svg.grafiek").is_visible()
    rijen = pagina.locator("table.balans:not(.voor-na) tbody tr")
    assert rijen.count() == len(k.partners)
    assert k.partners["naam"].iloc[0] in rijen.first.inner_text()
    pagina.emulate_media(media="print")
    assert pagina.locator("svg.grafiek").is_visible()
    assert pagina.extern == []
    assert not [m for m in pagina.console if m.startswith("[pageerror]")]


#: The nodes whose box (circle and label) sticks out of the map's canvas, left or right.
_BUITEN_BEELD = """() => {
  const n = window.network, w = n.canvas.frame.canvas.clientWidth;
  return n.body.data.nodes.getIds().filter((id) => {
    const b = n.getBoundingBox(id);
    return n.canvasToDOM({x: b.left, y: b.top}).x < 0 || n.canvasToDOM({x: b.right, y: b.bottom}).x > w;
  });
}"""


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_no_label_of_the_handout_map_is_cut_at_the_edge(pad, browser, tmp_path):
    bestand = tmp_path / "handout.html"
    bestand.write_text(handout.html(bestanden.lees(pad)), encoding="utf-8")
    context = browser.new_context(viewport={"width": 800, "height": 900})  # a narrow window
    try:
        pagina = context.new_page()
        pagina.goto(bestand.as_uri())
        pagina.wait_for_function("window.__graphReady === true", timeout=20_000)
        assert pagina.evaluate(_BUITEN_BEELD) == []
    finally:
        context.close()
