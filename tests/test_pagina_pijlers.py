"""AppTest tests of the Pijlers page (systeemkaart/paginas/pijlers.py).

Every test points SYSTEEMKAART_DB at its own file: the page stores the scores with the
kaart, and a "fresh AppTest with the same ?kaart=" is what a refresh does.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from systeem.analyses import pijlers
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart, records
from systeem.opslag import Opslag
from systeemkaart import staat
from tests.conftest import open_met_kaart, open_pagina, zonder_fouten

PAGINA = "systeemkaart/paginas/pijlers.py"
VOORBEELD = "gebiedsontwikkeling"


pytestmark = pytest.mark.usefixtures("db")  # every test with a store of its own


def _open(voorbeeld: str | None = VOORBEELD, taal: str | None = None, **query) -> AppTest:
    return open_pagina(PAGINA, voorbeeld, taal, **query)


_ok = zonder_fouten


def _tekst(elementen) -> str:
    return "\n".join(e.value for e in elementen).replace("\\", "")


def _scores(at: AppTest) -> pd.DataFrame:
    return at.session_state[staat.KAART].pijlers


def _voeg_toe(at: AppTest, naam: str) -> AppTest:
    at.text_input(key="pj_naam").input(naam)
    return at.button(key="pj_toevoegen").click().run()


def _score(at: AppTest, pijler: str, score: int | None) -> AppTest:
    return _ok(at.segmented_control(key=f"pj_score_{pijler}").set_value(score).run())


def _spreiding(at: AppTest) -> pd.DataFrame:
    """The table under the spread chart, as the user reads it, by pijler."""
    (tabel,) = at.table
    return tabel.value.set_index(tabel.value.columns[0])


def _radar(at: AppTest) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The points and the line pieces the radar chart draws (its inline datasets)."""
    radar = at.get("vega_lite_chart")[0].proto
    frames = [pa.ipc.open_stream(d.data.data).read_pandas() for d in radar.datasets]
    punten = next(f for f in frames if {"reeks", "k", "score"} <= set(f.columns))
    lijnen = pd.concat([f for f in frames if "stuk" in f.columns], ignore_index=True)
    return punten, lijnen


# ---------------------------------------------------------------------------
# Every example, an empty kaart, both languages.


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_elk_voorbeeld(naam, taal):
    at = _open(naam, taal)
    k = voorbeelden.laad(naam)
    assert at.title[0].value == ("Pijlers" if taal == "nl" else "Pillars")
    if k.pijlers["score"].notna().any():
        assert len(at.get("vega_lite_chart")) == 3  # radar, dimensies, spreiding
        assert at.table
    else:
        leeg = "Nog niemand heeft de pijlers" if taal == "nl" else "Nobody has scored"
        assert leeg in _tekst(at.info)
        assert at.button(key="pj_toevoegen")


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_lege_kaart(taal):
    at = open_met_kaart(PAGINA, Kaart(titel="Leeg"), taal)
    leeg = "Voeg de eerste beoordelaar toe" if taal == "nl" else "Add the first rater"
    assert leeg in _tekst(at.info)
    assert not at.get("vega_lite_chart")


# ---------------------------------------------------------------------------
# Scoring, a second rater, the spread.


