"""The trainer's Werksessie page (systeemkaart/paginas/werksessie.py and the package
systeemkaart/werksessie/), by AppTest on a store in tmp_path in werksessie mode.

The participants are made through the store (``Opslag(db).meld_aan``), as the Meedoen page
does; what the page changes is read back from the store."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from systeem import opslag as opslag_mod
from systeem.bestanden import lees_json, voorbeelden
from systeem.model.schets import schets
from systeem.opslag import Opslag
from systeemkaart import staat, toegang
from systeemkaart.werksessie import beheer, deelnemers
from systeemkaart.werksessie.starten import MAX_NAAM, LijstFout, lijst_starter
from tests import test_toegang
from tests.test_problemen import NEDERLANDS

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGINA = "systeemkaart/paginas/werksessie.py"
VIJANDIG = "<img src=x onerror=alert(1)>"
#: The fixture ``db``: a store in tmp_path, in werksessie mode (shared with the roles' tests).
db = test_toegang.db

#: A kaart worked out by hand: a gives 3 to the opgave and takes nothing (balans -1,
#: gives far more), b takes 2 (balans +1, takes far more), c gives 1 and takes 1
#: (balans 0): 3 partners, 4 stromen, 2 out of balance, the largest imbalance 1.
KLEIN = schets("a b c", "a>opgave geld 3, opgave>b kennis 2, c>opgave tijd 1, opgave>c tijd 1")


def _trainer(db: Path, taal: str = "nl") -> AppTest:
    """The trainer's browser on the Werksessie page."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["trainer"] = Opslag(db).trainersleutel()
    at.query_params["taal"] = taal
    at.run()
    assert not at.exception, at.exception
    return _ok(at.switch_page(PAGINA))


def _ok(at) -> AppTest:
    """Run the app after an interaction (on the app or on one of its widgets)."""
    at = at.run()
    assert not at.exception, at.exception
    return at


def _alle_tekst(at: AppTest) -> str:
    delen = [e.value for e in (*at.markdown, *at.caption, *at.title, *at.text, *at.subheader)]
    delen += [str(e.value) for e in (*at.error, *at.warning, *at.info, *at.success)]
    delen += [e.label for e in (*at.button, *at.radio, *at.checkbox, *at.multiselect)]
    delen += [str(o) for e in (*at.radio, *at.multiselect) for o in e.options]
    return "\n".join(map(str, delen))


def _start(db: Path, titel: str = "Dag 1", starter=None):
    return Opslag(db).start_werksessie(titel, starter)


def _deelnemer_met(db: Path, sessie, naam: str, kaart) -> str:
    """A participant who joined and drew ``kaart`` over the starter; their werkruimte."""
    deelnemer = Opslag(db).meld_aan(sessie.code, naam)
    ruimte = Opslag(db).werkruimte(deelnemer.werkruimte)
    ruimte.bewaar(str(ruimte.lijst()["id"].iloc[0]), kaart)
    return deelnemer.werkruimte


# ---------------------------------------------------------------------------
# Who gets the page.


def test_zonder_trainersleutel_geen_werksessiepagina(db):
    _start(db)
    for query in ({}, {"trainer": "geraden"}):
        at = AppTest.from_file(APP, default_timeout=60)
        for sleutel, waarde in query.items():
            at.query_params[sleutel] = waarde
        at.run()
        assert at.session_state[toegang.ROL] == toegang.GAST
        # Only the Meedoen page is in a guest's navigation: the trainer's cannot be opened.
        with pytest.raises(ValueError, match="Known pages: .*meedoen.py'\\]"):
            at.switch_page(PAGINA)
        tekst = _alle_tekst(at)
        assert "Deur sluiten" not in tekst and "Start de werksessie" not in tekst
        assert not [b for b in at.button if str(b.key or "").startswith("ws_")]
        assert Opslag(db).actieve_werksessie().code not in tekst


def test_bewaardagen_van_de_pagina_zijn_die_van_de_opslag():
    assert beheer.BEWAARDAGEN == opslag_mod.BEWAARDAGEN


# ---------------------------------------------------------------------------
# Starting a werksessie.


def test_starten_met_een_lege_kaart(db):
    at = _trainer(db)
    assert Opslag(db).actieve_werksessie() is None
    at.text_input(key="ws_start_titel").input("Leergang dag 2")
    at = _ok(at.button(key="ws_start").click())
    sessie = Opslag(db).actieve_werksessie()
    assert sessie.titel == "Leergang dag 2" and sessie.starter is None
    assert sessie.deur_open and not sessie.bevroren
    assert sessie.code[:3] in _alle_tekst(at) and sessie.code[3:] in _alle_tekst(at)
    assert "Nog niemand binnen" in _alle_tekst(at)


