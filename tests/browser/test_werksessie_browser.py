"""A werksessie in real browsers: a trainer and two participants, each in a browser
context of their own (own cookies), on one loopback server in werksessie mode.

The tests are the steps of one session and run in file order on one server:
joining, edits that stay in their own werkruimte, another's ``?kaart=`` id, lists and
downloads that reveal nothing, a wrong trainer key, the freeze, a server killed hard and
started again, participants on a phone (390x844, no sideways scrolling), and hostile
names and titles on the werksessie pages.  Participant A is on a phone throughout.
Screenshots of the phone pages go to ``test-artifacts/werksessie/``.
"""

from __future__ import annotations

import contextlib
import io
import re
import signal
import time
import zipfile
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlparse

import pytest

from systeem.opslag import Opslag
from tests.browser.conftest import bewaak, wacht_op_app
from tests.browser.server import ARTEFACTEN, start_server, stop_server
from tests.browser.test_vijandig import GEEN_MARKER
from tests.vijandig import PAYLOADS

SCHERMEN = ARTEFACTEN / "werksessie"
TELEFOON = {"width": 390, "height": 844}
BUREAU = {"width": 1280, "height": 900}
MERK_A = "MerkAnna7Q"  # only ever in A's kaart
FOTO_A = "FotoAnna7Q"
BANNER = "kijk nu allemaal naar het scherm"
VRIJ_TITEL = "Zorg in de wijk"  # A's title once editing is free again
#: Hostile kaart titles (a participant's name is at most 60 characters: see test 8).
TITEL_C = "Vijandig " + PAYLOADS[0] + PAYLOADS[2]
TITEL_D = PAYLOADS[10] + " " + PAYLOADS[27] + " " + PAYLOADS[20]
PARTNERS_A = ["Gemeente", "Zorgverzekeraar", "Huisarts Anna Visser", "Welzijn"]  # "Anna": A's


@dataclass
class Sessie:
    """What the steps share: the server, the store file, the three browsers."""

    db: str
    omgeving: dict[str, str]
    proces: object
    url: str
    trainer: object = None
    a: object = None
    b: object = None
    extern: list[str] = field(default_factory=list)
    dialogen: list[str] = field(default_factory=list)
    stand: dict[str, str] = field(default_factory=dict)

    def opslag(self) -> Opslag:
        return Opslag(self.db)


def _pagina(browser, sessie: Sessie, viewport: dict[str, int]):
    """A page in a browser context of its own, offline-guarded like conftest's ``pagina``."""
    context = browser.new_context(viewport=viewport, accept_downloads=True)
    bewaak(context, sessie.extern, lambda: page.url)
    page = context.new_page()
    page.on("dialog", lambda d: (sessie.dialogen.append(d.message), d.dismiss()))
    return page


@pytest.fixture(scope="module")
def sessie(browser, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("werksessie") / "werksessie.db")
    omgeving = {"SYSTEEMKAART_DB": db, "SYSTEEMKAART_WERKSESSIE": "1"}
    SCHERMEN.mkdir(parents=True, exist_ok=True)
    proces, url = start_server(omgeving)
    s = Sessie(db=db, omgeving=omgeving, proces=proces, url=url)
    s.trainer, s.a, s.b = (
        _pagina(browser, s, BUREAU),
        _pagina(browser, s, TELEFOON),
        _pagina(browser, s, BUREAU),
    )
    yield s
    for page in (s.trainer, s.a, s.b):
        page.context.close()
    stop_server(s.proces)


@pytest.fixture(autouse=True)
def _schermen_bij_falen(request, sessie):
    """On a failure, a screenshot of each of the three browsers next to the server log."""
    yield
    rapport = getattr(request.node, "_rapport_call", None)
    if rapport is not None and rapport.failed:
        map_ = ARTEFACTEN / request.node.name
        map_.mkdir(parents=True, exist_ok=True)
        for naam in ("trainer", "a", "b"):
            with contextlib.suppress(Exception):  # best effort while reporting a failure
                getattr(sessie, naam).screenshot(path=str(map_ / f"{naam}.png"), full_page=True)


# ---------------------------------------------------------------------------
# Helpers.


def _param(page, naam: str) -> str | None:
    return parse_qs(urlparse(page.url).query).get(naam, [None])[0]


def _ga(page, url: str, pad: str = "", **query: str) -> None:
    """Open ``url/pad?query`` in ``page`` and wait until the app has run."""
    page.goto(f"{url}/{pad}" + (f"?{urlencode(query)}" if query else ""))
    wacht_op_app(page)


