"""AppTest tests of the Invoeren page (ui/paginas/invoeren.py).

Edits are made the way the browser makes them: by seeding the keyed data_editor's edit
state (``{"edited_rows": ..., "added_rows": ..., "deleted_rows": ...}``) and running.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem import balans, voorbeelden
from systeem.kaart import Kaart
from tests.conftest import kaart

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGINA = "ui/paginas/invoeren.py"


def _open(voorbeeld: str | None = "gebiedsontwikkeling", taal: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    if voorbeeld:
        at.query_params["voorbeeld"] = voorbeeld
    if taal:
        at.session_state["taal"] = taal
    at.run()
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception
    return at


def _bewerk(at: AppTest, tabel: str, **wijzigingen) -> AppTest:
    """Seed the edit state of the editor of ``tabel`` and run."""
    versie = at.session_state["kaart_versie"]
    at.session_state[f"invoeren_{tabel}_{versie}"] = {
        "edited_rows": wijzigingen.get("edited_rows", {}),
        "added_rows": wijzigingen.get("added_rows", []),
        "deleted_rows": wijzigingen.get("deleted_rows", []),
    }
    at.run()
    assert not at.exception
    return at


def _kaart(at: AppTest):
    return at.session_state["kaart"]


def _zichtbaar(markdown: str) -> str:
    """Markdown source as the user reads it: the escapes of user text removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def _fouten(at: AppTest) -> list[str]:
    return [_zichtbaar(e.value) for e in at.error]


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_laadt_elk_voorbeeld(naam):
    at = _open(naam)
    assert not _fouten(at)
    assert at.title[0].value == "Invoeren"
    assert len(at.data_editor) == 4


@pytest.mark.parametrize(
    "leeg",
    [
        Kaart(titel="Leeg"),
        # What the Start page's "nieuwe kaart" (ui.staat.nieuwe_kaart) makes.
        kaart([{"id": "p1", "naam": "Gemeente"}], [], titel="Proef", opgave="Samen iets"),
    ],
    ids=["zonder_partners", "nieuwe_kaart"],
)
def test_laadt_lege_kaart(leeg):
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.session_state["kaart"] = leeg
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception and not _fouten(at)
    if not len(leeg.partners):
        assert any("nog geen partners" in i.value for i in at.info)
    else:
        _bewerk(at, "partners", added_rows=[{"naam": "Zorgaanbieder"}])
        assert _kaart(at).partners["id"].tolist() == ["p1", "zorgaanbieder"]


def test_stroom_bewerken_verandert_de_balans():
    at = _open()
    voor = _kaart(at)
    stroom = voor.stromen.iloc[0]
    halen_voor = balans.balans(voor).loc[stroom["naar"], "halen"]
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 1}})
    na = _kaart(at)
    assert not _fouten(at)
    assert na.stromen.loc[0, "waarde"] == 1
    assert balans.balans(na).loc[stroom["naar"], "halen"] == halen_voor - (stroom["waarde"] - 1)
    assert at.session_state["kaart_versie"] > 1

    # The Balans page shows the new figure.
    at.switch_page("ui/paginas/balans.py")
    at.run()
    assert not at.exception
    tabel = at.table[0].value
    naam = na.namen()[stroom["naar"]]
    rij = tabel[tabel.iloc[:, 0] == naam].iloc[0]
    assert rij.iloc[2] == halen_voor - (stroom["waarde"] - 1)


@pytest.mark.parametrize(
    ("wijziging", "rij", "kolom"),
    [
        ({"waarde": 9}, "Rij 1", "Waarde (1–5)"),
        ({"naar": "corporatie"}, "Rij 1", "Naar"),  # stroom 1 runs from corporatie
    ],
)
def test_slechte_cel_geeft_melding_en_laat_kaart_staan(wijziging, rij, kolom):
    at = _open()
    voor = _kaart(at).naar_dict()
    versie = at.session_state["kaart_versie"]
    _bewerk(at, "stromen", edited_rows={0: wijziging})
    fouten = _fouten(at)
    assert len(fouten) == 1
    assert "niet verwerkt" in fouten[0]
    assert f"{rij}, kolom {kolom}:" in fouten[0]
    assert _kaart(at).naar_dict() == voor
    assert at.session_state["kaart_versie"] == versie
    # The rest of the app keeps working.
    at.switch_page("ui/paginas/balans.py")
    at.run()
    assert not at.exception and not _fouten(at)


