"""The English interface shows no Dutch sentence (issue 17, acceptance).

A browser with ``?taal=en`` walks every page through the navigation, as a user goes, and
on each page opens every tab and expander in turn; on the way it does what brings out
the texts that only show then: the map's layers and a partner's panel, the presenter's
steps, a refused stroom and afhankelijkheid in the Invoeren forms, a duplicate name in
the partners grid, and three bad files on Bestanden (a CSV zip with a column missing,
a lone CSV that is no Kumu sheet, a Kumu workbook with a bad row, then its rest read).
After each step it reads what a user can read (:func:`tests.browser.taal_hulp.lees`,
plus the cells of the tables, where the problems of a Kumu file stand) and looks for
Dutch-only words (:func:`tests.browser.taal_hulp.fouten`: words of the Dutch catalogue
that no English text has), leaving out the user's own text: the example kaart's names
and descriptions, the names and columns inside the uploaded files, and what a message
quotes ("waarde", "gedeelde opgave": a column or a value as the file writes it).

A failure names the step and the lines with Dutch in them.  All the bad input leaves the
store as it was: the test's own store holds no kaart at the end.  Screenshots of every
step are saved in test-artifacts/engels/.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile

import pandas as pd
import pytest

from systeem import bestanden
from systeem.bestanden import voorbeelden
from systeem.opslag import Opslag
from systeemkaart.teksten import tekst
from tests.browser.conftest import PAGINAS, wacht_op_app
from tests.browser.server import ARTEFACTEN, start_server, stop_server
from tests.browser.taal_hulp import fouten, lees, woorden

VOORBEELD = "loonaangifteketen"
SCHERMEN = ARTEFACTEN / "engels"
TAAL = "en"

#: Tabs, and expanders still closed, that a user can open.
_OPENBAAR = "[role=tab]:visible, details:not([open]) > summary:visible"

#: A quoted literal in a message: a value or column of the user's file, or a word the file
#: may hold ("gedeelde opgave" as a Kumu Type), as it is written there.
_CITAAT = re.compile(r'"[^"\n]*"|“[^”\n]*”')

#: The cells of the tables (glide draws them on a canvas and keeps them in a table inside
#: it for screen readers): a Kumu file's problems stand there.
_CELLEN = """() => Array.from(
  document.querySelectorAll("[data-testid=stDataFrame] canvas table th, "
    + "[data-testid=stDataFrame] canvas table td"),
  (c) => c.textContent.trim()).filter((t) => t && t !== "None").join("\\n")"""


def _t(sleutel: str, **waarden) -> str:
    return tekst(sleutel, TAAL, **waarden)


class Wandeling:
    """What a user reads, step by step: each step's Dutch lines and its screenshot."""

    def __init__(self, pagina, data: set[str]) -> None:
        self.pagina = pagina
        self.data = data
        self.gevonden: dict[str, list[str]] = {}
        self.stappen: list[str] = []

    def lees(self, stap: str, schermafdruk: bool = True) -> None:
        """Read the page as it is now and note the lines holding Dutch words."""
        wacht_op_app(self.pagina)
        tekst_ = lees(self.pagina) + "\n" + self.pagina.evaluate(_CELLEN)
        self.stappen.append(stap)
        if schermafdruk:
            naam = re.sub(r"\W+", "-", stap).strip("-")
            self.pagina.screenshot(path=str(SCHERMEN / f"{len(self.stappen):02d}-{naam}.png"))
        if self.pagina.get_by_test_id("stException").count() or _t("fout.onverwacht") in tekst_:
            self.gevonden.setdefault(stap, []).append("an error reached the page (server log)")
        if woorden_ := set(fouten(_CITAAT.sub(" ", tekst_), TAAL, self.data)):
            regels = [r.strip() for r in tekst_.splitlines() if woorden(r) & woorden_]
            self.gevonden.setdefault(stap, []).extend(
                f"{r[:240]}  [{', '.join(sorted(woorden(r) & woorden_))}]"
                for r in dict.fromkeys(regels)
            )

    def open_alles(self, pagina_naam: str, grens: int = 25) -> None:
        """Open each tab and each closed expander of the page in turn, reading after each."""
        gezien: set[str] = set()
        for _ in range(grens):
            volgende = None
            for element in self.pagina.locator(_OPENBAAR).all():
                sleutel = element.evaluate("(e) => (e.id || '') + '|' + e.innerText")
                if sleutel not in gezien:
                    volgende = element
                    break
            if volgende is None:
                return
            gezien.add(sleutel)
            volgende.click()
            self.pagina.wait_for_timeout(200)
            self.lees(f"{pagina_naam}: {sleutel.split('|', 1)[1].splitlines()[-1]}", False)


# ---------------------------------------------------------------------------
# The bad files, and the words in them (the user's data: names, columns, file names).