def _als_deelnemer(page, sessie: Sessie, wie: str, pad: str = "") -> None:
    """Open page ``pad`` of participant ``wie`` with their personal link and own kaart."""
    _ga(page, sessie.url, pad, deelnemer=sessie.stand[wie], kaart=sessie.stand[f"{wie}_kaart"])


def _meld_aan(page, url: str, code: str, naam: str) -> None:
    """Join on the Meedoen page as a new participant would."""
    _ga(page, url)
    page.get_by_role("textbox", name="Code").fill(code)
    page.get_by_role("textbox", name="Je naam").fill(naam)
    page.get_by_role("button", name="Doe mee").click()
    from playwright.sync_api import expect

    expect(page).to_have_url(re.compile(r"[?&]deelnemer=[^&]"), timeout=20_000)
    expect(page).to_have_url(re.compile(r"[?&]kaart=[^&]"), timeout=20_000)
    wacht_op_app(page)


def _titelveld(page):
    """The title field on the Invoeren page (already open), its fold opened."""
    veld = page.get_by_role("textbox", name="Titel van de kaart")
    if not veld.is_visible():
        page.get_by_text("Titel en opgave").click()
    return veld


def _zet_titel(page, titel: str) -> None:
    """Change the open kaart's title on the Invoeren page (already open)."""
    veld = _titelveld(page)
    veld.fill(titel)
    veld.press("Enter")
    wacht_op_app(page)


def _voeg_partners_toe(page, namen: list[str]) -> None:
    """Add partners with the quick form on the Invoeren page (already open)."""
    page.locator(".st-key-invoeren_partners_namen textarea").fill("\n".join(namen))
    page.locator(".st-key-invoeren_snel").get_by_role("button", name="Partners toevoegen").click()
    wacht_op_app(page)


def _kaart_in_opslag(sessie: Sessie, wie: str):
    winkel = sessie.opslag().werkruimte(sessie.stand[wie])
    return winkel.lees(sessie.stand[f"{wie}_kaart"]).kaart


def _titel_in_opslag(sessie: Sessie, wie: str) -> str:
    return _kaart_in_opslag(sessie, wie).titel


def _wacht_tot(voorwaarde, timeout: float = 20.0) -> None:
    """Wait until ``voorwaarde()`` holds (a store read), polling; fail after ``timeout`` s."""
    einde = time.monotonic() + timeout
    while not voorwaarde():
        assert time.monotonic() < einde, "the condition did not hold in time"
        time.sleep(0.2)


def _inhoud(pad) -> str:
    """A downloaded file as text: every member of a zip (xlsx, csv zip), else the bytes."""
    data = open(pad, "rb").read()  # noqa: SIM115, PTH123 - a Playwright temp file
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return data.decode("utf-8", "replace")


def _geen_zijwaarts(page) -> None:
    breedte = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert breedte[0] <= breedte[1] + 1, f"sideways scrolling on {page.url}: {breedte}"


def _inert(page, sessie: Sessie) -> None:
    """No payload ran on ``page``: no marker, no dialog, no request off the machine, no
    image a payload made (as test_vijandig checks)."""
    assert page.evaluate(GEEN_MARKER)
    assert sessie.dialogen == []
    assert page.evaluate("document.querySelectorAll('[data-testid=stMain] img[src=x]').length") == 0


def _schoon(sessie: Sessie) -> None:
    """Nothing left the machine and no page raised a dialog or showed a traceback."""
    assert sessie.extern == [], sessie.extern
    assert sessie.dialogen == []
    for page in (sessie.trainer, sessie.a, sessie.b):
        assert page.get_by_test_id("stException").count() == 0


# ---------------------------------------------------------------------------
# The steps, in order.


