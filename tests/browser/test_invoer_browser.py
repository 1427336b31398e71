"""A participant enters a collaboration from an empty kaart, through the forms only.

"Wijkaanpak Noord": six partners, fourteen stromen and two afhankelijkheden, entered on
the Invoeren page in headless Chromium without touching a grid.  Every user action (a
click, a choice, a typed field, an Enter) goes through a small counter, so the test
knows what each stroom and each afhankelijkheid cost, and does only what a user must:
a choice the form still shows from the entry before is not made again.  It asserts the
counts, then checks the map beside the forms (vis-network's nodes and edges) and the
Balans page against :mod:`systeem.analyses.balans` on the kaart as stored.  A narrow window
shows the map below the forms.  Screenshots go to ``test-artifacts/invoer/``.

The test runs its own server on its own SQLite file, with the empty kaart stored in it.
"""

from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from systeem.analyses import balans
from systeem.model.kaart import Kaart
from systeem.opslag import Opslag
from systeemkaart.teksten import getal, tekst
from tests.browser.conftest import wacht_op_app, wacht_op_kaart
from tests.browser.server import ARTEFACTEN, start_server, stop_server

MAP = ARTEFACTEN / "invoer"

OPGAVE = "Samen zorg in de wijk"
PARTNERS = [
    "Gemeente",
    "Wijkteam",
    "GGZ-instelling",
    "Woningcorporatie",
    "Welzijnsorganisatie",
    "Huisartsenpraktijk",
]
#: (van, naar, soort, waarde, omschrijving); OPGAVE is the shared task.  In the order a
#: participant goes round the table: partner by partner.
STROMEN = [
    ("Gemeente", OPGAVE, "geld", 5, "Budget wijkaanpak"),
    ("Gemeente", "Wijkteam", "geld", 4, "Subsidie wijkteam"),
    ("Gemeente", "Welzijnsorganisatie", "geld", 3, "Subsidie welzijnswerk"),
    ("Wijkteam", OPGAVE, "personeel", 4, "Wijkcoaches"),
    ("Wijkteam", "GGZ-instelling", "klanten", 3, "Doorverwijzingen"),
    ("Wijkteam", "Gemeente", "informatie", 2, "Signalen uit de wijk"),
    ("GGZ-instelling", OPGAVE, "kennis", 3, "Expertise psychiatrie"),
    ("GGZ-instelling", "Wijkteam", "kennis", 2, "Consultatie"),
    ("Woningcorporatie", OPGAVE, "geld", 2, "Bijdrage leefbaarheid"),
    ("Woningcorporatie", "Wijkteam", "informatie", 2, "Signalen achter de voordeur"),
    ("Welzijnsorganisatie", OPGAVE, "personeel", 3, "Opbouwwerkers"),
    ("Huisartsenpraktijk", "Wijkteam", "klanten", 2, "Doorverwijzingen"),
    ("Huisartsenpraktijk", "Welzijnsorganisatie", "klanten", 2, "Welzijn op recept"),
    (OPGAVE, "Gemeente", "positie", 3, "Minder dure zorg"),
]
#: (partner, afhankelijk van, waarvoor, sterkte)
AFHANKELIJKHEDEN = [
    ("Wijkteam", "Gemeente", "financiering", 5),
    ("GGZ-instelling", "Wijkteam", "vroege signalen", 3),
]

#: Most actions a stroom may take when its van is the one still chosen ...
MAX_STROOM = 5
#: ... and when the van must be chosen too (one click more).
MAX_STROOM_NIEUWE_VAN = MAX_STROOM + 1
#: Most actions an afhankelijkheid may take, the partner chosen too.
MAX_AFHANKELIJKHEID = 5
#: Measured on the page before the quick forms (the stroom form of then, every field
#: chosen again; an afhankelijkheid only in the grid, as counted in issue 16).
VOOR = {"stroom": 9, "afhankelijkheid": 13}


class Teller:
    """Counts a user's actions on a Playwright page, per named step.

    Each click, each choice in a list, each typed field and each Enter counts one."""

    def __init__(self) -> None:
        self.per_stap: dict[str, int] = {}
        self._stap: str | None = None

    @contextmanager
    def stap(self, naam: str):
        self._stap = naam
        self.per_stap[naam] = 0
        try:
            yield
        finally:
            self._stap = None

    def _tel(self) -> None:
        naam = self._stap or "overig"
        self.per_stap[naam] = self.per_stap.get(naam, 0) + 1

    def klik(self, locator) -> None:
        locator.click()
        self._tel()

    def typ(self, locator, tekst_: str) -> None:
        locator.fill(tekst_)
        self._tel()

    def enter(self, locator) -> None:
        locator.press("Enter")
        self._tel()