def test_terugdraaien_na_slechte_cel():
    at = _open()
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 9}})
    at.button(key="invoeren_terug_stromen").click().run()
    assert not at.exception and not _fouten(at)


def test_snel_stroom_toevoegen():
    at = _open()
    aantal = len(_kaart(at).stromen)
    at.selectbox[0].set_value("provincie")
    at.selectbox[1].set_value("corporatie")
    at.selectbox[2].set_value("geld")
    at.select_slider[0].set_value(4)
    submit = next(b for b in at.button if b.label == "Stroom toevoegen")
    submit.click().run()
    assert not at.exception and not _fouten(at)
    k = _kaart(at)
    assert len(k.stromen) == aantal + 1
    assert k.stromen.iloc[-1][["van", "naar", "soort", "waarde"]].tolist() == [
        "provincie",
        "corporatie",
        "geld",
        4,
    ]
    assert any("Stroom toegevoegd" in _zichtbaar(t.value) for t in at.toast)


def test_snel_stroom_zonder_naar_geeft_melding():
    at = _open()
    aantal = len(_kaart(at).stromen)
    at.selectbox[0].set_value("provincie")
    at.selectbox[2].set_value("geld")
    next(b for b in at.button if b.label == "Stroom toevoegen").click().run()
    assert not at.exception
    assert any("Naar: is nog leeg" in f for f in _fouten(at))
    assert len(_kaart(at).stromen) == aantal


def test_partner_toevoegen():
    at = _open()
    _bewerk(at, "partners", added_rows=[{"naam": "Woningcorporatie Oost", "invloed": 2}])
    assert not _fouten(at)
    rij = _kaart(at).partners.iloc[-1]
    assert (rij["id"], rij["naam"], rij["invloed"]) == (
        "woningcorporatie_oost",
        "Woningcorporatie Oost",
        2,
    )
    # The new partner can be chosen in the stromen table at once.
    _bewerk(
        at,
        "stromen",
        added_rows=[
            {"van": "woningcorporatie_oost", "naar": "opgave", "soort": "geld", "waarde": 3}
        ],
    )
    assert not _fouten(at)
    assert _kaart(at).stromen.iloc[-1]["van"] == "woningcorporatie_oost"


def test_partner_hernoemen_houdt_stromen():
    at = _open()
    stromen = _kaart(at).stromen.copy()
    _bewerk(at, "partners", edited_rows={0: {"naam": "Gemeente Spoorstad"}})
    k = _kaart(at)
    assert k.partners.loc[0, "naam"] == "Gemeente Spoorstad"
    assert k.stromen.equals(stromen)


def test_partner_verwijderen_vraagt_bevestiging():
    at = _open()
    voor = _kaart(at)
    weg = voor.partners.loc[0, "naam"]
    _bewerk(at, "partners", deleted_rows=[0])
    assert any(weg in _zichtbaar(w.value) and "stromen" in w.value for w in at.warning)
    assert _kaart(at) == voor
    at.button(key="invoeren_verwijder_mee").click().run()
    assert not at.exception
    na = _kaart(at)
    assert weg not in set(na.partners["naam"])
    assert len(na.stromen) < len(voor.stromen)
    assert any("Verwijderd" in _zichtbaar(t.value) for t in at.toast)


def test_titel_en_opgave_wijzigen():
    at = _open()
    versie = at.session_state["kaart_versie"]
    at.text_input(key=f"invoeren_titel_{versie}").set_value("Nieuwe titel")
    at.text_area(key=f"invoeren_opgave_{versie}").set_value("Een nieuwe opgave")
    at.run()
    assert not at.exception
    k = _kaart(at)
    assert (k.titel, k.opgave) == ("Nieuwe titel", "Een nieuwe opgave")


def test_lege_titel_geeft_melding():
    at = _open()
    titel = _kaart(at).titel
    versie = at.session_state["kaart_versie"]
    at.text_input(key=f"invoeren_titel_{versie}").set_value("").run()
    assert any("Titel van de kaart: mag niet leeg zijn" in f for f in _fouten(at))
    assert _kaart(at).titel == titel


def test_engels():
    at = _open(taal="en")
    assert at.title[0].value == "Edit"
    assert [t.label for t in at.tabs] == ["Partners", "Streams", "Dependencies", "Interests"]
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 9}})
    assert any("Row 1, column Weight (1–5):" in f for f in _fouten(at))