def test_1_trainer_start_en_deelnemers_doen_mee(sessie):
    from playwright.sync_api import expect

    trainer = sessie.trainer
    _ga(trainer, sessie.url, "werksessie", trainer=sessie.opslag().trainersleutel())
    assert _param(trainer, "trainer") is None  # the key left the URL at once
    trainer.get_by_role("textbox", name="Naam van de werksessie").fill("Dag 1")
    trainer.get_by_role("button", name="Start de werksessie").click()
    wacht_op_app(trainer)
    expect(trainer.locator(".st-key-ws_code")).to_be_visible(timeout=15_000)
    code = "".join(trainer.locator(".st-key-ws_code").inner_text().split())
    werksessie = sessie.opslag().actieve_werksessie()
    assert werksessie is not None and werksessie.code == code
    sessie.stand["code"] = code
    sessie.stand["sessie_id"] = werksessie.id

    # Before joining: only the join page, also when another page is asked for.
    for page in (sessie.a, sessie.b):
        for pad in ("mijn_kaarten", "bestanden", ""):  # the plain address last
            _ga(page, sessie.url, pad)
            expect(page.get_by_role("button", name="Doe mee")).to_be_visible()
            expect(page.get_by_role("link", name="Mijn kaarten")).to_have_count(0)
    _geen_zijwaarts(sessie.a)
    sessie.a.screenshot(path=str(SCHERMEN / "meedoen-telefoon.png"), full_page=True)

    for wie, page, naam in (("a", sessie.a, "Anna"), ("b", sessie.b, "Bert")):
        # A types the code in lower case with spaces: the code is forgiving.
        code = sessie.stand["code"] if wie == "b" else " ".join(sessie.stand["code"].lower())
        _meld_aan(page, sessie.url, code, naam)
        sessie.stand[wie] = _param(page, "deelnemer")
        sessie.stand[f"{wie}_kaart"] = _param(page, "kaart")
        expect(page.get_by_test_id("stSidebar")).to_contain_text("Dag 1")
    assert sessie.stand["a"] != sessie.stand["b"]
    assert sessie.stand["a_kaart"] != sessie.stand["b_kaart"]
    _schoon(sessie)


def test_2_een_wijziging_blijft_in_de_eigen_werkruimte(sessie):
    from playwright.sync_api import expect

    _als_deelnemer(sessie.a, sessie, "a", "invoeren")
    _zet_titel(sessie.a, f"Kaart van Anna {MERK_A}")
    _wacht_tot(lambda: MERK_A in _titel_in_opslag(sessie, "a"))
    _voeg_partners_toe(sessie.a, PARTNERS_A)
    _wacht_tot(lambda: len(_kaart_in_opslag(sessie, "a").partners) == len(PARTNERS_A))
    winkel_a = sessie.opslag().werkruimte(sessie.stand["a"])
    winkel_a.maak_foto(
        sessie.stand["a_kaart"], FOTO_A, winkel_a.lees(sessie.stand["a_kaart"]).kaart
    )

    # B's lists name only B's kaart.
    _als_deelnemer(sessie.b, sessie, "b", "mijn_kaarten")
    expect(sessie.b.get_by_test_id("stMain")).to_contain_text("Dag 1")
    assert MERK_A not in sessie.b.inner_text("body")
    assert "Anna" not in sessie.b.inner_text("body")

    # The trainer sees both, on the page opened before the edits: the gallery refreshes
    # by itself.
    galerij = sessie.trainer.locator(".st-key-ws_galerij")
    expect(galerij).to_contain_text(MERK_A, timeout=30_000)
    expect(galerij).to_contain_text("Anna")
    expect(galerij).to_contain_text("Bert")
    # And downloads everything: a zip with both participants' kaarten.
    with sessie.trainer.expect_download(timeout=30_000) as wacht:
        sessie.trainer.locator(".st-key-ws_download").get_by_role("button").click()
    alles = _inhoud(wacht.value.path())
    assert MERK_A in alles and "Dag 1" in alles
    _schoon(sessie)


def test_3_het_id_van_een_ander_en_elke_download_geven_niets(sessie):
    from playwright.sync_api import expect

    b = sessie.b
    _ga(b, sessie.url, "", kaart=sessie.stand["a_kaart"], deelnemer=sessie.stand["b"])
    expect(b.get_by_test_id("stMain")).to_contain_text("Deze kaart is niet gevonden")
    assert _param(b, "kaart") != sessie.stand["a_kaart"]
    # The same with the id alone (B's browser knows B by its cookie).
    _ga(b, sessie.url, "", kaart=sessie.stand["a_kaart"])
    expect(b.get_by_test_id("stMain")).to_contain_text("Deze kaart is niet gevonden")
    assert _param(b, "deelnemer") == sessie.stand["b"]
    for pad in ("", "mijn_kaarten", "balans", "presenteren"):
        _ga(b, sessie.url, pad, kaart=sessie.stand["a_kaart"])
        tekst = b.inner_text("body")
        assert MERK_A not in tekst and FOTO_A not in tekst and "Anna" not in tekst, pad

    # Every download on B's Bestanden page: B's own kaart, nothing of A's.
    _als_deelnemer(b, sessie, "b", "bestanden")
    knoppen = b.get_by_test_id("stDownloadButton").get_by_role("button")
    aantal = knoppen.count()
    assert aantal >= 8  # the seven formats and the template
    for i in range(aantal):
        with b.expect_download(timeout=30_000) as wacht:
            knoppen.nth(i).click()
        inhoud = _inhoud(wacht.value.path())
        assert MERK_A not in inhoud and "Anna" not in inhoud, wacht.value.suggested_filename
    _schoon(sessie)