def _csv_zip_zonder_kolom() -> tuple[str, bytes]:
    """The example kaart as a CSV zip whose stromen.csv lost its waarde column."""
    kaart = voorbeelden.laad(VOORBEELD)
    oud = zipfile.ZipFile(io.BytesIO(bestanden.naar_bytes(kaart, "csv", TAAL)))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as nieuw:
        for naam in oud.namelist():
            inhoud = oud.read(naam)
            if naam.endswith("stromen.csv"):
                frame = pd.read_csv(io.BytesIO(inhoud), sep=";", encoding="utf-8-sig", dtype=str)
                inhoud = frame.drop(columns="waarde").to_csv(sep=";", index=False).encode()
            nieuw.writestr(naam, inhoud)
    return "network.zip", uit.getvalue()


def _kumu_werkmap() -> tuple[str, bytes]:
    """Kumu's spreadsheet with one connection whose strength is no number or word."""
    uit = io.BytesIO()
    with pd.ExcelWriter(uit, engine="openpyxl") as schrijver:
        pd.DataFrame(
            {"Label": ["Alpha", "Beta", "Gamma"], "Type": ["Organization", "Person", "Team"]}
        ).to_excel(schrijver, sheet_name="Elements", index=False)
        pd.DataFrame(
            {"From": ["Alpha", "Beta", "Gamma"], "To": ["Beta", "Gamma", "Alpha"],
             "Strength": ["lots", 2, 3]}
        ).to_excel(schrijver, sheet_name="Connections", index=False)  # fmt: skip
    return "network.xlsx", uit.getvalue()


#: A lone CSV file that is neither Kumu's elements nor its connections (no To column).
LOSSE_CSV = ("connections.csv", b"From;Strength\nAlpha;3\n")


def _bestandswoorden(bestanden_: list[tuple[str, bytes]]) -> set[str]:
    """The words of the files as the user made them: names, headers, cells."""
    uit: set[str] = set()
    for naam, inhoud in bestanden_:
        uit |= woorden(naam)
        if naam.endswith(".zip"):
            deel = zipfile.ZipFile(io.BytesIO(inhoud))
            uit |= _bestandswoorden([(d, deel.read(d)) for d in deel.namelist()])
        elif naam.endswith(".xlsx"):
            for blad, frame in pd.read_excel(io.BytesIO(inhoud), sheet_name=None).items():
                uit |= woorden(
                    " ".join([blad, *map(str, frame.columns), *frame.astype(str).stack()])
                )
        else:
            uit |= woorden(inhoud.decode("utf-8-sig", errors="replace"))
    return uit


@pytest.fixture(scope="module")
def server(chromium_pad, tmp_path_factory):
    """A server of its own on an empty store (bad input must leave it empty)."""
    db = tmp_path_factory.mktemp("engels") / "engels.db"
    proces, url = start_server({"SYSTEEMKAART_DB": str(db)})
    try:
        yield url, db
    finally:
        stop_server(proces)


# ---------------------------------------------------------------------------
# What each page does besides its tabs and expanders.


def _melding(pagina, tekst_: str):
    """The message on the page that names ``tekst_``, or the one that says the page broke."""
    zoek = re.compile(f"{re.escape(tekst_)}|{re.escape(_t('fout.onverwacht'))}")
    return pagina.get_by_test_id("stAlert").filter(visible=True).filter(has_text=zoek).first


def _kaart(w: Wandeling) -> None:
    """The map with a partner's panel open."""
    from playwright.sync_api import expect

    pagina = w.pagina
    keuze = pagina.get_by_role("combobox", name=_t("kaart.kies_partner"), exact=True)
    naam = voorbeelden.laad(VOORBEELD).partners["naam"].iloc[0]
    keuze.click()
    keuze.fill(naam)  # the list filtered to this partner; Enter takes it
    keuze.press("Enter")
    expect(pagina.get_by_test_id("stMain")).to_contain_text(naam)
    w.lees("map: a partner's panel")


