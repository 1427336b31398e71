"""Every partner's name on the Balans charts, in a real browser (issue 16, item 1).

For kaarten of 2, 6, 11 and 40 partners with long-ish Dutch names, the Balans page is
opened and every chart with a row per partner is read as the user sees it: the bars
(brengen and halen), the heatmap per soort, the pair matrix (a list above
:data:`systeemkaart.grafiek.MATRIX_MAX` nodes, checked as a list) and the power chart.  For each:
every row's name is drawn exactly once on the row axis, whole (not cut with "…"),
inside the chart, level with its own bar or row (its vertical middle in the middle half
of the bar), to the left of it, and no two names touch.

The charts are SVG (:func:`systeemkaart.grafiek.per_partner`), so the names are ``<text>`` in the
page; which bar belongs to whom is read from the bar's own description (Vega writes
"partner: Gemeente Noord; ..." in its ``aria-label``).  One server on its own SQLite
file holds the four kaarten; each is opened by its ``?kaart=`` address.  Screenshots of
the whole page go to ``test-artifacts/grafiek/``.
"""

from __future__ import annotations

import pytest

from systeem.opslag import Opslag
from systeemkaart.grafiek import MATRIX_MAX, PAREN_MAX
from tests.browser.conftest import wacht_op_app
from tests.browser.server import ARTEFACTEN, start_server, stop_server
from tests.kaartgenerator import WIJK_OPGAVE as OPGAVE
from tests.kaartgenerator import namen, wijkaanpak

MAP = ARTEFACTEN / "grafiek"
GROOTTES = (2, 6, 11, 40)


@pytest.fixture(scope="module")
def server(chromium_pad, tmp_path_factory):
    """One server on a store holding a kaart per size; yields (url, {size: kaart id})."""
    db = tmp_path_factory.mktemp("grafiek") / "grafiek.db"
    opslag = Opslag(db)
    ids = {n: opslag.maak(wijkaanpak(n)) for n in GROOTTES}
    proces, url = start_server({"SYSTEEMKAART_DB": str(db)})
    yield url, ids
    stop_server(proces)


#: Per chart on the page: the y axis's names, the rect marks with the name of their row
#: (read from the field ``veld`` of their aria-label), the chart's box.
_LEES = """(el, veld) => {
    const doos = (e) => { const r = e.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
    const as = el.querySelector('g.role-axis[aria-label^="Y-axis"]');
    const labels = as ? [...as.querySelectorAll('g.role-axis-label text')].map((t) => ({
        tekst: t.textContent, ...doos(t),
        grootte: parseFloat(getComputedStyle(t).fontSize),
        zichtbaar: getComputedStyle(t).visibility !== 'hidden'
            && parseFloat(t.getAttribute('opacity') ?? '1') > 0.5,
    })) : [];
    const patroon = new RegExp('(?:^|; )' + veld + ': (.*?)(?:;|$)');
    const staven = [...el.querySelectorAll('g.role-mark.mark-rect path[aria-label]')]
        .map((p) => { const m = p.getAttribute('aria-label').match(patroon);
                      return m ? {naam: m[1], ...doos(p)} : null; })
        .filter((s) => s !== null);
    return {doos: doos(el), svg: el.querySelector('svg.marks') !== null, labels, staven};
}"""


def _grafiek(pagina, kenmerk: str):
    """The chart whose bars' descriptions hold ``kenmerk`` (a field only it has)."""
    grafieken = pagina.get_by_test_id("stVegaLiteChart")
    gevonden = [
        grafieken.nth(i)
        for i in range(grafieken.count())
        if grafieken.nth(i).locator(f'path[aria-label*="{kenmerk}: "]').count()
    ]
    assert len(gevonden) == 1, f"{len(gevonden)} grafieken met {kenmerk!r}"
    return gevonden[0]


