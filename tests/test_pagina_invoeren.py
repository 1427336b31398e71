"""AppTest tests of the Invoeren page (systeemkaart/paginas/invoeren.py).

Grid edits are made the way the browser makes them: by seeding the keyed data_editor's
edit state (``{"edited_rows": ..., "added_rows": ..., "deleted_rows": ...}``) and
running; like the browser's, that state holds every edit since the grid started, since
a grid keeps its key while its own edits apply.  The quick forms are filled in by
setting their widgets and clicking their submit button, as a user does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem.analyses import balans
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart
from tests.conftest import kaart

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGINA = "systeemkaart/paginas/invoeren.py"


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


def _sleutel(at: AppTest, tabel: str) -> str:
    """The key of the grid of ``tabel`` as the last run drew it."""
    return at.session_state[f"_invoeren_editor_{tabel}"]["sleutel"]


def _bewerk(at: AppTest, tabel: str, **wijzigingen) -> AppTest:
    """Seed the edit state of the grid of ``tabel`` and run.  Like the browser, the
    state holds every edit since the grid started (it is not reset by its own edits)."""
    at.session_state[_sleutel(at, tabel)] = {
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
        # What the Start page's "nieuwe kaart" (systeemkaart.staat.nieuwe_kaart) makes.
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
    at.switch_page("systeemkaart/paginas/balans.py")
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
    at.switch_page("systeemkaart/paginas/balans.py")
    at.run()
    assert not at.exception and not _fouten(at)


def test_terugdraaien_na_slechte_cel():
    at = _open()
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 9}})
    at.button(key="invoeren_terug_stromen").click().run()
    assert not at.exception and not _fouten(at)


# --- the quick forms -------------------------------------------------------------------


def _knop(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def _kies(at: AppTest, sleutel: str, waarde) -> None:
    """Choose ``waarde`` in the pills or segmented control under ``sleutel``."""
    widget = next(w for w in at.button_group if w.key == sleutel)
    widget.set_value(waarde)


def _gekozen(at: AppTest, sleutel: str):
    return at.session_state[sleutel]


def _stroom(
    at: AppTest,
    naar: str,
    soort: str | None = None,
    waarde: int | None = None,
    omschrijving: str = "",
    van: str | None = None,
) -> AppTest:
    """Fill in the stroom form as a user does (only what changes) and submit."""
    if van is not None:
        _kies(at, "invoeren_stroom_van", van)
    _kies(at, "invoeren_stroom_naar", naar)
    if soort is not None:
        _kies(at, "invoeren_stroom_soort", soort)
    if waarde is not None:
        _kies(at, "invoeren_stroom_waarde", waarde)
    at.text_input(key="invoeren_stroom_omschrijving").input(omschrijving)
    _knop(at, "Stroom toevoegen").click().run()
    assert not at.exception
    return at


def test_snel_stroom_toevoegen_houdt_van_soort_en_waarde():
    at = _open()
    voor = _kaart(at)
    _stroom(at, "corporatie", "geld", 4, "Bijdrage aan de grond", van="provincie")
    assert not _fouten(at)
    k = _kaart(at)
    assert len(k.stromen) == len(voor.stromen) + 1
    assert k.stromen.iloc[-1][["van", "naar", "soort", "waarde", "omschrijving"]].tolist() == [
        "provincie",
        "corporatie",
        "geld",
        4,
        "Bijdrage aan de grond",
    ]
    assert k.stromen.iloc[:-1].equals(voor.stromen)
    # Kept for the next stroom: van, soort, waarde; cleared: naar and the omschrijving.
    assert _gekozen(at, "invoeren_stroom_van") == "provincie"
    assert _gekozen(at, "invoeren_stroom_soort") == "geld"
    assert _gekozen(at, "invoeren_stroom_waarde") == 4
    assert _gekozen(at, "invoeren_stroom_naar") is None
    assert at.text_input(key="invoeren_stroom_omschrijving").value == ""
    assert any(
        "Stroom toegevoegd: Provincie → Woningcorporatie" in _zichtbaar(c.value) for c in at.caption
    )

    # The next stroom of the same partner: only naar (and what differs) is chosen.
    _stroom(at, "opgave", "kennis")
    _stroom(at, "waterschap")
    assert not _fouten(at)
    nieuw = _kaart(at).stromen.iloc[-2:][["van", "naar", "soort", "waarde"]]
    assert nieuw.values.tolist() == [
        ["provincie", "opgave", "kennis", 4],
        ["provincie", "waterschap", "kennis", 4],
    ]


def test_snel_stroom_zonder_naar_geeft_melding_en_bewaart_niets():
    at = _open()
    voor = _kaart(at)
    versie = at.session_state["kaart_versie"]
    _kies(at, "invoeren_stroom_van", "provincie")
    _kies(at, "invoeren_stroom_soort", "geld")
    _knop(at, "Stroom toevoegen").click().run()
    assert not at.exception
    (fout,) = _fouten(at)
    assert "niet verwerkt" in fout and "Naar: is nog leeg" in fout
    assert _kaart(at) == voor and at.session_state["kaart_versie"] == versie
    assert _gekozen(at, "invoeren_stroom_van") == "provincie"  # nothing to choose again


def test_snel_stroom_van_en_naar_gelijk_geeft_melding():
    at = _open()
    voor = _kaart(at)
    _stroom(at, "provincie", "geld", van="provincie")
    assert any("Naar: van en naar zijn hetzelfde" in f for f in _fouten(at))
    assert _kaart(at) == voor


def test_snel_stroom_andere_soort():
    at = _open()
    at.text_input(key="invoeren_stroom_andere").input("Huisvesting")
    _stroom(at, "opgave", van="corporatie")
    assert not _fouten(at)
    assert _kaart(at).stromen.iloc[-1]["soort"] == "huisvesting"
    # The new soort is a choice now, and the chosen one; the text field is empty.
    assert _gekozen(at, "invoeren_stroom_soort") == "huisvesting"
    assert (
        "huisvesting"
        in next(w for w in at.button_group if w.key == "invoeren_stroom_soort").options
    )
    assert at.text_input(key="invoeren_stroom_andere").value == ""


def _afhankelijkheid(
    at: AppTest,
    van: str,
    waarvoor: str = "",
    sterkte: int | None = None,
    partner: str | None = None,
) -> AppTest:
    if partner is not None:
        _kies(at, "invoeren_afh_partner", partner)
    _kies(at, "invoeren_afh_van", van)
    if sterkte is not None:
        _kies(at, "invoeren_afh_sterkte", sterkte)
    at.text_input(key="invoeren_afh_waarvoor").input(waarvoor)
    _knop(at, "Afhankelijkheid toevoegen").click().run()
    assert not at.exception
    return at


def test_snel_afhankelijkheid_toevoegen_houdt_de_partner():
    at = _open()
    voor = _kaart(at)
    _afhankelijkheid(at, "gemeente", "vergunningen", 5, partner="ontwikkelaar")
    assert not _fouten(at)
    k = _kaart(at)
    assert len(k.afhankelijkheden) == len(voor.afhankelijkheden) + 1
    rij = k.afhankelijkheden.iloc[-1]
    assert [rij["partner"], rij["afhankelijk_van"], rij["waarvoor"], rij["sterkte"]] == [
        "ontwikkelaar",
        "gemeente",
        "vergunningen",
        5,
    ]
    assert _gekozen(at, "invoeren_afh_partner") == "ontwikkelaar"
    assert _gekozen(at, "invoeren_afh_sterkte") == 5
    assert _gekozen(at, "invoeren_afh_van") is None
    assert at.text_input(key="invoeren_afh_waarvoor").value == ""
    _afhankelijkheid(at, "provincie", "subsidie", 2)
    assert _kaart(at).afhankelijkheden.iloc[-1][["partner", "afhankelijk_van"]].tolist() == [
        "ontwikkelaar",
        "provincie",
    ]


@pytest.mark.parametrize(
    ("partner", "van", "melding"),
    [
        ("gemeente", "gemeente", "Afhankelijk van: partner en afhankelijk_van zijn hetzelfde"),
        ("gemeente", None, "Afhankelijk van: is nog leeg"),
        (None, "gemeente", "Partner: is nog leeg"),
    ],
)
def test_snel_afhankelijkheid_fout_geeft_melding_en_bewaart_niets(partner, van, melding):
    at = _open()
    voor = _kaart(at)
    if partner:
        _kies(at, "invoeren_afh_partner", partner)
    if van:
        _kies(at, "invoeren_afh_van", van)
    _knop(at, "Afhankelijkheid toevoegen").click().run()
    assert not at.exception
    fouten = _fouten(at)
    assert any(melding in f for f in fouten), fouten
    assert _kaart(at) == voor


def test_snel_belang_toevoegen_en_lege_omschrijving():
    at = _open()
    voor = _kaart(at)
    _kies(at, "invoeren_belang_partner", "bewoners")
    _kies(at, "invoeren_belang_houding", "schuurt")
    _knop(at, "Belang toevoegen").click().run()
    assert any("Omschrijving: is nog leeg" in f for f in _fouten(at))
    assert _kaart(at) == voor
    at.text_input(key="invoeren_belang_omschrijving").input("Groen blijft groen")
    _knop(at, "Belang toevoegen").click().run()
    assert not at.exception and not _fouten(at)
    rij = _kaart(at).belangen.iloc[-1]
    assert [rij["partner"], rij["omschrijving"], rij["soort"], rij["houding"]] == [
        "bewoners",
        "Groen blijft groen",
        "organisatie",
        "schuurt",
    ]
    assert _gekozen(at, "invoeren_belang_partner") == "bewoners"
    assert _gekozen(at, "invoeren_belang_houding") == "schuurt"


def _leeg_open(k: Kaart | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.session_state["kaart"] = k or Kaart(titel="Wijkaanpak Noord", opgave="Zorg in de wijk")
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception
    return at


def test_partners_meerdere_tegelijk_daarna_het_stroomformulier():
    at = _leeg_open()
    tab = at.session_state["invoeren_snel_tab"]
    assert tab == "Partners"
    at.text_area(key="invoeren_partners_namen").input("Gemeente\n  Wijkteam \n\nGGZ-instelling\n")
    _knop(at, "Partners toevoegen").click().run()
    assert not at.exception and not _fouten(at)
    k = _kaart(at)
    assert k.partners["naam"].tolist() == ["Gemeente", "Wijkteam", "GGZ-instelling"]
    assert k.partners["id"].tolist() == ["gemeente", "wijkteam", "ggz_instelling"]
    assert set(k.partners["type"]) == {"organisatie"}
    assert at.text_area(key="invoeren_partners_namen").value == ""
    # On to the stromen: the form's tab is open and offers the new partners.
    assert at.session_state["invoeren_snel_tab"] == "Stroom"
    van = next(w for w in at.button_group if w.key == "invoeren_stroom_van")
    assert van.options[1:] == ["Gemeente", "Wijkteam", "GGZ\\-instelling"]


@pytest.mark.parametrize(
    ("invoer", "melding"),
    [
        ("Wijkteam\nGemeente", '"Gemeente" staat al in rij 1'),
        ("Wijkteam\nwijkteam", "staat al in rij 2"),
        ("  \n ", "Namen: typ minstens één naam"),
    ],
)
def test_partners_fout_geeft_melding_en_bewaart_niets(invoer, melding):
    at = _leeg_open(kaart([{"id": "p1", "naam": "Gemeente"}], [], titel="T", opgave="O"))
    voor = _kaart(at)
    at.session_state["invoeren_snel_tab"] = "Partners"
    at.run()
    at.text_area(key="invoeren_partners_namen").input(invoer)
    _knop(at, "Partners toevoegen").click().run()
    assert not at.exception
    assert any(melding in f for f in _fouten(at)), _fouten(at)
    assert _kaart(at) == voor


def test_formulieren_engels():
    at = _open(taal="en")
    _kies(at, "invoeren_stroom_van", "provincie")
    _knop(at, "Add stream").click().run()
    assert any("To: is still empty" in f for f in _fouten(at))
    labels = [w.label for w in at.button_group]
    assert "From" in labels and "Weight (1–5)" in labels


def test_de_kaart_staat_naast_de_invoer():
    """The map in one column, the quick forms in the column beside it."""
    at = _open()
    (rechts,) = [c for c in at.main.columns if c.get("bidi_component")]
    assert any("De kaart tot nu toe" in m.value for m in rechts.markdown)
    links = [c for c in at.main.columns if any(b.label == "Stroom toevoegen" for b in c.button)]
    assert links and rechts not in links
    assert not rechts.button_group  # no form in the map's column


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
    assert [t.label for t in at.tabs] == [
        *["Partners", "Stream", "Dependency", "Interest"],  # the quick forms
        *["Partners", "Streams", "Dependencies", "Interests"],  # the tables
    ]
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
    the word in their text (worked out without systeem.bestanden.tabellen.zoek)."""
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