def test_4_een_verkeerde_of_geen_trainersleutel_geeft_geen_trainerpagina(sessie, browser):
    from playwright.sync_api import expect

    vreemde = _pagina(browser, sessie, BUREAU)  # a browser that never was anyone
    try:
        for query in ({"trainer": "verkeerd"}, {"trainer": ""}, {}):
            _ga(vreemde, sessie.url, "werksessie", **query)
            expect(vreemde.get_by_role("button", name="Doe mee")).to_be_visible()
            assert _param(vreemde, "trainer") is None
            tekst = vreemde.inner_text("body")
            assert sessie.stand["code"] not in "".join(tekst.split())
            expect(vreemde.locator(".st-key-ws_code")).to_have_count(0)
            expect(vreemde.get_by_role("link", name="Werksessie")).to_have_count(0)
        # A participant with a wrong key stays a participant, without the trainer's page.
        _ga(sessie.b, sessie.url, "werksessie", trainer="verkeerd")
        assert _param(sessie.b, "trainer") is None
        assert _param(sessie.b, "deelnemer") == sessie.stand["b"]
        assert sessie.stand["code"] not in "".join(sessie.b.inner_text("body").split())
        expect(sessie.b.locator(".st-key-ws_code")).to_have_count(0)
    finally:
        vreemde.context.close()
    _schoon(sessie)


def test_5_bevriezen_houdt_wijzigingen_tegen_en_zegt_waarom(sessie):
    from playwright.sync_api import expect

    a, opslag = sessie.a, sessie.opslag()
    _als_deelnemer(a, sessie, "a", "invoeren")
    voor = _titel_in_opslag(sessie, "a")
    sessie.trainer.get_by_role("button", name="Bewerken stilzetten").click()
    wacht_op_app(sessie.trainer)
    _wacht_tot(lambda: opslag.werksessie(sessie.stand["sessie_id"]).bevroren)
    expect(a.get_by_text(BANNER).first).to_be_visible(timeout=15_000)  # no reload needed

    _zet_titel(a, f"Bevroren {MERK_A}")
    expect(a.get_by_test_id("stAlert").filter(has_text=BANNER).first).to_be_visible()
    _als_deelnemer(a, sessie, "a", "invoeren")  # a fresh look: nothing was stored
    assert _titel_in_opslag(sessie, "a") == voor
    expect(_titelveld(a)).to_have_value(voor)

    sessie.trainer.get_by_role("button", name="Bewerken weer vrijgeven").click()
    wacht_op_app(sessie.trainer)
    expect(a.get_by_text(BANNER)).to_have_count(0, timeout=15_000)
    _zet_titel(a, VRIJ_TITEL)
    _wacht_tot(lambda: _titel_in_opslag(sessie, "a") == VRIJ_TITEL)
    _schoon(sessie)


def test_6_na_een_herstart_is_iedereen_terug(sessie):
    from playwright.sync_api import expect

    sessie.proces.send_signal(signal.SIGKILL)
    sessie.proces.wait(10)
    sessie.proces, sessie.url = start_server(sessie.omgeving)

    # A comes back by the cookie alone (the plain address), B by the personal link.
    _ga(sessie.a, sessie.url)
    expect(sessie.a).to_have_url(re.compile(rf"deelnemer={re.escape(sessie.stand['a'])}"))
    assert _param(sessie.a, "kaart") == sessie.stand["a_kaart"]
    expect(sessie.a.get_by_test_id("stSidebar")).to_contain_text(VRIJ_TITEL)
    _ga(sessie.b, sessie.url, "", deelnemer=sessie.stand["b"])
    assert _param(sessie.b, "kaart") == sessie.stand["b_kaart"]
    expect(sessie.b.get_by_test_id("stSidebar")).to_contain_text("Dag 1")
    # The trainer by the cookie (the key left the URL at the start).
    _ga(sessie.trainer, sessie.url, "werksessie")
    expect(sessie.trainer.get_by_role("button", name="Doe mee")).to_have_count(0)
    code = sessie.trainer.locator(".st-key-ws_code")
    expect(code).to_be_visible(timeout=15_000)
    assert "".join(code.inner_text().split()) == sessie.stand["code"]
    expect(sessie.trainer.locator(".st-key-ws_galerij")).to_contain_text(VRIJ_TITEL, timeout=30_000)
    _schoon(sessie)