def test_starten_met_een_voorbeeldkaart(db):
    at = _trainer(db)
    at.radio(key="ws_start_soort").set_value("voorbeeld")
    at = _ok(at)
    naam = voorbeelden.namen()[-1]
    at.selectbox(key="ws_start_voorbeeld").set_value(naam)
    _ok(at.button(key="ws_start").click())
    sessie = Opslag(db).actieve_werksessie()
    assert sessie.starter == voorbeelden.laad(naam)
    an = Opslag(db).meld_aan(sessie.code, "An")
    kaart = Opslag(db).werkruimte(an.werkruimte).lijst()
    assert len(kaart) == 1 and kaart["titel"].iloc[0] == voorbeelden.laad(naam).titel


def test_starten_met_een_lijst_partners(db):
    at = _trainer(db)
    at = _ok(at.radio(key="ws_start_soort").set_value("lijst"))
    at.text_input(key="ws_start_opgave").input("Samen de wijk veilig")
    at.text_area(key="ws_start_lijst").input("Gemeente\n\n  Politie \nBuurtteam\n")
    _ok(at.button(key="ws_start").click())
    starter = Opslag(db).actieve_werksessie().starter
    assert starter.opgave == "Samen de wijk veilig"
    assert starter.partners["naam"].tolist() == ["Gemeente", "Politie", "Buurtteam"]
    assert starter.stromen.empty and set(starter.posities) >= {"gemeente", "politie"}


def test_een_foute_lijst_noemt_de_regel_en_bewaart_niets(db):
    at = _trainer(db)
    at = _ok(at.radio(key="ws_start_soort").set_value("lijst"))
    at.text_area(key="ws_start_lijst").input("Gemeente\nPolitie\n\ngemeente\n" + "x" * 101)
    at = _ok(at.button(key="ws_start").click())
    fout = at.error[0].value.replace("\\", "")
    assert "Regel 4: gemeente staat al op regel 1" in fout
    assert f"Regel 5: een naam heeft hoogstens {MAX_NAAM} tekens, deze heeft er 101" in fout
    assert Opslag(db).actieve_werksessie() is None
    at.text_area(key="ws_start_lijst").input("  \n")
    at = _ok(at.button(key="ws_start").click())
    assert "minstens één partner" in at.error[0].value
    assert Opslag(db).actieve_werksessie() is None


def test_lijst_starter_in_het_engels_en_met_vreemde_namen():
    with pytest.raises(LijstFout) as fout:
        lijst_starter("", "", "A\nB\n\na", "en")
    assert fout.value.regels == ["Line 4: a is already on line 1."]
    kaart = lijst_starter("", "Opgave", f"{VIJANDIG}\n**vet**\n[link](http://x)")
    assert kaart.titel == "Opgave"
    assert kaart.partners["naam"].tolist() == [VIJANDIG, "**vet**", "[link](http://x)"]


# ---------------------------------------------------------------------------
# The running werksessie: projector, door, freeze.


def test_de_deur_en_het_bevriezen_veranderen_de_opslag(db):
    _start(db)
    at = _trainer(db)
    assert "De deur is open" in _alle_tekst(at)
    at = _ok(at.button(key="ws_deur").click())
    assert not Opslag(db).actieve_werksessie().deur_open
    assert "De deur is dicht" in _alle_tekst(at)
    assert at.button(key="ws_deur").label == "Deur openen"
    at = _ok(at.button(key="ws_vries").click())
    assert Opslag(db).actieve_werksessie().bevroren
    assert "kijk nu allemaal naar het scherm" in _alle_tekst(at)
    at = _ok(at.button(key="ws_vries").click())
    at = _ok(at.button(key="ws_deur").click())
    sessie = Opslag(db).actieve_werksessie()
    assert sessie.deur_open and not sessie.bevroren


def test_het_adres_van_de_deelnemers_en_de_qr_code(db, monkeypatch):
    _start(db)
    at = _trainer(db)
    assert "http://localhost/" in [t.value for t in at.text]  # AppTest has no URL
    assert len(at.get("image")) == 1  # the QR code; no participant, so no small map yet
    gezet = {"browser.serverAddress": "192.0.2.7", "server.port": 8600}
    monkeypatch.setattr(beheer.st, "get_option", gezet.__getitem__)
    assert beheer.deelnemersadres() == "http://192.0.2.7:8600/"


# ---------------------------------------------------------------------------
# The gallery.