def _invoeren(w: Wandeling) -> None:
    """A stroom with nothing chosen, an afhankelijkheid on itself, a duplicate name."""
    from playwright.sync_api import TimeoutError as PlaywrightFout
    from playwright.sync_api import expect

    pagina = w.pagina
    pagina.get_by_role("tab", name=_t("invoeren.snel.stroom"), exact=True).click()
    wacht_op_app(pagina)
    pagina.get_by_role("button", name=_t("invoeren.toevoegen"), exact=True).click()
    expect(pagina.get_by_test_id("stForm").get_by_test_id("stAlert")).to_be_visible()
    w.lees("edit: a stream with nothing chosen")

    pagina.get_by_role("tab", name=_t("invoeren.snel.afhankelijkheid"), exact=True).click()
    wacht_op_app(pagina)
    formulier = pagina.get_by_test_id("stForm").filter(visible=True)
    naam = voorbeelden.laad(VOORBEELD).partners["naam"].iloc[1]
    for keuze in formulier.get_by_text(naam, exact=True).all()[:2]:  # partner, depends on
        keuze.click()
    pagina.get_by_role("button", name=_t("invoeren.afh.toevoegen"), exact=True).click()
    expect(formulier.get_by_test_id("stAlert")).to_be_visible()
    w.lees("edit: a dependency on itself")

    pagina.get_by_role("tab", name=_t("invoeren.tab.partners"), exact=True).last.click()
    rooster = pagina.get_by_test_id("stDataFrame").filter(visible=True).first
    dubbel = voorbeelden.laad(VOORBEELD).partners["naam"].iloc[2]  # not in the first two
    editor = pagina.locator("textarea.gdg-input")
    for _ in range(3):  # a name in the first row; Enter opens its editor
        rooster.locator(".dvn-scroller").first.click(position={"x": 120, "y": 35 + 17})
        pagina.wait_for_timeout(300)
        pagina.keyboard.press("Enter")
        try:
            editor.wait_for(timeout=2_000)
            break
        except PlaywrightFout:
            pagina.keyboard.press("Escape")
    editor.fill(dubbel)
    editor.press("Enter")
    expect(_melding(pagina, dubbel)).to_be_visible(timeout=15_000)
    w.lees("edit: a duplicate name in the partners grid")


def _bestanden(w: Wandeling) -> None:
    """Three bad files, one after the other; the Kumu file's rest read after all."""
    from playwright.sync_api import expect

    pagina = w.pagina

    def upload(naam: str, inhoud: bytes) -> None:
        weg = pagina.get_by_test_id("stFileChipDeleteBtn").get_by_role("button")
        for _ in range(weg.count()):  # the file before
            weg.first.click()
            wacht_op_app(pagina)
        pagina.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
            files=[{"name": naam, "mimeType": "application/octet-stream", "buffer": inhoud}]
        )
        expect(_melding(pagina, naam)).to_be_visible(timeout=15_000)

    upload(*_csv_zip_zonder_kolom())
    w.lees("files: a CSV zip without a column")
    upload(*LOSSE_CSV)
    w.lees("files: a lone CSV that is no Kumu sheet")
    upload(*_kumu_werkmap())
    w.lees("files: a Kumu workbook with a bad row")
    rest = pagina.get_by_role("button", name=_t("bestanden.importeer_rest"), exact=True)
    if not rest.count():
        w.gevonden.setdefault("files: the Kumu workbook's rest", []).append("no button to read it")
        return
    rest.click()
    expect(pagina.get_by_role("button", name=_t("bestanden.openen"), exact=True)).to_be_visible()
    w.lees("files: the Kumu workbook's rest")


def _presenteren(w: Wandeling) -> None:
    """The choice of names, then the presenter's three steps."""
    pagina = w.pagina
    pagina.get_by_role("button", name=_t("presenteren.keuze.echt"), exact=True).click()
    wacht_op_app(pagina)
    for stap in (1, 2, 3):
        pagina.get_by_text(_t(f"presenteren.stap.{stap}"), exact=True).click()
        w.lees(f"present: step {stap}")


EXTRA = {"": _kaart, "invoeren": _invoeren, "bestanden": _bestanden, "presenteren": _presenteren}


def test_the_english_interface_shows_no_dutch_sentence(pagina, server):
    url, db = server
    shutil.rmtree(SCHERMEN, ignore_errors=True)
    SCHERMEN.mkdir(parents=True)
    bestanden_ = [_csv_zip_zonder_kolom(), LOSSE_CSV, _kumu_werkmap()]
    w = Wandeling(pagina, _bestandswoorden(bestanden_) | woorden(str(db)))
    pagina.goto(f"{url}/?voorbeeld={VOORBEELD}&taal={TAAL}")
    for pad in PAGINAS:  # through the navigation, as a user goes (Presenteren last: no bar)
        if pad:
            pagina.get_by_role("link", name=_t(f"nav.{pad}"), exact=True).click()
            pagina.wait_for_url(re.compile(rf"/{pad}\?"))
        naam = _t(f"nav.{pad or 'kaart'}")
        w.lees(naam)
        w.open_alles(naam)
        if pad in EXTRA:
            EXTRA[pad](w)
    assert len(w.stappen) > 25, w.stappen  # the walk saw the tabs, expanders and problems
    verslag = "\n".join(
        f"- {stap}:\n" + "\n".join(f"    {r}" for r in regels)
        for stap, regels in w.gevonden.items()
    )
    assert not w.gevonden, f"Dutch in the English interface:\n{verslag}"
    assert Opslag(db).lijst().empty, "bad input stored a kaart"
    assert pagina.extern == []