def _kies(pagina, teller: Teller, sleutel: str, label: str) -> None:
    """Choose ``label`` among the pills (or segments) of widget ``sleutel``, unless the
    form still shows it chosen."""
    knop = (
        pagina.locator(f".st-key-{sleutel}")
        .get_by_role("radio")
        .filter(has=pagina.get_by_text(label, exact=True))
    )
    if knop.get_attribute("aria-checked") != "true":
        teller.klik(knop)


def _wacht_op_randen(pagina, randen: int) -> None:
    """Wait until the map beside the forms shows ``randen`` edges, then for the app."""
    pagina.wait_for_function(
        "(n) => window.__systeemkaartNetwerk"
        " && window.__systeemkaartNetwerk.body.data.edges.length === n",
        arg=randen,
        timeout=15_000,
    )
    wacht_op_app(pagina)


def _kaart_telling(pagina) -> tuple[int, int]:
    return tuple(
        pagina.evaluate(
            "() => { const d = window.__systeemkaartNetwerk.body.data;"
            " return [d.nodes.length, d.edges.length]; }"
        )
    )


def _schot(pagina, naam: str, **opties) -> None:
    pagina.screenshot(path=str(MAP / naam), **opties)


@pytest.fixture(scope="module")
def server(chromium_pad, tmp_path_factory):
    """A server of its own on a fresh SQLite file holding two empty kaarten."""
    MAP.mkdir(parents=True, exist_ok=True)
    db = tmp_path_factory.mktemp("invoer") / "invoer.db"
    winkel = Opslag(db)
    kids = [winkel.maak(Kaart(titel="Wijkaanpak Noord", opgave=OPGAVE)) for _ in range(2)]
    proces, url = start_server({"SYSTEEMKAART_DB": str(db)})
    try:
        yield url, winkel, kids
    finally:
        stop_server(proces)


