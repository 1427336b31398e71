"""AppTest tests of the Bestanden page (systeemkaart/paginas/bestanden.py), run on its own: the
page is not in app.py's navigation yet, so a two-line wrapper starts the session first."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
PAGINA = ROOT / "systeemkaart" / "paginas" / "bestanden.py"

WRAPPER = f"""
import runpy
from systeemkaart import staat
staat.begin()
runpy.run_path({str(PAGINA)!r}, run_name="__main__")
"""


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_pagina_toont_alle_downloads_zonder_fouten(taal):
    at = AppTest.from_string(WRAPPER, default_timeout=60)
    at.query_params["voorbeeld"] = "loonaangifteketen"
    at.session_state["taal"] = taal
    at.run()
    assert not at.exception
    assert not [e.value for e in at.error] and not at.warning
    knoppen = at.get("download_button")
    assert len(knoppen) == 8  # seven formats and the template
    assert at.title[0].value == ("Bestanden" if taal == "nl" else "Files")


SLECHTE_KUMU = b"From;To;Strength\nGemeente;Zorg;4\nGemeente;Zorg;heel veel\nZorg;;2\n"


def _opgeslagen(at):
    """The id of the open kaart in the store; None while nothing is stored."""
    from systeemkaart import staat

    return at.session_state.get(staat.KAART_ID)


def _upload(at, bestanden_):
    at.file_uploader(key="bestanden_upload").set_value(
        [(naam, inhoud, "text/csv") for naam, inhoud in bestanden_]
    )
    return at.run()


@pytest.mark.parametrize(("taal", "knop"), [("nl", "Importeer de rest"), ("en", "Import the rest")])
def test_slechte_kumu_rijen_tonen_tabel_en_importeer_de_rest_na_bevestiging(db, taal, knop):
    from systeemkaart import staat
    from tests.conftest import open_pagina

    at = open_pagina("systeemkaart/paginas/bestanden.py", voorbeeld="loonaangifteketen", taal=taal)
    oud = at.session_state[staat.KAART]
    _upload(at, [("wijk.csv", SLECHTE_KUMU)])
    assert not at.exception and len(at.error) == 1
    assert "wijk.csv" in at.error[0].value.replace("\\", "")
    (tabel,) = at.dataframe
    rijen = tabel.value
    assert rijen.iloc[:, :3].values.tolist() == [
        ["wijk.csv", 3, "Strength"],
        ["wijk.csv", 4, "To"],
    ]
    # The row's message in the interface language (issue 17: no Dutch in the English one).
    assert {"nl": 'niet "heel veel"', "en": 'not "heel veel"'}[taal] in rijen.iloc[0, 3]
    rest = at.button(key="bestanden_importeer_rest")
    assert rest.label == knop
    assert at.session_state[staat.KAART] == oud and _opgeslagen(at) is None

    rest.click().run()
    assert not at.exception and not at.error and not at.dataframe
    (waarschuwing,) = at.warning
    tekst = waarschuwing.value.replace("\\", "")
    rij, kolom = {"nl": ("rij", "kolom"), "en": ("row", "column")}[taal]
    assert f"{rij} 3, {kolom} Strength" in tekst and f"{rij} 4, {kolom} To" in tekst
    # Read, shown, and still nothing stored or opened.
    assert at.session_state[staat.KAART] == oud and _opgeslagen(at) is None

    at.button(key="bestanden_openen").click().run()
    assert not at.exception
    nieuw = at.session_state[staat.KAART]
    assert nieuw.titel == "wijk" and nieuw.partners["naam"].tolist() == ["Gemeente", "Zorg"]
    assert len(nieuw.stromen) == 1 and _opgeslagen(at) is not None


def test_kumu_elementen_en_verbindingen_samen_uploaden(db):
    from tests.conftest import open_pagina

    at = open_pagina("systeemkaart/paginas/bestanden.py", voorbeeld="loonaangifteketen")
    assert at.file_uploader(key="bestanden_upload").accept_multiple_files
    _upload(
        at,
        [
            ("Regio - Elements.csv", b"Label;Type\nGemeente;Organization\nZorg;Ziekenhuis\n"),
            ("Regio - Connections.csv", b"From;To;Type;Strength\nGemeente;Zorg;geld;4\n"),
        ],
    )
    assert not at.exception and not at.error and not at.warning
    assert any("Regio" in m.value for m in at.markdown)
    assert any("2 partners · 1 stromen" in c.value for c in at.caption)
    assert any("gelezen als verbindingen" in i.value for i in at.info)


def test_geweigerde_upload_verandert_niets(db):
    from systeemkaart import staat
    from tests.conftest import open_pagina

    at = open_pagina("systeemkaart/paginas/bestanden.py", voorbeeld="loonaangifteketen")
    oud = at.session_state[staat.KAART]
    _upload(at, [("kaart.json", b"{}"), ("c.csv", SLECHTE_KUMU)])
    assert not at.exception and "kies één bestand" in at.error[0].value.replace("\\", "")
    assert "bestanden_openen" not in [b.key for b in at.button]
    assert at.session_state[staat.KAART] == oud


# ---------------------------------------------------------------------------
# Work on a rerun: an export is made when its button is clicked, an upload read once.


def _tel(monkeypatch, module, naam: str) -> list:
    """Count the calls of ``module.naam`` (each call's arguments), still calling it."""
    echt = getattr(module, naam)
    aanroepen: list = []

    def geteld(*args, **kwargs):
        aanroepen.append(args)
        return echt(*args, **kwargs)

    monkeypatch.setattr(module, naam, geteld)
    return aanroepen


def _downloads(monkeypatch) -> dict:
    """The files the download buttons will make on a click, by file name: Streamlit's
    media manager is asked to keep a function for each (a deferred download)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    echt = MediaFileManager.add_deferred
    gevonden: dict = {}

    def onthoud(self, maak, mimetype, coordinates, file_name=None, **kwargs):
        gevonden[file_name] = maak
        return echt(self, maak, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", onthoud)
    return gevonden


def _zelfde_bestand(a: bytes, b: bytes) -> bool:
    """Equal, but for the time an .xlsx says it was made (docProps/core.xml)."""
    import io
    import zipfile

    if a[:2] != b"PK":
        return a == b
    za, zb = zipfile.ZipFile(io.BytesIO(a)), zipfile.ZipFile(io.BytesIO(b))
    namen = [n for n in za.namelist() if n != "docProps/core.xml"]
    return za.namelist() == zb.namelist() and all(za.read(n) == zb.read(n) for n in namen)


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_een_rerun_maakt_geen_export_en_de_knoppen_geven_dezelfde_bytes(db, monkeypatch, taal):
    from systeem import bestanden
    from systeem.bestanden import excel
    from systeemkaart import staat
    from tests.conftest import open_pagina

    exports = _tel(monkeypatch, bestanden, "naar_bytes")
    sjablonen = _tel(monkeypatch, excel, "sjabloon")
    downloads = _downloads(monkeypatch)
    at = open_pagina("systeemkaart/paginas/bestanden.py", voorbeeld="loonaangifteketen", taal=taal)
    at.run()
    assert not at.exception and len(at.get("download_button")) == 8
    assert exports == [] and sjablonen == []  # two runs, nothing built

    kaart = at.session_state[staat.KAART]
    for formaat in ("json", "excel", "csv", "kumu", "gexf", "graphml", "html"):
        naam = bestanden.bestandsnaam(kaart, formaat)
        # what the button made before it was lazy: naar_bytes in the page's run
        assert _zelfde_bestand(downloads[naam](), bestanden.naar_bytes(kaart, formaat, taal))
    assert _zelfde_bestand(downloads["systeemkaart-sjabloon.xlsx"](), excel.sjabloon(taal))
    # made once each, on the "click", and once each here to compare
    assert len(exports) == 2 * 7 and len(sjablonen) == 2


def test_een_upload_wordt_een_keer_gelezen(db, monkeypatch):
    from systeem import bestanden
    from tests.conftest import open_pagina

    gelezen = _tel(monkeypatch, bestanden, "importeer_bestanden")
    at = open_pagina("systeemkaart/paginas/bestanden.py", voorbeeld="loonaangifteketen")
    elementen = b"Label;Type\nGemeente;Organization\nZorg;Ziekenhuis\n"
    _upload(at, [("Regio - Elements.csv", elementen)])
    assert not at.exception and len(gelezen) == 1
    at.run()
    at.run()
    assert len(gelezen) == 1  # the same file: read once
    assert any("2 partners · 0 stromen" in c.value for c in at.caption)

    _upload(at, [("Regio - Elements.csv", elementen + b"School;Onderwijs\n")])
    assert len(gelezen) == 2  # another content under the same name: read again
    assert any("3 partners" in c.value for c in at.caption)

    _upload(at, [("wijk.csv", SLECHTE_KUMU)])
    at.run()
    assert len(gelezen) == 3 and len(at.error) == 1  # a refusal is kept too
    at.button(key="bestanden_importeer_rest").click().run()
    assert len(gelezen) == 4 and not at.error  # "Importeer de rest" reads it another way