def test_de_galerij_toont_iedere_deelnemer_met_de_cijfers(db):
    sessie = _start(db)
    _deelnemer_met(db, sessie, "An", KLEIN)
    Opslag(db).meld_aan(sessie.code, "")
    leeg = Opslag(db).meld_aan(sessie.code, "Bo")
    ruimte = Opslag(db).werkruimte(leeg.werkruimte)
    ruimte.verwijder(str(ruimte.lijst()["id"].iloc[0]))  # Bo has no kaart left
    at = _trainer(db)
    tekst = _alle_tekst(at)
    assert "Deelnemers: 3" in tekst
    for naam in ("**An**", "**anoniem 1**", "**Bo**"):
        assert naam in [m.value for m in at.markdown]
    assert "3 partners · 4 stromen  \nUit balans: 2  \nGrootste onbalans: 1,00" in tekst
    assert "0 partners · 0 stromen  \nUit balans: 0  \nGrootste onbalans: 0,00" in tekst
    assert "Nog geen kaart (of alles in de prullenbak)." in tekst
    assert re.search(r"Bewerkt om \d\d:\d\d · zojuist", tekst)
    assert [b.label for b in at.button if str(b.key).startswith("ws_scherm_")] == [
        "Op het scherm",
        "Op het scherm",
    ]


def test_op_het_scherm_opent_de_kaart_in_presenteren_met_schuilnamen(db):
    sessie = _start(db)
    ruimte = _deelnemer_met(db, sessie, "An", KLEIN)
    at = _trainer(db)
    at.session_state[staat.PSEUDONIEMEN] = False
    at = _ok(at.button(key="ws_scherm_0").click())
    kid = Opslag(db).werkruimte(ruimte).lijst()["id"].iloc[0]
    assert at.session_state[staat.KAART_ID] == kid
    assert at.session_state[staat.PSEUDONIEMEN] is True
    assert at.session_state[staat.KAART].stromen.equals(KLEIN.stromen)
    assert at.session_state[staat.KAART].partners.equals(KLEIN.partners)


def test_de_tijden_van_de_galerij():
    nu = pd.Timestamp("2025-05-01 10:00", tz="UTC")
    tijden = pd.Series(pd.to_datetime(["2025-05-01 09:57:59", "2025-05-01 08:30:00"], utc=True))
    assert deelnemers.geleden(tijden, nu, "en").tolist() == ["2 min ago", "1 h ago"]
    assert deelnemers.klok(tijden, "UTC").tolist() == ["09:57", "08:30"]


# ---------------------------------------------------------------------------
# Download and end.


def test_de_zip_bevat_iedere_kaart_van_iedere_deelnemer(db):
    sessie = _start(db)
    an = _deelnemer_met(db, sessie, "An", KLEIN)
    Opslag(db).werkruimte(an).maak(schets("x").met(titel="Tweede"))
    Opslag(db).meld_aan(sessie.code, "")
    Opslag(db).maak(schets("t").met(titel="Van de trainer"))  # not a participant's
    at = _trainer(db)
    assert at.get("download_button")
    data = beheer.bundel(Opslag(db), sessie.id, "nl")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        namen = zf.namelist()
        kaarten = {n: lees_json(zf.read(n)) for n in namen}
    assert sorted(namen) == ["An - T.json", "An - Tweede.json", "anoniem 1 - Dag 1.json"]
    assert kaarten["An - T.json"].stromen.equals(KLEIN.stromen)
    assert kaarten["An - Tweede.json"].partners["id"].tolist() == ["x"]


def test_beeindigen_met_verwijderen_vraagt_bevestiging_en_wist(db):
    sessie = _start(db)
    an = _deelnemer_met(db, sessie, "An", KLEIN)
    at = _trainer(db)
    at = _ok(at.radio(key="ws_einde_dagen").set_value(0))
    assert "1 deelnemers worden nu verwijderd" in _alle_tekst(at)
    assert at.button(key="ws_einde").disabled
    at = _ok(at.checkbox(key="ws_einde_zeker").check())
    at = _ok(at.button(key="ws_einde").click())
    assert Opslag(db).actieve_werksessie() is None
    assert Opslag(db).werkruimte(an).lijst().empty
    assert "zijn verwijderd" in at.success[0].value
    assert at.button(key="ws_start")  # ready for the next one