def test_samenwerking_invoeren_met_alleen_de_formulieren(pagina, server):
    from playwright.sync_api import expect

    url, winkel, (kid, _) = server
    teller = Teller()
    pagina.set_viewport_size({"width": 1440, "height": 1000})
    pagina.goto(f"{url}/invoeren?kaart={kid}")
    wacht_op_kaart(pagina)
    assert _kaart_telling(pagina) == (1, 0)  # only the opgave
    _schot(pagina, "01_leeg.png")
    snel = pagina.locator(".st-key-invoeren_snel")

    # Six partners in one go: a name per line.
    with teller.stap("partners"):
        teller.typ(pagina.locator(".st-key-invoeren_partners_namen textarea"), "\n".join(PARTNERS))
        teller.klik(snel.get_by_role("button", name="Partners toevoegen"))
    pagina.wait_for_function(
        "() => window.__systeemkaartNetwerk.body.data.nodes.length === 7", timeout=15_000
    )
    wacht_op_app(pagina)
    # The form moved on to the stromen by itself.
    expect(snel.get_by_role("tab", name="Stroom", exact=True)).to_have_attribute(
        "aria-selected", "true"
    )
    _schot(pagina, "02_partners.png")

    omschrijving = pagina.locator(".st-key-invoeren_stroom_omschrijving input")
    for i, (van, naar, soort, waarde, tekst_) in enumerate(STROMEN, start=1):
        with teller.stap(f"stroom {i}"):
            _kies(pagina, teller, "invoeren_stroom_van", van)
            _kies(pagina, teller, "invoeren_stroom_naar", naar)
            _kies(pagina, teller, "invoeren_stroom_soort", soort)
            _kies(pagina, teller, "invoeren_stroom_waarde", tekst(f"invoeren.waarde.{waarde}"))
            teller.typ(omschrijving, tekst_)
            teller.enter(omschrijving)
        _wacht_op_randen(pagina, i)
        if i == 7:
            _schot(pagina, "03_halverwege.png")
    expect(snel).to_contain_text(f"Stroom toegevoegd: ◎ {OPGAVE} → Gemeente (positie, waarde 3)")

    with teller.stap("naar afhankelijkheden"):
        teller.klik(snel.get_by_role("tab", name="Afhankelijkheid", exact=True))
    wacht_op_app(pagina)
    waarvoor = pagina.locator(".st-key-invoeren_afh_waarvoor input")
    for i, (partner, van, tekst_, sterkte) in enumerate(AFHANKELIJKHEDEN, start=1):
        with teller.stap(f"afhankelijkheid {i}"):
            _kies(pagina, teller, "invoeren_afh_partner", partner)
            _kies(pagina, teller, "invoeren_afh_van", van)
            _kies(pagina, teller, "invoeren_afh_sterkte", tekst(f"invoeren.sterkte.{sterkte}"))
            teller.typ(waarvoor, tekst_)
            teller.enter(waarvoor)
        _wacht_op_randen(pagina, len(STROMEN) + i)
    _schot(pagina, "04_ingevoerd.png")

    # What was stored is what was entered.
    kaart = winkel.lees(kid).kaart
    namen = {**kaart.namen(), "opgave": OPGAVE}
    assert kaart.partners["naam"].tolist() == PARTNERS
    gezien = kaart.stromen.assign(
        van=kaart.stromen["van"].map(namen), naar=kaart.stromen["naar"].map(namen)
    )[["van", "naar", "soort", "waarde", "omschrijving"]]
    assert [tuple(r) for r in gezien.itertuples(index=False)] == STROMEN
    afh = kaart.afhankelijkheden
    assert (
        list(
            zip(
                afh["partner"].map(namen),
                afh["afhankelijk_van"].map(namen),
                afh["waarvoor"],
                afh["sterkte"],
                strict=True,
            )
        )
        == AFHANKELIJKHEDEN
    )

    # The map beside the forms: every partner and the opgave, every stroom and
    # afhankelijkheid.
    assert _kaart_telling(pagina) == (len(PARTNERS) + 1, len(STROMEN) + len(AFHANKELIJKHEDEN))

    # The counts.
    per_stroom = [teller.per_stap[f"stroom {i}"] for i in range(1, len(STROMEN) + 1)]
    per_afh = [teller.per_stap[f"afhankelijkheid {i}"] for i in range(1, len(AFHANKELIJKHEDEN) + 1)]
    nieuwe_van = [i == 0 or STROMEN[i][0] != STROMEN[i - 1][0] for i in range(len(STROMEN))]
    (MAP / "acties.json").write_text(
        json.dumps(
            {
                "voor": VOOR,
                "per_stap": teller.per_stap,
                "stromen": per_stroom,
                "afhankelijkheden": per_afh,
                "totaal": sum(teller.per_stap.values()),
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    for aantal, nieuw in zip(per_stroom, nieuwe_van, strict=True):
        assert aantal <= (MAX_STROOM_NIEUWE_VAN if nieuw else MAX_STROOM), per_stroom
    assert sum(per_stroom) <= MAX_STROOM * len(STROMEN), per_stroom
    assert max(per_afh) <= MAX_AFHANKELIJKHEID, per_afh
    assert teller.per_stap["partners"] == 2

    # The Balans page shows the numbers of systeem.analyses.balans on the stored kaart.
    tabel = balans.balans(kaart)
    systeem = balans.systeem(kaart)
    pagina.get_by_role("link", name="Balans", exact=True).click()
    wacht_op_app(pagina)
    rijen = pagina.get_by_test_id("stTable").first.locator("tbody tr")
    expect(rijen).to_have_count(len(PARTNERS))
    gelezen = {
        cellen[0]: cellen[1:5]
        for cellen in (
            [c.strip() for c in rij.locator("td, th").all_inner_texts()] for rij in rijen.all()
        )
    }
    verwacht = {
        r.naam: [str(r.brengen), str(r.halen), getal(r.balans, "nl", teken=True)]
        + [tekst(f"klasse.{r.klasse}")]
        for r in tabel.itertuples()
    }
    assert gelezen == verwacht
    metriek = pagina.get_by_test_id("stMetric")
    expect(metriek.first).to_contain_text(f"{systeem['met_stromen']} / {systeem['partners']}")
    expect(metriek.nth(1)).to_contain_text(f"{systeem['uit_balans']} (")
    _schot(pagina, "05_balans.png", full_page=True)

    # A narrow window: the map folds below the forms.
    pagina.get_by_role("link", name="Invoeren", exact=True).click()
    wacht_op_kaart(pagina)
    pagina.set_viewport_size({"width": 480, "height": 900})
    pagina.wait_for_timeout(500)
    formulier = snel.bounding_box()
    kaartvak = pagina.locator(".sk-omhulsel").bounding_box()
    assert kaartvak["y"] >= formulier["y"] + formulier["height"] - 1
    assert kaartvak["width"] > 0.8 * 480 - 60  # the full width of the column
    pagina.locator(".sk-omhulsel").scroll_into_view_if_needed()
    _schot(pagina, "06_smal.png")

    assert pagina.get_by_test_id("stException").count() == 0
    assert not [m for m in pagina.console if m.startswith("[pageerror]")], pagina.console
    assert pagina.extern == []


def _raster_cellen(raster) -> list[str]:
    """The texts of a grid's cells, from the accessible table glide keeps in its canvas."""
    return [t.strip() for t in raster.locator("canvas table td").all_inner_texts()]


def test_typen_in_het_raster_gaat_niet_verloren(pagina, server):
    """In the partners grid: a new row, a name, Enter.  Applying the name must not
    rebuild the grid: before, it got a new key on every applied edit, so the grid in
    the browser was replaced, the keyboard focus fell out of it and whatever was typed
    next was lost.  Now the same grid stays, with the focus, and typing goes on; empty
    cells read empty, not "None"."""
    url, winkel, (_, kid) = server
    pagina.goto(f"{url}/invoeren?kaart={kid}")
    wacht_op_kaart(pagina)
    raster = pagina.get_by_test_id("stDataFrame").first

    def nieuwe_rij() -> None:
        raster.scroll_into_view_if_needed()
        vak = raster.bounding_box()
        pagina.mouse.click(vak["x"] + 150, vak["y"] + vak["height"] - 15)  # the + row
        pagina.wait_for_timeout(300)
        wacht_op_app(pagina)

    nieuwe_rij()
    raster.locator("canvas").first.evaluate("(c) => { c.__merk = 'zelfde'; }")
    pagina.keyboard.type("Gemeente", delay=30)
    pagina.keyboard.press("Enter")
    _wacht_tot(pagina, lambda: _partners(winkel, kid) == [["Gemeente", ""]])
    assert raster.locator("canvas").first.evaluate("(c) => c.__merk === 'zelfde'"), (
        "the grid was rebuilt after its own edit"
    )
    assert pagina.evaluate("() => document.activeElement.tagName") == "CANVAS"

    # The next row: a name, Tab on (the name is applied meanwhile), the sector.
    nieuwe_rij()
    pagina.keyboard.type("Wijkteam", delay=30)
    pagina.keyboard.press("Tab")  # to Type; the name is applied
    _wacht_tot(pagina, lambda: ["Wijkteam", ""] in _partners(winkel, kid))
    pagina.keyboard.press("Tab")  # to Sector
    pagina.wait_for_timeout(150)
    pagina.keyboard.type("zorg", delay=30)
    pagina.keyboard.press("Enter")
    _wacht_tot(pagina, lambda: ["Wijkteam", "zorg"] in _partners(winkel, kid))
    gezien = _partners(winkel, kid)
    assert gezien == [["Gemeente", ""], ["Wijkteam", "zorg"]], gezien
    assert _kaart_telling(pagina)[0] == 3  # the map beside shows both

    cellen = _raster_cellen(raster)
    assert "Gemeente" in cellen and "zorg" in cellen, cellen
    assert "None" not in cellen, cellen
    raster.scroll_into_view_if_needed()
    _schot(pagina, "07_raster.png")
    assert pagina.get_by_test_id("stException").count() == 0
    assert pagina.extern == []


def _partners(winkel: Opslag, kid: str) -> list[list[str]]:
    return winkel.lees(kid).kaart.partners[["naam", "sector"]].values.tolist()


def _wacht_tot(pagina, voorwaarde, seconden: float = 10) -> None:
    """Wait until ``voorwaarde()`` holds (checked every 0.2 s), then for the app."""
    for _ in range(int(seconden / 0.2)):
        if voorwaarde():
            break
        pagina.wait_for_timeout(200)
    pagina.wait_for_timeout(300)  # a second run may follow the one that stored it
    wacht_op_app(pagina)
