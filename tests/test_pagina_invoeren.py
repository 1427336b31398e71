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


# --- search and filtered views -------------------------------------------------------

TABELLEN = ("partners", "stromen", "afhankelijkheden", "belangen")


def _zoek(at: AppTest, zoekterm: str) -> AppTest:
    at.text_input(key="invoeren_zoek").set_value(zoekterm).run()
    assert not at.exception
    return at


def _editor(at: AppTest, tabel: str):
    return at.data_editor[TABELLEN.index(tabel)]


def _bewerk_gefilterd(at: AppTest, tabel: str, **wijzigingen) -> AppTest:
    """Seed the edit state of the (filtered) editor of ``tabel``, by its own key, and run."""
    at.session_state[_editor(at, tabel).key] = {
        "edited_rows": wijzigingen.get("edited_rows", {}),
        "added_rows": wijzigingen.get("added_rows", []),
        "deleted_rows": wijzigingen.get("deleted_rows", []),
    }
    at.run()
    assert not at.exception
    return at


def _stromen_van_corporatie(k: Kaart) -> list[int]:
    """The stromen a search for "Woningcorporatie" must show: to or from it, or with
    the word in their text (worked out without systeem.tabellen.zoek)."""
    s = k.stromen
    raak = (
        s["van"].eq("corporatie")
        | s["naar"].eq("corporatie")
        | s["omschrijving"].str.lower().str.contains("woningcorporatie", regex=False)
        | s["soort"].str.lower().str.contains("woningcorporatie", regex=False)
    )
    return s.index[raak].tolist()


def test_zoeken_toont_alleen_passende_rijen():
    at = _open()
    k = _kaart(at)
    _zoek(at, "woningCORPORATIE")
    assert _editor(at, "partners").value["naam"].tolist() == ["Woningcorporatie"]
    stromen = _editor(at, "stromen").value
    verwacht = _stromen_van_corporatie(k)
    assert 0 < len(verwacht) < len(k.stromen)
    assert stromen["_rij"].tolist() == verwacht
    assert stromen.drop(columns="_rij").values.tolist() == (
        k.stromen.loc[verwacht].astype(object).values.tolist()
    )
    uitleg = [_zichtbaar(c.value) for c in at.caption]
    assert any(f"{len(verwacht)} van de {len(k.stromen)} rijen zichtbaar" in c for c in uitleg)
    # Searching changes nothing.
    assert _kaart(at) == k


def test_waarde_wijzigen_in_gefilterde_weergave():
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Woningcorporatie")
    view = _editor(at, "stromen").value
    rij = int(view.loc[1, "_rij"])  # the second row of the view
    nieuw = 1 if voor.stromen.loc[rij, "waarde"] != 1 else 2
    _bewerk_gefilterd(at, "stromen", edited_rows={1: {"waarde": nieuw}})
    assert not _fouten(at)
    na = _kaart(at)
    verwacht = voor.stromen.copy()
    verwacht.loc[rij, "waarde"] = nieuw
    assert na.stromen.equals(verwacht)
    assert na.partners.equals(voor.partners)
    # The filter stays, on the new kaart version.
    assert at.text_input(key="invoeren_zoek").value == "Woningcorporatie"
    assert _editor(at, "stromen").value["_rij"].tolist() == view["_rij"].tolist()


def test_rij_verwijderen_in_gefilterde_weergave():
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Woningcorporatie")
    rij = int(_editor(at, "stromen").value.loc[2, "_rij"])
    _bewerk_gefilterd(at, "stromen", deleted_rows=[2])
    assert not _fouten(at)
    na = _kaart(at)
    assert na.stromen.equals(voor.stromen.drop(index=rij).reset_index(drop=True))


def test_rij_toevoegen_in_gefilterde_weergave():
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Woningcorporatie")
    _bewerk_gefilterd(
        at,
        "stromen",
        added_rows=[{"van": "corporatie", "naar": "provincie", "soort": "kennis", "waarde": 2}],
    )
    assert not _fouten(at)
    na = _kaart(at)
    assert na.stromen.iloc[:-1].equals(voor.stromen)
    assert na.stromen.iloc[-1][["van", "naar", "soort", "waarde"]].tolist() == [
        "corporatie",
        "provincie",
        "kennis",
        2,
    ]


def test_filter_wissen_toont_alle_rijen():
    at = _open()
    k = _kaart(at)
    _zoek(at, "Woningcorporatie")
    assert len(_editor(at, "stromen").value) < len(k.stromen)
    _zoek(at, "")
    for tabel in TABELLEN:
        getoond = _editor(at, tabel).value
        assert len(getoond) == len(getattr(k, tabel))
        assert "_rij" not in getoond.columns
    assert not any("rijen zichtbaar" in c.value for c in at.caption)
    # The unfiltered editor has the plain key again (so _bewerk works as before).
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 1}})
    assert _kaart(at).stromen.loc[0, "waarde"] == 1