# --- the grids: kept while typing, empty cells empty, our own line for a new row -------


def test_raster_toont_lege_cellen_en_geen_streamlit_verplichting():
    """Empty cells show empty (not "None"), and no column is required for Streamlit
    (which would show its English "Please fill out this cell" and hold rows back)."""
    at = _open()
    assert len(at.data_editor) == 4
    for editor in at.data_editor:
        assert editor.proto.placeholder == ""
        kolommen = json.loads(editor.proto.columns)
        assert not [k for k, c in kolommen.items() if c.get("required")]


def test_raster_houdt_zijn_sleutel_bij_eigen_wijzigingen():
    """An edit applied from a grid does not rebuild that grid (a rebuilt grid loses
    what is being typed); its state then holds every edit since, as in the browser."""
    at = _open()
    sleutel = _sleutel(at, "partners")
    _bewerk(at, "partners", added_rows=[{"naam": "Wijkteam"}])
    assert _kaart(at).partners["naam"].iloc[-1] == "Wijkteam"
    assert _sleutel(at, "partners") == sleutel
    _bewerk(at, "partners", added_rows=[{"naam": "Wijkteam", "sector": "zorg"}, {"naam": "GGZ"}])
    k = _kaart(at)
    assert k.partners[["id", "naam", "sector"]].values.tolist()[-2:] == [
        ["wijkteam", "Wijkteam", "zorg"],
        ["ggz", "GGZ", ""],
    ]
    assert _sleutel(at, "partners") == sleutel and not _fouten(at)