def test_beeindigen_met_bewaren_houdt_de_kaarten(db):
    sessie = _start(db)
    an = _deelnemer_met(db, sessie, "An", KLEIN)
    at = _trainer(db)
    assert "30 dagen bewaard" in _alle_tekst(at) and "persoonlijke link" in _alle_tekst(at)
    at = _ok(at.button(key="ws_einde").click())
    opgeslagen = Opslag(db).werksessie(sessie.id)
    assert opgeslagen.beeindigd and opgeslagen.bewaren_tot
    dagen = (pd.Timestamp(opgeslagen.bewaren_tot) - pd.Timestamp.now(tz="UTC")).days
    assert 29 <= dagen <= 30
    assert len(Opslag(db).werkruimte(an).lijst()) == 1
    assert "blijven bewaard tot" in at.success[0].value


# ---------------------------------------------------------------------------
# Compare and class summary.


def test_vergelijken_toont_cijfers_en_signalen_naast_elkaar(db):
    sessie = _start(db)
    an = _deelnemer_met(db, sessie, "An", KLEIN)
    bo = _deelnemer_met(db, sessie, "Bo", schets("a b", "a>opgave geld 1, opgave>a geld 1"))
    at = _trainer(db)
    at = _ok(at.multiselect(key="ws_vergelijk").set_value([an, bo]))
    cijfers = at.dataframe[0].value
    assert cijfers["Deelnemer"].tolist() == ["An", "Bo"]
    assert cijfers["Uit balans"].tolist() == [2, 0]
    assert cijfers["Grootste onbalans"].tolist() == ["1,00", "0,00"]
    assert cijfers["Bij partner"].tolist() == ["A", "–"]
    tekst = _alle_tekst(at)
    assert "#### An" in tekst and "#### Bo" in tekst
    assert "**Signalen**" in tekst and "Geen signalen." not in tekst


def test_het_klasoverzicht(db):
    sessie = _start(db)
    _deelnemer_met(db, sessie, "An", KLEIN)
    _deelnemer_met(db, sessie, "Bo", KLEIN)
    at = _trainer(db)
    assert "Over de laatst bewerkte kaart van 2 deelnemers." in _alle_tekst(at)
    soorten = at.dataframe[-1].value
    assert soorten.iloc[0].tolist()[:3] == ["organisatie", 6, 4]


# ---------------------------------------------------------------------------
# Hostile text and the English interface.


def test_een_vijandige_naam_blijft_letterlijk(db):
    sessie = _start(db, "**vet** [link](http://x)")
    for naam in (VIJANDIG, "**vet**", "[link](http://x)"):
        _deelnemer_met(db, sessie, naam, KLEIN.met(titel=VIJANDIG))
    at = _trainer(db)
    at = _ok(at.multiselect(key="ws_vergelijk").set_value(_werkruimten(db, sessie)))
    assert at.dataframe[0].value["Deelnemer"].tolist() == [VIJANDIG, "**vet**", "[link](http://x)"]
    markdown = "\n".join(m.value for m in (*at.markdown, *at.caption, *at.title))
    assert VIJANDIG not in markdown and "**vet**" not in markdown.replace("**\\*\\*vet", "")
    assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in markdown
    assert "\\[link\\]\\(http\\:\\/\\/x\\)" in markdown
    assert at.title[0].value == "Werksessie: \\*\\*vet\\*\\* \\[link\\]\\(http\\:\\/\\/x\\)"
    assert not re.search(r"(?<!\\)\[link\]", markdown)


def test_de_engelse_pagina_heeft_geen_nederlands(db):
    at = _trainer(db, "en")
    assert not _nederlands_in(_alle_tekst(at))
    at = _ok(at.radio(key="ws_start_soort").set_value("lijst"))
    at.text_area(key="ws_start_lijst").input("A\na")
    at = _ok(at.button(key="ws_start").click())
    assert not _nederlands_in(_alle_tekst(at))
    sessie = _start(db, "Day one")
    _deelnemer_met(db, sessie, "An", KLEIN)
    _deelnemer_met(db, sessie, "", KLEIN)
    at = _ok(at)
    at = _ok(at.radio(key="ws_einde_dagen").set_value(0))
    tekst = _alle_tekst(at)
    assert "anonymous 1" in tekst and "Largest imbalance: 1.00" in tekst
    assert not _nederlands_in(tekst)
    at = _ok(at.multiselect(key="ws_vergelijk").set_value(_werkruimten(db, sessie)))
    assert not _nederlands_in(_alle_tekst(at))
    assert "Largest imbalance" in at.dataframe[0].value.columns


def _werkruimten(db: Path, sessie) -> list[str]:
    return Opslag(db).galerij(sessie.id)["werkruimte"].tolist()


def _nederlands_in(tekst: str) -> set[str]:
    """The Dutch words in ``tekst`` (the kaart's own words, "T" and A/B/C, are none)."""
    return set(re.findall(r"[a-zà-ÿ]+", tekst.lower())) & (NEDERLANDS - {"lijst"})