def test_slechte_cel_in_gefilterde_weergave_noemt_de_rij_zoals_gezien():
    at = _open()
    voor = _kaart(at)
    versie = at.session_state["kaart_versie"]
    _zoek(at, "Woningcorporatie")
    _bewerk_gefilterd(at, "stromen", edited_rows={1: {"waarde": 9}})
    (fout,) = _fouten(at)
    assert "Rij 2 (in de gefilterde weergave), kolom Waarde (1–5):" in fout
    assert _kaart(at) == voor and at.session_state["kaart_versie"] == versie
    # Undo discards the edit and keeps the filter.
    at.button(key="invoeren_terug_stromen").click().run()
    assert not at.exception and not _fouten(at)
    assert at.text_input(key="invoeren_zoek").value == "Woningcorporatie"


def test_probleem_in_verborgen_rij_noemt_de_volledige_tabel():
    """Renaming a shown partner to the name of a hidden one: the clash is reported on
    the later row, which the filter hides."""
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Provincie")
    view = _editor(at, "partners").value
    pos = view.index[view["naam"] == "Provincie"][0]
    later = voor.partners.index[voor.partners["id"] == "waterschap"][0]
    assert later > view.loc[pos, "_rij"] and later not in set(view["_rij"])
    _bewerk_gefilterd(at, "partners", edited_rows={int(pos): {"naam": "Waterschap"}})
    fouten = _fouten(at)
    assert any(
        f"Rij {later + 1} van de volledige tabel (verborgen door het zoekfilter), kolom Naam:" in f
        for f in fouten
    ), fouten
    assert _kaart(at) == voor


def test_partner_verwijderen_in_gefilterde_weergave():
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Provincie")
    view = _editor(at, "partners").value
    pos = int(view.index[view["naam"] == "Provincie"][0])
    _bewerk_gefilterd(at, "partners", deleted_rows=[pos])
    assert any("Provincie" in _zichtbaar(w.value) for w in at.warning)
    at.button(key="invoeren_verwijder_mee").click().run()
    assert not at.exception
    na = _kaart(at)
    assert na.partners["id"].tolist() == [i for i in voor.partners["id"] if i != "provincie"]
    assert "provincie" not in set(na.stromen["van"]) | set(na.stromen["naar"])


def test_zoeken_engels():
    at = _open(taal="en")
    assert at.text_input(key="invoeren_zoek").label == "Search the tables"
    _zoek(at, "Woningcorporatie")
    _bewerk_gefilterd(at, "stromen", edited_rows={0: {"waarde": 9}})
    assert any("Row 1 (in the filtered view), column Weight (1–5):" in f for f in _fouten(at))


def test_vijandige_zoekterm_blijft_tekst():
    at = _open()
    _zoek(at, "**[x](javascript:alert(1))** .* (")
    assert not _fouten(at)
    assert all(len(_editor(at, t).value) == 0 for t in TABELLEN)
    regel = next(c.value for c in at.caption if "rijen zichtbaar" in c.value)
    assert "\\[x\\]\\(javascript" in regel  # escaped for markdown


@pytest.mark.parametrize(("aantal", "regel"), [(150, False), (151, True)])
def test_grote_kaart_wijst_op_het_zoekvak(aantal, regel):
    groot = kaart([f"p{i}" for i in range(aantal)], [("p0", "opgave", 3)], titel="Regio")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.session_state["kaart"] = groot
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception
    gezien = [i.value for i in at.info if "zoekvak" in i.value]
    assert bool(gezien) == regel
    if regel:
        assert f"{aantal} partners" in gezien[0]
        _zoek(at, "P15")
        assert _editor(at, "partners").value["naam"].tolist() == [
            "P15",
            *(f"P{i}" for i in range(150, aantal)),
        ]


def test_gewijzigde_verborgen_kolom_wordt_geweigerd():
    """The hidden _rij column can be shown from the toolbar; a client that still sends
    an edit to it gets a message, and the kaart stays as it was."""
    at = _open()
    voor = _kaart(at)
    _zoek(at, "Woningcorporatie")
    _bewerk_gefilterd(at, "stromen", edited_rows={0: {"_rij": 30, "waarde": 1}})
    assert any("verborgen kolom _rij" in f for f in _fouten(at))
    assert _kaart(at) == voor
    at.button(key="invoeren_terug_stromen").click().run()
    assert not at.exception and not _fouten(at)