def test_scoren_tweede_beoordelaar_en_de_spreiding(db):
    at = _ok(_voeg_toe(_open(), "Anna"))
    assert at.selectbox(key="pj_beoordelaar").value == "Anna"
    assert "Scores van Anna" in _tekst(at.subheader)
    assert "Nog geen scores" in _tekst(at.info)  # added, nothing scored yet
    assert len(_scores(at)) == 0

    for pijler, score in [("vertrouwen", 2), ("mindset", 4), ("kennis", 3)]:
        _score(at, pijler, score)
    _ok(at.text_input(key="pj_notitie_kennis").input("weinig zicht op de keten").run())
    assert records(_scores(at)) == [
        {"beoordelaar": "Anna", "pijler": "vertrouwen", "score": 2, "notitie": ""},
        {"beoordelaar": "Anna", "pijler": "mindset", "score": 4, "notitie": ""},
        {
            "beoordelaar": "Anna",
            "pijler": "kennis",
            "score": 3,
            "notitie": "weinig zicht op de keten",
        },
    ]
    # stored at once, under the kaart's id in the URL
    opgeslagen = Opslag(db).lees(at.query_params["kaart"]).kaart
    assert records(opgeslagen.pijlers) == records(_scores(at))
    assert "Met één beoordelaar is er nog geen spreiding" in _tekst(at.caption)

    _ok(_voeg_toe(at, "Bob"))
    assert at.selectbox(key="pj_beoordelaar").value == "Bob"
    assert at.segmented_control(key="pj_score_vertrouwen").value is None  # Bob's own
    for pijler, score in [("vertrouwen", 4), ("mindset", 4), ("dialoog", 5)]:
        _score(at, pijler, score)

    tabel = _spreiding(at)
    assert tabel.index[0] == "Vertrouwen"  # the largest difference first
    assert tabel.loc["Vertrouwen"].tolist() == ["3,0", "2", "4", "2", "2"]
    assert tabel.loc["Mindset"].tolist() == ["4,0", "4", "4", "0", "2"]
    assert tabel.loc["Dialoog"].tolist() == ["5,0", "5", "5", "0", "1"]
    assert tabel.loc["Transparantie"].tolist() == ["–", "–", "–", "–", "0"]
    assert "Het verst uiteen: Vertrouwen (van 2 tot 4)." in _tekst(at.markdown)
    assert len(at.get("vega_lite_chart")) == 3
    # the weakest pijlers: vertrouwen (3.0) and kennis (3.0) tie
    zwak = _tekst(at.markdown)
    assert "Vertrouwen tussen ketenpartners" in zwak and "Kennis van de keten" in zwak

    # back to Anna: her scores are in the widgets again
    _ok(at.selectbox(key="pj_beoordelaar").set_value("Anna").run())
    assert at.segmented_control(key="pj_score_vertrouwen").value == 2
    assert at.text_input(key="pj_notitie_kennis").value == "weinig zicht op de keten"


def test_radar_staat_op_de_spaken_met_een_gat_waar_niet_gescoord_is():
    at = _ok(_voeg_toe(_open(), "Anna"))
    for pijler, score in [("mindset", 4), ("speelruimte", 3), ("vertrouwen", 2), ("kennis", 5)]:
        _score(at, pijler, score)
    punten, lijnen = _radar(at)
    anna = punten[punten["reeks"] == "Anna"].set_index("pijler")
    # mindset on the top spoke, vertrouwen on the right one, kennis on the left one,
    # speelruimte at 45° between the first two
    assert anna.loc["mindset", ["x", "y"]].tolist() == pytest.approx([0, 4], abs=1e-9)
    assert anna.loc["vertrouwen", ["x", "y"]].tolist() == pytest.approx([2, 0], abs=1e-9)
    assert anna.loc["kennis", ["x", "y"]].tolist() == pytest.approx([-5, 0], abs=1e-9)
    assert anna.loc["speelruimte", ["x", "y"]].tolist() == pytest.approx([3 / 2**0.5, 3 / 2**0.5])
    assert set(punten["reeks"]) == {"Anna", "Gemiddelde"}
    # line pieces only between neighbouring scored pijlers: mindset-speelruimte and
    # speelruimte-vertrouwen; kennis stands alone (its neighbours are not scored)
    stukken = lijnen[lijnen["reeks"] == "Anna"]
    assert stukken["stuk"].nunique() == 2 and len(stukken) == 4


def test_score_wissen_en_in_het_engels():
    at = _ok(_voeg_toe(_open(taal="en"), "Anna"))
    _score(at, "vertrouwen", 2)
    _score(at, "dialoog", 4)
    assert _spreiding(at).loc["Trust"].tolist() == ["2.0", "2", "2", "0", "1"]
    assert "With one rater there is no spread yet" in _tekst(at.caption)
    _score(at, "vertrouwen", None)
    assert _scores(at)["pijler"].tolist() == ["dialoog"]
    # clearing the last score keeps the rater in the session
    _score(at, "dialoog", None)
    assert len(_scores(at)) == 0
    assert at.selectbox(key="pj_beoordelaar").options == ["Anna"]


def test_twee_nieuwe_beoordelaars_voor_de_eerste_score():
    # The first score turns the example into the user's own kaart (a new id): the
    # second rater, added but not yet scored, must not get lost on the way.
    at = _ok(_voeg_toe(_ok(_voeg_toe(_open(), "Anna")), "Bob"))
    _ok(at.selectbox(key="pj_beoordelaar").set_value("Anna").run())
    _score(at, "kennis", 4)
    assert at.query_params["kaart"]
    assert at.selectbox(key="pj_beoordelaar").options == ["Anna", "Bob"]


