"""Storage in the app (systeemkaart/staat.py, systeemkaart/bewaren.py) and the Mijn kaarten page, by AppTest.

Every test points SYSTEEMKAART_DB at its own file in tmp_path.  A "fresh AppTest with
the same ?kaart=" is what a refresh, a bookmark or a server restart does: a new session
that only has the URL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem.bestanden import voorbeelden
from systeem.opslag import Opslag
from systeemkaart import staat
from systeemkaart.netwerk_component import SLEUTEL

APP = str(Path(__file__).resolve().parents[1] / "app.py")
MIJN = "systeemkaart/paginas/mijn_kaarten.py"


@pytest.fixture(autouse=True)
def db(tmp_path, monkeypatch) -> Path:
    pad = tmp_path / "systeemkaart.db"
    monkeypatch.setenv("SYSTEEMKAART_DB", str(pad))
    return pad


def _app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for sleutel, waarde in query.items():
        at.query_params[sleutel] = waarde
    at.run()
    assert not at.exception
    return at


def _sleep(at: AppTest, knoop: str, x: float, y: float) -> AppTest:
    """Simulate dropping ``knoop`` at (x, y) on the map."""
    at.session_state[SLEUTEL] = {"verplaatst": {"id": knoop, "x": x, "y": y}}
    at.run()
    assert not at.exception
    return at


def _mijn(at: AppTest) -> AppTest:
    at.switch_page(MIJN).run()
    assert not at.exception
    return at


def _teksten(elementen) -> str:
    return "\n".join(e.value for e in elementen).replace("\\", "")


# ---------------------------------------------------------------------------
# Autosave, the URL, examples stay pristine.


def test_een_wijziging_staat_er_nog_in_een_nieuwe_sessie_met_dezelfde_url(db):
    at = _app(voorbeeld="gebiedsontwikkeling")
    assert "kaart" not in at.query_params  # an example: nothing stored yet
    assert Opslag(db).lijst().empty
    _sleep(at, "corporatie", 321.5, -45.5)
    kid = at.query_params["kaart"]
    assert "voorbeeld" not in at.query_params

    vers = _app(kaart=kid)
    assert vers.session_state[staat.KAART].posities["corporatie"] == (321.5, -45.5)
    assert vers.session_state[staat.KAART] == at.session_state[staat.KAART]
    # The example itself is untouched.
    assert "corporatie" not in voorbeelden.laad("gebiedsontwikkeling").posities or (
        voorbeelden.laad("gebiedsontwikkeling").posities["corporatie"] != (321.5, -45.5)
    )
    assert _app(voorbeeld="gebiedsontwikkeling").session_state[staat.KAART].posities.get(
        "corporatie"
    ) != (321.5, -45.5)


def test_een_tabelbewerking_wordt_meteen_opgeslagen(db):
    at = _app(voorbeeld="gebiedsontwikkeling")
    at.switch_page("systeemkaart/paginas/invoeren.py").run()
    versie = at.session_state[staat.VERSIE]
    at.session_state[f"invoeren_partners_{versie}"] = {
        "edited_rows": {0: {"naam": "Gemeente Spoorstad"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    vers = _app(kaart=at.query_params["kaart"])
    assert vers.session_state[staat.KAART].partners.loc[0, "naam"] == "Gemeente Spoorstad"


def test_zonder_parameters_opent_het_standaardvoorbeeld_zonder_iets_op_te_slaan(db):
    at = _app()
    assert at.session_state[staat.KAART].titel == voorbeelden.laad(voorbeelden.STANDAARD).titel
    assert at.query_params.get("voorbeeld") == voorbeelden.STANDAARD
    assert Opslag(db).lijst().empty
    at.switch_page("systeemkaart/paginas/kaart.py").run()  # a first visit lands on Start (issue 16)
    assert "eerste wijziging" in _teksten(at.caption)


def test_een_onbekende_kaart_geeft_een_melding_en_het_voorbeeld(db):
    at = _app(kaart="bestaat-niet")
    assert "niet gevonden" in _teksten(at.warning)
    assert at.session_state[staat.KAART].titel == voorbeelden.laad(voorbeelden.STANDAARD).titel


# ---------------------------------------------------------------------------
# Undo and redo.


def test_ongedaan_maken_en_opnieuw_ook_na_verversen(db):
    at = _app(voorbeeld="loonaangifteketen")
    origineel = at.session_state[staat.KAART]
    assert at.button(key="opslag_ongedaan").disabled
    _sleep(at, "cbs", 10, 20)
    _sleep(at, "uwv", 30, 40)
    kid = at.query_params["kaart"]

    vers = _app(kaart=kid)  # a refresh
    assert not vers.button(key="opslag_ongedaan").disabled
    vers.button(key="opslag_ongedaan").click().run()
    assert vers.session_state[staat.KAART].posities["uwv"] != (30, 40)
    assert vers.session_state[staat.KAART].posities["cbs"] == (10, 20)
    vers.button(key="opslag_ongedaan").click().run()
    assert vers.session_state[staat.KAART] == origineel  # back to the example
    assert vers.button(key="opslag_ongedaan").disabled
    vers.button(key="opslag_opnieuw").click().run()
    assert vers.session_state[staat.KAART].posities["cbs"] == (10, 20)
    assert _app(kaart=kid).session_state[staat.KAART].posities["cbs"] == (10, 20)


# ---------------------------------------------------------------------------
# Two tabs: no silent overwrite.


def test_twee_tabbladen_geen_stille_overschrijving(db):
    eerste = _app(voorbeeld="loonaangifteketen")
    _sleep(eerste, "cbs", 1, 1)
    kid = eerste.query_params["kaart"]
    tweede = _app(kaart=kid)
    _sleep(eerste, "uwv", 50, 50)  # the first tab changes the kaart
    _sleep(tweede, "cbs", 99, 99)  # the second tab still works on the old version
    assert "ander tabblad" in _teksten(tweede.warning)
    opgeslagen = Opslag(db).lees(kid).kaart
    assert opgeslagen.posities["uwv"] == (50, 50) and opgeslagen.posities["cbs"] == (1, 1)
    # Nothing lost: the refused edit is a foto.
    fotos = Opslag(db).fotos(kid)
    assert len(fotos) == 1
    assert Opslag(db).foto(int(fotos.loc[0, "id"])).kaart.posities["cbs"] == (99, 99)
    # Reload: the second tab now sees the first tab's change.
    tweede.button(key="opslag_herladen").click().run()
    assert tweede.session_state[staat.KAART].posities["uwv"] == (50, 50)
    assert not tweede.warning
    _sleep(tweede, "cbs", 99, 99)
    assert Opslag(db).lees(kid).kaart.posities["cbs"] == (99, 99)


def test_de_geweigerde_wijziging_kan_bewust_toch_worden_opgeslagen(db):
    eerste = _app(voorbeeld="loonaangifteketen")
    _sleep(eerste, "cbs", 1, 1)
    kid = eerste.query_params["kaart"]
    tweede = _app(kaart=kid)
    _sleep(eerste, "uwv", 50, 50)
    _sleep(tweede, "cbs", 99, 99)
    tweede.button(key="opslag_toch").click().run()
    assert not tweede.exception
    assert Opslag(db).lees(kid).kaart.posities["cbs"] == (99, 99)
    # The first tab's change is one undo away.
    assert Opslag(db).ongedaan(kid).kaart.posities["uwv"] == (50, 50)


def test_een_ander_tabblad_wordt_gemeld_voordat_je_iets_wijzigt(db):
    eerste = _app(voorbeeld="loonaangifteketen")
    _sleep(eerste, "cbs", 1, 1)
    tweede = _app(kaart=eerste.query_params["kaart"])
    _sleep(eerste, "uwv", 50, 50)
    tweede.run()
    assert "ander tabblad" in _teksten(tweede.info)


# ---------------------------------------------------------------------------
# The Mijn kaarten page.


def test_nieuw_leeg_en_van_een_voorbeeld(db):
    at = _mijn(_app())
    at.text_input(key="mijn_nieuw_titel").input("Wijkaanpak Noord")
    at.text_input(key="mijn_nieuw_opgave").input("Minder overlast")
    _formulier(at, "mijn_nieuw").run()
    assert not at.exception
    k = at.session_state[staat.KAART]
    assert (k.titel, k.opgave, len(k.partners)) == ("Wijkaanpak Noord", "Minder overlast", 0)
    assert Opslag(db).lijst()["titel"].tolist() == ["Wijkaanpak Noord"]

    at = _mijn(at)
    at.radio(key="mijn_nieuw_soort").set_value("voorbeeld").run()
    at.selectbox(key="mijn_nieuw_voorbeeld").set_value("zorg_en_veiligheidshuis")
    _formulier(at, "mijn_nieuw").run()
    assert not at.exception
    titel = voorbeelden.laad("zorg_en_veiligheidshuis").titel
    assert at.session_state[staat.KAART].titel == titel
    assert set(Opslag(db).lijst()["titel"]) == {"Wijkaanpak Noord", titel}


def _formulier(at: AppTest, sleutel: str):
    """The submit button of form ``sleutel``."""
    (knop,) = [b for b in at.button if b.form_id == sleutel]
    return knop.click()


def test_openen_dupliceren_hernoemen_verwijderen_en_terugzetten(db):
    winkel = Opslag(db)
    a = winkel.maak(voorbeelden.laad("gebiedsontwikkeling").met(titel="Spoorzone"))
    b = winkel.maak(voorbeelden.laad("regionale_jeugdhulp").met(titel="Jeugd"))
    at = _mijn(_app())
    markdown = _teksten(at.markdown)
    assert "Spoorzone" in markdown and "Jeugd" in markdown

    at.button(key=f"mijn_open_{a}").click().run()
    assert at.session_state[staat.KAART].titel == "Spoorzone"
    assert at.query_params["kaart"] == a
    assert at.button(key=f"mijn_open_{a}").disabled  # "Nu open"

    at.button(key=f"mijn_kopie_{b}").click().run()
    assert sorted(winkel.lijst()["titel"]) == ["Jeugd", "Jeugd (kopie)", "Spoorzone"]

    at.text_input(key=f"mijn_naam_{a}").input("Spoorzone Oost").run()
    at.button(key=f"mijn_hernoem_{a}").click().run()
    assert winkel.lees(a).kaart.titel == "Spoorzone Oost"
    assert at.session_state[staat.KAART].titel == "Spoorzone Oost"  # the open kaart too
    assert not at.info or "ander tabblad" not in _teksten(at.info)

    at.button(key=f"mijn_weg_{b}").click().run()
    assert b not in set(winkel.lijst()["id"])
    assert "Prullenbak (1)" in [t.label for t in at.tabs]
    at.button(key=f"mijn_terug_{b}").click().run()
    assert b in set(winkel.lijst()["id"])

    at.button(key=f"mijn_weg_{b}").click().run()
    at.button(key=f"mijn_wis_{b}").click().run()
    assert b not in set(winkel.lijst(prullenbak=True)["id"]) | set(winkel.lijst()["id"])
    assert not at.exception

    # Deleting the open kaart opens the default example.
    at.button(key=f"mijn_weg_{a}").click().run()
    assert at.session_state[staat.KAART_ID] is None
    assert "kaart" not in at.query_params


def test_foto_maken_bekijken_en_vergelijken(db):
    at = _app(voorbeeld="gebiedsontwikkeling")
    at = _mijn(at)
    at.text_input(key="mijn_foto_naam").input("Voor het gesprek")
    _formulier(at, "mijn_foto").run()
    assert not at.exception
    kid = at.query_params["kaart"]  # a foto of an example makes the own copy first
    assert Opslag(db).fotos(kid)["naam"].tolist() == ["Voor het gesprek"]

    # An edit: the corporatie gets something back.
    at.switch_page("systeemkaart/paginas/invoeren.py").run()
    versie = at.session_state[staat.VERSIE]
    k = at.session_state[staat.KAART]
    at.session_state[f"invoeren_stromen_{versie}"] = {
        "edited_rows": {},
        "added_rows": [
            {"van": "opgave", "naar": "corporatie", "soort": "geld", "waarde": 5},
            {"van": "gemeente", "naar": "corporatie", "soort": "positie", "waarde": 5},
        ],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    assert len(at.session_state[staat.KAART].stromen) == len(k.stromen) + 2

    at = _mijn(at)
    assert at.selectbox(key="mijn_nu").value == "nu"
    assert at.get("vega_lite_chart"), "a chart, not only a table"
    tekst = _teksten(at.markdown)
    assert "dichter bij balans" in tekst
    tabellen = at.dataframe
    assert any("corporatie" in str(t.value.to_dict()).lower() for t in tabellen)
    assert any(c.value.startswith("Bijgekomen (2)") for c in at.caption)

    # Open the foto read-only, then put it back (an undoable edit).
    foto_id = int(Opslag(db).fotos(kid).loc[0, "id"])
    at.selectbox(key="mijn_foto_bekijk").set_value(foto_id).run()
    assert not at.exception
    assert any("Alleen bekijken" in i.value for i in at.info)
    at.button(key="mijn_foto_terug").click().run()
    assert not at.exception
    terug = Opslag(db).lees(kid).kaart
    assert len(terug.stromen) == len(k.stromen)


def test_in_het_engels(db):
    at = _app(taal="en")
    at = _mijn(at)
    assert at.title[0].value == "My maps"
    assert [t.label for t in at.tabs][:2] == ["Maps", "Snapshots"]


# ---------------------------------------------------------------------------
# A broken store file.


def test_een_kapot_opslagbestand_geeft_een_melding_en_de_app_start(db):
    from systeem import opslag as opslag_mod

    db.write_bytes(b"geen database" * 500)
    opslag_mod._KLAAR.pop(db, None)
    at = _app()
    assert not at.exception
    assert "apart gezet" in _teksten(at.warning)
    assert list(db.parent.glob("systeemkaart.db.kapot-*"))
    at.switch_page("systeemkaart/paginas/kaart.py").run()  # a first visit lands on Start (issue 16)
    _sleep(at, "cbs", 5, 5)  # and storing works on the fresh file
    assert Opslag(db).lees(at.query_params["kaart"]).kaart.posities["cbs"] == (5, 5)
    at.run()
    assert "apart gezet" not in _teksten(at.warning)  # said once


def test_zonder_bruikbare_opslag_werkt_de_app_door(tmp_path, monkeypatch):
    bestand = tmp_path / "een_bestand"
    bestand.write_text("geen map")
    monkeypatch.setenv("SYSTEEMKAART_DB", str(bestand / "sub" / "k.db"))  # folder impossible
    at = _app(voorbeeld="loonaangifteketen")
    assert not at.exception
    _sleep(at, "cbs", 7, 7)
    assert at.session_state[staat.KAART].posities["cbs"] == (7, 7)  # kept in the session
    assert "niet opgeslagen" in _teksten(at.error)
    _mijn(at)
    assert "niet beschikbaar" in _teksten(at.error)