def test_7_op_een_telefoon_geen_zijwaarts_scrollen(sessie):
    for pad in ("", "invoeren", "balans", "meedoen"):
        _als_deelnemer(sessie.a, sessie, "a", pad)
        if pad == "":
            sessie.a.wait_for_function("() => window.__systeemkaartKlaar === true")
        _geen_zijwaarts(sessie.a)
        sessie.a.screenshot(
            path=str(SCHERMEN / f"deelnemer-{pad or 'kaart'}-telefoon.png"), full_page=True
        )
    _schoon(sessie)


def test_8_vijandige_namen_en_titels_blijven_letterlijk_en_onschadelijk(sessie, browser):
    from playwright.sync_api import expect

    vijandig = [(PAYLOADS[30], TITEL_C), (PAYLOADS[29], TITEL_D)]
    for naam, titel in vijandig:
        page = _pagina(browser, sessie, TELEFOON)
        try:
            # The join page with a hostile name and a wrong code: refused, inert.
            _ga(page, sessie.url)
            page.get_by_role("textbox", name="Code").fill("XXXXXX")
            page.get_by_role("textbox", name="Je naam").fill(naam)
            page.get_by_role("button", name="Doe mee").click()
            wacht_op_app(page)
            expect(page.get_by_test_id("stAlert")).to_contain_text("Code")
            _inert(page, sessie)
            _meld_aan(page, sessie.url, sessie.stand["code"], naam)
            sleutel, kid = _param(page, "deelnemer"), _param(page, "kaart")
            _ga(page, sessie.url, "invoeren", deelnemer=sleutel, kaart=kid)
            _zet_titel(page, titel)
            winkel = sessie.opslag().werkruimte(sleutel)
            _wacht_tot(lambda w=winkel, k=kid, t=titel: w.lees(k).kaart.titel == t)
            _ga(page, sessie.url, "meedoen", deelnemer=sleutel, kaart=kid)
            expect(page.get_by_test_id("stMain")).to_contain_text(f"Je doet mee als {naam}.")
            _inert(page, sessie)
        finally:
            page.context.close()

    # The trainer: the gallery (refreshing by itself), the comparison, the projector.
    trainer = sessie.trainer
    galerij = trainer.locator(".st-key-ws_galerij")
    for naam, titel in vijandig:
        expect(galerij).to_contain_text(naam, timeout=30_000)
        expect(galerij).to_contain_text(titel)
    _inert(trainer, sessie)
    # The comparison offers the newcomers too, without a reload: the gallery reran the
    # page when they joined.
    trainer.get_by_role("tab", name="Vergelijken").click()
    keuze = trainer.locator(".st-key-ws_vergelijk")
    for naam, _ in vijandig:
        keuze.click()
        trainer.get_by_role("option", name=naam, exact=True).click()
    trainer.keyboard.press("Escape")  # the choice applies when the list closes
    wacht_op_app(trainer)
    paneel = trainer.get_by_role("tabpanel", name="Vergelijken")
    for naam, titel in vijandig:
        expect(paneel.get_by_role("heading", name=naam, exact=True)).to_be_visible()
        expect(paneel).to_contain_text(titel)
    _inert(trainer, sessie)
    for naam, titel in vijandig:
        _ga(trainer, sessie.url, "werksessie")
        tegel = trainer.locator("[class*=st-key-ws_tegel_]").filter(has_text=naam)
        tegel.get_by_role("button", name="Op het scherm").click()
        wacht_op_app(trainer)
        expect(trainer).to_have_url(re.compile("/presenteren"))
        trainer.get_by_role("button", name="Met pseudoniemen").click()
        wacht_op_app(trainer)
        expect(trainer.get_by_role("heading", level=1)).to_have_text(titel)
        trainer.wait_for_function("() => window.__systeemkaartKlaar === true")
        _inert(trainer, sessie)
    _schoon(sessie)