def test_hernoemen_verwijderen_en_ongedaan_maken():
    at = _ok(_voeg_toe(_open(), "Anna"))
    _score(at, "kennis", 2)
    _ok(_voeg_toe(at, "Bob"))
    _score(at, "kennis", 5)

    at.text_input(key="pj_naam").input("Bram")
    _ok(at.button(key="pj_hernoem").click().run())
    assert pijlers.beoordelaars(_scores(at)) == ["Anna", "Bram"]
    assert at.selectbox(key="pj_beoordelaar").value == "Bram"
    # another page and back: still Bram
    _ok(at.switch_page("systeemkaart/paginas/balans.py").run())
    _ok(at.switch_page(PAGINA).run())
    assert at.selectbox(key="pj_beoordelaar").value == "Bram"
    assert at.segmented_control(key="pj_score_kennis").value == 5

    _ok(at.button(key="pj_weg").click().run())
    assert pijlers.beoordelaars(_scores(at)) == ["Anna"]
    assert at.selectbox(key="pj_beoordelaar").options == ["Anna"]
    _ok(at.button(key="opslag_ongedaan").click().run())
    assert pijlers.beoordelaars(_scores(at)) == ["Anna", "Bram"]


# ---------------------------------------------------------------------------
# Bad input: a message, and nothing stored.


def test_lege_of_dubbele_naam_geeft_een_melding_en_bewaart_niets(db):
    at = _ok(_voeg_toe(_open(), "Anna"))
    _score(at, "kennis", 3)
    kid = at.query_params["kaart"]
    versie = Opslag(db).lees(kid).versie
    voor = records(_scores(at))

    _voeg_toe(at, "   ")
    assert "Vul eerst een naam in voor de beoordelaar." in _tekst(at.error)
    _voeg_toe(at, " anna ")
    assert "Er is al een beoordelaar met de naam Anna" in _tekst(at.error)
    assert at.selectbox(key="pj_beoordelaar").options == ["Anna"]

    _ok(_voeg_toe(at, "Bob"))
    at.text_input(key="pj_naam").input("ANNA")
    at.button(key="pj_hernoem").click().run()
    assert "Er is al een beoordelaar met de naam Anna" in _tekst(at.error)
    at.text_input(key="pj_naam").input("")
    at.button(key="pj_hernoem").click().run()
    assert "Vul eerst een naam in" in _tekst(at.error)

    assert records(_scores(at)) == voor
    assert Opslag(db).lees(kid).versie == versie


def test_slechte_score_in_de_tabel(db):
    at = _ok(_voeg_toe(_open(), "Anna"))
    _score(at, "kennis", 3)
    kid = at.query_params["kaart"]
    versie = Opslag(db).lees(kid).versie
    sleutel = f"pj_tabel_{at.session_state[staat.VERSIE]}"

    at.session_state[sleutel] = {
        "edited_rows": {0: {"score": 9}},
        "added_rows": [{"beoordelaar": "Bob", "pijler": "geld", "score": 2}],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    fout = _tekst(at.error)
    assert "Dit is niet opgeslagen:" in fout
    assert (
        "pijlers, rij 1, veld score: moet een geheel getal van 1 tot en met 5 zijn "
        "(of leeg: niet gescoord), niet 9" in fout
    )
    assert 'pijlers, rij 2, veld pijler: onbekende pijler "geld"' in fout
    assert _scores(at)["score"].tolist() == [3]
    assert Opslag(db).lees(kid).versie == versie

    at.session_state[sleutel] = {
        "edited_rows": {},
        "added_rows": [{"beoordelaar": "Bob", "pijler": "kennis", "score": 5}],
        "deleted_rows": [],
    }
    _ok(at.run())
    assert pijlers.beoordelaars(_scores(at)) == ["Anna", "Bob"]
    assert _spreiding(at).loc["Kennis"].tolist() == ["4,0", "3", "5", "2", "2"]


def test_namen_worden_niet_als_markdown_getoond():
    at = _ok(_voeg_toe(_open(), "*Vet* [klik](http://x.invalid)"))
    _score(at, "kennis", 3)
    kop = next(s.value for s in at.subheader if "Scores van" in s.value)
    assert "\\*Vet\\*" in kop and "\\[klik\\]" in kop


# ---------------------------------------------------------------------------
# Persistence.


def test_een_nieuwe_sessie_ziet_de_scores():
    at = _ok(_voeg_toe(_open(), "Anna"))
    _score(at, "vertrouwen", 2)
    _ok(_voeg_toe(at, "Bob"))
    _score(at, "vertrouwen", 5)
    kid = at.query_params["kaart"]

    vers = _open(None, kaart=kid)
    assert records(_scores(vers)) == records(_scores(at))
    assert vers.selectbox(key="pj_beoordelaar").options == ["Anna", "Bob"]
    assert vers.segmented_control(key="pj_score_vertrouwen").value == 2  # Anna, the first
    assert _spreiding(vers).loc["Vertrouwen"].tolist() == ["3,5", "2", "5", "3", "2"]