def test_nieuwe_rij_houdt_zijn_id_ook_na_hernoemen():
    """A partner added in the grid, given a stroom in the form, then renamed in the
    grid: still the same partner, its stroom stays."""
    at = _open()
    _bewerk(at, "partners", added_rows=[{"naam": "Wijkteam"}])
    _stroom(at, "opgave", "personeel", 3, van="wijkteam")
    assert _kaart(at).stromen.iloc[-1]["van"] == "wijkteam"
    _bewerk(at, "partners", added_rows=[{"naam": "Wijkteam Noord"}])
    assert not _fouten(at) and not at.warning
    k = _kaart(at)
    assert k.partners[["id", "naam"]].values.tolist()[-1] == ["wijkteam", "Wijkteam Noord"]
    assert k.stromen.iloc[-1]["van"] == "wijkteam"


def test_wijziging_elders_begint_het_raster_opnieuw():
    at = _open()
    sleutel = _sleutel(at, "stromen")
    _stroom(at, "corporatie", "geld", 4, van="provincie")
    assert _sleutel(at, "stromen") != sleutel
    assert len(_editor(at, "stromen").value) == len(_kaart(at).stromen)


def test_onvolledige_nieuwe_rij_wacht_met_een_eigen_regel():
    at = _open()
    voor = _kaart(at)
    n = len(voor.stromen)
    _bewerk(at, "stromen", edited_rows={0: {"waarde": 1}}, added_rows=[{"van": "provincie"}])
    assert not _fouten(at)
    wachtend = [i.value for i in at.info if "telt nog niet mee" in i.value]
    assert wachtend == [f"Rij {n + 1} telt nog niet mee: vul ook Naar, Soort en Waarde (1–5) in."]
    k = _kaart(at)
    assert len(k.stromen) == n and k.stromen.loc[0, "waarde"] == 1  # the other edit applies
    _bewerk(
        at,
        "stromen",
        edited_rows={0: {"waarde": 1}},
        added_rows=[{"van": "provincie", "naar": "opgave", "soort": "geld", "waarde": 2}],
    )
    assert not [i for i in at.info if "telt nog niet mee" in i.value] and not _fouten(at)
    assert _kaart(at).stromen.iloc[-1][["van", "naar", "soort", "waarde"]].tolist() == [
        "provincie",
        "opgave",
        "geld",
        2,
    ]


def test_veel_partners_kiezen_uit_een_lijst():
    """Above PILLEN_MAX nodes a partner is chosen from a list; the van stays too."""
    groot = kaart([f"p{i}" for i in range(20)], [("p0", "opgave", 3)], titel="Regio")
    at = _leeg_open(groot)
    assert not [w for w in at.button_group if w.key == "invoeren_stroom_van"]
    at.selectbox(key="invoeren_stroom_van").set_value("p3")
    at.selectbox(key="invoeren_stroom_naar").set_value("p4")
    _kies(at, "invoeren_stroom_soort", "kennis")
    _knop(at, "Stroom toevoegen").click().run()
    assert not at.exception and not _fouten(at)
    assert _kaart(at).stromen.iloc[-1][["van", "naar", "soort", "waarde"]].tolist() == [
        "p3",
        "p4",
        "kennis",
        3,
    ]
    assert at.selectbox(key="invoeren_stroom_van").value == "p3"
    assert at.selectbox(key="invoeren_stroom_naar").value is None
