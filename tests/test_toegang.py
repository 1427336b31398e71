"""Who a browser is in a werksessie (systeemkaart/toegang.py, systeemkaart/staat.py,
systeemkaart/app.py), by AppTest: a guest sees only the join page and reaches no store; a
participant reaches only their own werkruimte, whatever ``?kaart=`` id they try; the
trainer key opens the trainer's page and leaves the URL; the single user's start is as
it was.  A fresh AppTest with the same URL is a refresh or a server restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem.model.kaart import Kaart
from systeem.opslag import Opslag
from systeemkaart import staat, toegang

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    pad = tmp_path / "systeemkaart.db"
    monkeypatch.setenv("SYSTEEMKAART_DB", str(pad))
    monkeypatch.setenv(toegang.OMGEVING, "1")
    return pad


def _app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for sleutel, waarde in query.items():
        at.query_params[sleutel] = waarde
    at.run()
    assert not at.exception, at.exception
    return at


def _alle_tekst(at: AppTest) -> str:
    delen = [e.value for e in (*at.markdown, *at.caption, *at.title, *at.text, *at.code)]
    delen += [str(e.value) for e in (*at.error, *at.warning, *at.info, *at.success)]
    return "\n".join(map(str, delen))


def _meedoen(at: AppTest, code: str, naam: str) -> AppTest:
    at.text_input[0].input(code)
    at.text_input[1].input(naam)
    at.button[0].click().run()
    assert not at.exception, at.exception
    return at


def test_een_gast_ziet_alleen_meedoen_en_geen_kaart(db):
    eigen = Opslag(db).maak(Kaart(titel="Geheim van de trainer"))
    at = _app()
    assert at.session_state[toegang.ROL] == toegang.GAST
    assert at.title[0].value == "Meedoen aan de werksessie"
    assert [t.label for t in at.text_input] == ["Code", "Je naam (mag leeg blijven)"]
    assert "Geheim van de trainer" not in _alle_tekst(at)
    # Naming a stored kaart in the URL gives a guest nothing either.
    at = _app(kaart=eigen)
    assert at.session_state[staat.KAART_ID] is None
    assert "Geheim van de trainer" not in _alle_tekst(at)
    assert not at.sidebar.caption  # not even the title of the open kaart


def test_meedoen_met_een_foute_code_zegt_welk_veld_en_bewaart_niets(db):
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Dag 1")
    at = _meedoen(_app(), "FOUT12", "An")
    assert at.error[0].value.startswith("Code: er loopt geen werksessie met deze code")
    assert at.session_state[toegang.ROL] == toegang.GAST
    at = _meedoen(at, sessie.code, "x" * 70)
    assert at.error[0].value.startswith("Naam: een naam mag hoogstens 60 tekens")
    opslag.zet_werksessie(sessie.id, deur_open=False)
    at = _meedoen(at, sessie.code, "An")
    assert "deur" in at.error[0].value
    assert opslag.galerij(sessie.id).empty and opslag.alles().lijst().empty


def test_meedoen_in_het_engels(db):
    at = _app(taal="en")
    assert at.title[0].value == "Join the session"
    at = _meedoen(at, "nope", "")
    assert at.error[0].value.startswith("Code: no workshop session is running with this code")


def test_een_deelnemer_komt_in_de_eigen_werkruimte_en_terug_na_een_herstart(db):
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Dag 1", starter=Kaart(titel="Wijk", opgave="Veilig"))
    at = _meedoen(_app(), sessie.code.lower(), "An")
    assert at.session_state[toegang.ROL] == toegang.DEELNEMER
    sleutel = at.session_state[toegang.SLEUTEL]
    (deelnemer,) = opslag.galerij(sessie.id).itertuples()
    assert deelnemer.werkruimte == sleutel and deelnemer.naam == "An"
    assert staat.KAART in at.session_state
    assert at.session_state[staat.KAART_ID] == deelnemer.kaart_id
    assert at.session_state[staat.KAART].titel == "Wijk"
    assert at.query_params["deelnemer"] in (sleutel, [sleutel])

    # A new session with only the personal link (a refresh, a restart, another device).
    terug = _app(deelnemer=sleutel)
    assert terug.session_state[toegang.ROL] == toegang.DEELNEMER
    assert terug.session_state[staat.KAART_ID] == deelnemer.kaart_id


def test_een_deelnemer_bereikt_geen_andere_kaart(db):
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Dag 1")
    an, bo = opslag.meld_aan(sessie.code, "An"), opslag.meld_aan(sessie.code, "Bo")
    (kid_bo,) = opslag.werkruimte(bo.werkruimte).lijst()["id"]
    opslag.werkruimte(bo.werkruimte).bewaar(kid_bo, Kaart(titel="Geheim van Bo"))
    trainer = opslag.maak(Kaart(titel="Geheim van de trainer"))

    for vreemd in (kid_bo, trainer):
        at = _app(deelnemer=an.werkruimte, kaart=vreemd)
        assert at.session_state[staat.KAART_ID] != vreemd
        assert "Geheim" not in at.session_state[staat.KAART].titel
        assert "Geheim" not in _alle_tekst(at)
        at.switch_page("systeemkaart/paginas/mijn_kaarten.py").run()
        assert not at.exception
        assert "Geheim" not in _alle_tekst(at) + str([d.value for d in at.dataframe])
    # And Bo's kaart is untouched.
    assert opslag.werkruimte(bo.werkruimte).lees(kid_bo).versie == 2


def test_bevroren_bewerken_wordt_niet_toegepast_en_gezegd(db):
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Dag 1")
    an = opslag.meld_aan(sessie.code, "An")
    at = _app(deelnemer=an.werkruimte)
    kid = at.session_state[staat.KAART_ID]
    opslag.zet_werksessie(sessie.id, bevroren=True)
    at.switch_page("systeemkaart/paginas/invoeren.py").run()
    titel = next(t for t in at.text_input if t.label == "Titel van de kaart")
    titel.input("Tijdens de pauze").run()
    assert not at.exception
    assert "kijk nu allemaal naar het scherm" in _alle_tekst(at)
    assert opslag.werkruimte(an.werkruimte).lees(kid).kaart.titel == "Dag 1"
    assert at.session_state[staat.KAART].titel == "Dag 1"


def test_de_trainersleutel_opent_de_trainerpagina_en_verlaat_de_url(db):
    sleutel = Opslag(db).trainersleutel()
    at = _app(trainer=sleutel)
    assert at.session_state[toegang.ROL] == toegang.TRAINER
    assert "trainer" not in at.query_params
    for fout in ("fout", sleutel[:-1], ""):
        at = _app(trainer=fout)
        assert at.session_state[toegang.ROL] == toegang.GAST
        assert "trainer" not in at.query_params


def test_zonder_werksessie_is_alles_als_vanouds(tmp_path, monkeypatch):
    monkeypatch.setenv("SYSTEEMKAART_DB", str(tmp_path / "k.db"))
    monkeypatch.delenv(toegang.OMGEVING, raising=False)
    kid = Opslag(tmp_path / "k.db").maak(Kaart(titel="Van mij"))
    at = _app(kaart=kid, trainer="wat dan ook", deelnemer="iets")
    assert at.session_state[toegang.ROL] == toegang.LOKAAL
    assert at.session_state[staat.KAART].titel == "Van mij"


def test_na_wissen_door_de_trainer_is_een_deelnemer_weer_gast(db):
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Dag 1")
    at = _meedoen(_app(), sessie.code, "An")
    assert at.session_state[toegang.ROL] == toegang.DEELNEMER
    opslag.beeindig_werksessie(sessie.id, 0)
    at.run()
    assert not at.exception
    assert at.session_state[toegang.ROL] == toegang.GAST
    assert at.session_state[staat.KAART_ID] is None
    assert at.title[0].value == "Meedoen aan de werksessie"
    assert "deelnemer" not in at.query_params and "kaart" not in at.query_params


def test_een_deelnemer_ziet_geen_pad_op_de_server(tmp_path, monkeypatch):
    # The store's folder cannot be made (a file stands where the folder should be).
    (tmp_path / "bestand").write_text("geen map")
    pad = tmp_path / "bestand" / "geheim" / "k.db"
    monkeypatch.setenv("SYSTEEMKAART_DB", str(pad))
    monkeypatch.setenv(toegang.OMGEVING, "1")
    at = _meedoen(_app(), "ABC123", "An")
    assert at.error[0].value.replace("\\", "") == (
        "Meedoen lukt nu niet: de opslag op de server werkt nu niet; zeg het tegen de trainer."
    )
    assert str(tmp_path) not in _alle_tekst(at)
    # The single user of their own machine is told where the file is.
    monkeypatch.delenv(toegang.OMGEVING)
    at = _app()
    assert "geheim" in _alle_tekst(at)