def _controleer(pagina, kenmerk: str, veld: str, verwacht: list[str]) -> None:
    """Every name of ``verwacht`` once on the row axis, whole, level with and left of its
    own bars; no two names touching; the names are the rows of the chart."""
    grafiek = _grafiek(pagina, kenmerk)
    gelezen = grafiek.evaluate(_LEES, veld)
    assert gelezen["svg"], "the chart is not drawn as SVG"
    staven, doos = gelezen["staven"], gelezen["doos"]
    # Vega hides a label it drops for overlap (opacity 0) rather than removing it.
    labels = [label for label in gelezen["labels"] if label["zichtbaar"]]
    assert sorted({s["naam"] for s in staven}) == sorted(verwacht)
    teksten = [label["tekst"] for label in labels]
    assert sorted(teksten) == sorted(verwacht), f"{kenmerk}: names shown {teksten}"
    for label in labels:
        naam = label["tekst"]
        eigen = [s for s in staven if s["naam"] == naam]
        midden = (label["top"] + label["bottom"]) / 2
        assert label["grootte"] >= 12, naam
        assert doos["left"] - 1 <= label["left"] and label["bottom"] <= doos["bottom"] + 1, naam
        assert label["right"] <= min(s["left"] for s in eigen) + 1, f"{naam} not left of its bar"
        for staaf in eigen:  # level: the name's middle in the middle half of its bar
            kwart = (staaf["bottom"] - staaf["top"]) / 4
            assert staaf["top"] + kwart <= midden <= staaf["bottom"] - kwart, (
                f"{kenmerk}: {naam!r} at y={midden:.0f}, its bar {staaf['top']:.0f}-"
                f"{staaf['bottom']:.0f}"
            )
    op_volgorde = sorted(labels, key=lambda label: label["top"])
    for boven, onder in zip(op_volgorde, op_volgorde[1:], strict=False):
        assert boven["bottom"] <= onder["top"] + 1, f"{boven['tekst']} touches {onder['tekst']}"


def _foto(pagina, naam: str) -> None:
    """The whole page (Streamlit scrolls inside its main area, so the window grows)."""
    MAP.mkdir(parents=True, exist_ok=True)
    hoogte = pagina.evaluate(
        "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight"
    )
    pagina.set_viewport_size({"width": 1280, "height": min(int(hoogte) + 40, 12_000)})
    pagina.wait_for_timeout(400)
    pagina.screenshot(path=str(MAP / f"{naam}.png"))
    pagina.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("n", GROOTTES)
def test_elke_partner_staat_bij_zijn_staaf(pagina, server, n):
    from playwright.sync_api import expect

    url, ids = server
    pagina.goto(f"{url}/balans?kaart={ids[n]}")
    wacht_op_app(pagina)
    grafieken = pagina.get_by_test_id("stVegaLiteChart")
    expect(grafieken.first).to_be_visible()
    expect(grafieken.locator("svg.marks")).to_have_count(grafieken.count())
    partners = namen(n)

    _controleer(pagina, "kant", "partner", partners)  # brengen and halen
    _controleer(pagina, "soort", "partner", partners)  # the heatmap per soort
    _controleer(pagina, "Macht", "partner", partners)  # power (its axis title)
    if n + 1 <= MATRIX_MAX:
        _controleer(pagina, "rij", "rij", [OPGAVE, *partners])
    else:
        _controleer_lijst(pagina, partners)
    if n in (6, 40):
        _foto(pagina, f"balans-{n}")
    assert pagina.get_by_test_id("stException").count() == 0
    assert pagina.extern == []


def _controleer_lijst(pagina, partners: list[str]) -> None:
    """Above the matrix limit the pairs are a list of the largest :data:`PAREN_MAX`: a
    row per pair, each side's name in its own cell.  The grid draws on a canvas; its
    accessible table holds the rows on screen, so how wide a name is drawn is not
    checked here (the screenshot shows them whole)."""
    from playwright.sync_api import expect

    tabellen = pagina.get_by_test_id("stDataFrame")
    for i in range(tabellen.count()):  # the grid fills its table once it is on screen
        tabellen.nth(i).scroll_into_view_if_needed()
    lijst = tabellen.filter(has=pagina.locator("th", has_text="Wederkerigheid"))
    expect(lijst).to_have_count(1)
    expect(lijst.locator("table[role=grid]")).to_have_attribute("aria-rowcount", str(PAREN_MAX + 1))
    cellen = lijst.locator('td[aria-colindex="1"], td[aria-colindex="2"]').all_inner_texts()
    assert len(cellen) >= 10
    assert set(cellen) <= {OPGAVE, *partners}, set(cellen) - {OPGAVE, *partners}
