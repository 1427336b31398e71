"""Tests of systeem.bestanden.tabellen: the kaart as editable tables and back."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systeem.bestanden import voorbeelden
from systeem.bestanden.tabellen import (
    LEEG,
    RIJ,
    ZICHTBAAR,
    VerwijderFout,
    bewerkbaar,
    met_kop,
    met_stroom,
    nieuw_id,
    samenvoegen,
    uit_tabellen,
    uitsnede,
    zoek,
)
from systeem.model.kaart import OPGAVE
from systeem.model.validatie import KaartFout
from tests.conftest import kaart


def _problemen(k, tabellen, **opties):
    with pytest.raises(KaartFout) as fout:
        uit_tabellen(k, tabellen, **opties)
    return [p.rij_tekst() for p in fout.value.problemen]


def _met_rij(frame: pd.DataFrame, rij: dict) -> pd.DataFrame:
    """The frame with one row added at the end, as an editor hands it back."""
    return pd.concat([frame.astype(object), pd.DataFrame([rij], dtype=object)], ignore_index=True)


@pytest.fixture
def klein():
    return kaart(
        [
            {"id": "a", "naam": "Alfa", "invloed": 3},
            {"id": "b", "naam": "Bravo"},
            {"id": "c", "naam": "Charlie"},
        ],
        [("a", "opgave", "geld", 3), ("opgave", "b", "kennis", 2), ("b", "c", 1)],
        opgave="Samen sterker",
        afhankelijkheden=[{"partner": "b", "afhankelijk_van": "a", "sterkte": 4}],
        belangen=[
            {
                "partner": "a",
                "omschrijving": "zichtbaar",
                "soort": "organisatie",
                "houding": "steunt",
            }
        ],
        posities={"opgave": [0, 0], "a": [10, 20], "b": [5, 5]},
    )


# --- round trip -----------------------------------------------------------------


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_round_trip_voorbeelden(naam):
    k = voorbeelden.laad(naam)
    assert uit_tabellen(k, bewerkbaar(k)) == k


def test_round_trip_houdt_kop_en_posities(klein):
    nieuw = uit_tabellen(klein, bewerkbaar(klein))
    assert nieuw == klein
    assert (nieuw.titel, nieuw.opgave) == (klein.titel, klein.opgave)
    assert dict(nieuw.posities) == dict(klein.posities)


def test_round_trip_van_wat_een_editor_teruggeeft(klein):
    """Floats for whole numbers, None/NaN/"" in empty optional cells, spaces around text."""
    t = bewerkbaar(klein)
    t["partners"] = t["partners"].astype(object)
    t["partners"]["invloed"] = [3.0, np.nan, None]
    t["partners"]["sector"] = ["", None, np.nan]
    t["stromen"] = t["stromen"].astype(object)
    t["stromen"]["waarde"] = t["stromen"]["waarde"].astype(float)
    t["stromen"]["soort"] = [" Geld", "kennis ", "geld"]
    assert uit_tabellen(klein, t) == klein


def test_tabellen_zijn_kopieen(klein):
    t = bewerkbaar(klein)
    t["stromen"].loc[0, "waarde"] = 5
    assert klein.stromen.loc[0, "waarde"] == 3


# --- edits ----------------------------------------------------------------------


def test_waarde_wijzigen(klein):
    t = bewerkbaar(klein)
    t["stromen"].loc[0, "waarde"] = 5
    assert uit_tabellen(klein, t).stromen["waarde"].tolist() == [5, 2, 1]


def test_alleen_gegeven_tabellen_veranderen(klein):
    stromen = bewerkbaar(klein)["stromen"].iloc[:1]
    nieuw = uit_tabellen(klein, {"stromen": stromen})
    assert len(nieuw.stromen) == 1
    assert nieuw.partners.equals(klein.partners)


def test_nieuwe_partner_krijgt_id_uit_naam(klein):
    partners = _met_rij(bewerkbaar(klein)["partners"], {"naam": "Gemeente Één", "id": None})
    nieuw = uit_tabellen(klein, {"partners": partners})
    rij = nieuw.partners.iloc[-1]
    assert (rij["id"], rij["naam"], rij["type"], rij["sector"]) == (
        "gemeente_een",
        "Gemeente Één",
        "organisatie",
        "",
    )
    assert pd.isna(rij["invloed"])


def test_nieuwe_ids_uniek_en_nooit_opgave(klein):
    partners = bewerkbaar(klein)["partners"]
    for naam in ["A", "a!", "Opgave", "Opgave ", "???"]:
        partners = _met_rij(partners, {"naam": naam})
    # Names must be unique: make them so while keeping the slugs colliding.
    partners.loc[3:, "naam"] = ["A", "a!", "Opgave", "Opgave 2", "???"]
    ids = uit_tabellen(klein, {"partners": partners}).partners["id"].tolist()
    assert ids[3:] == ["a_2", "a_3", "opgave_2", "opgave_2_2", "partner"]
    assert OPGAVE not in ids and len(set(ids)) == len(ids)


def test_nieuw_id_vermijdt_ids_van_verwijderde_partners(klein):
    partners = bewerkbaar(klein)["partners"].iloc[[0, 2]]  # Bravo deleted ...
    partners = _met_rij(partners, {"naam": "B"})  # ... and a new "B": not Bravo's id
    stromen = bewerkbaar(klein)["stromen"].iloc[[0]]
    afh = bewerkbaar(klein)["afhankelijkheden"].iloc[:0]
    nieuw = uit_tabellen(klein, {"partners": partners, "stromen": stromen, "afhankelijkheden": afh})
    assert nieuw.partners["id"].tolist() == ["a", "c", "b_2"]


@pytest.mark.parametrize(
    ("naam", "bezet", "verwacht"),
    [
        ("Gemeente Utrecht", set(), "gemeente_utrecht"),
        ("  UWV ", {"uwv"}, "uwv_2"),
        ("UWV", {"uwv", "uwv_2"}, "uwv_3"),
        ("opgave", set(), "opgave_2"),
        ("😀", set(), "partner"),
        ("Ça va – à Zürich", set(), "ca_va_a_zurich"),
    ],
)
def test_nieuw_id(naam, bezet, verwacht):
    assert nieuw_id(naam, bezet) == verwacht


def test_hernoemen_houdt_stromen(klein):
    t = bewerkbaar(klein)
    t["partners"].loc[1, "naam"] = "Bravo Nieuw"
    nieuw = uit_tabellen(klein, t)
    assert nieuw.partners["id"].tolist() == ["a", "b", "c"]
    assert nieuw.namen()["b"] == "Bravo Nieuw"
    assert nieuw.stromen.equals(klein.stromen)


def test_lege_nieuwe_rijen_tellen_niet(klein):
    t = bewerkbaar(klein)
    t["stromen"] = _met_rij(t["stromen"], {"tastbaar": None})
    t["partners"] = _met_rij(t["partners"], {"type": "organisatie"})
    t["belangen"] = _met_rij(t["belangen"], {"soort": "organisatie", "houding": "neutraal"})
    assert uit_tabellen(klein, t) == klein


def test_nieuwe_stroom_tastbaar_volgt_soort(klein):
    stromen = _met_rij(
        bewerkbaar(klein)["stromen"],
        {"van": "c", "naar": "a", "soort": "personeel", "waarde": 2.0, "tastbaar": None},
    )
    nieuw = uit_tabellen(klein, {"stromen": stromen})
    assert nieuw.stromen.iloc[-1].to_dict() == {
        "van": "c",
        "naar": "a",
        "soort": "personeel",
        "waarde": 2,
        "omschrijving": "",
        "tastbaar": True,
        "extra": "",
    }


# --- bad cells ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tabel", "rij", "veld", "waarde", "verwacht"),
    [
        ("stromen", 0, "waarde", 9, "stromen, rij 1, veld waarde: moet een geheel getal van 1 tot en met 5"),
        ("stromen", 1, "waarde", 0, "stromen, rij 2, veld waarde: moet een geheel getal van 1 tot en met 5"),
        ("stromen", 2, "waarde", 2.5, "stromen, rij 3, veld waarde: moet een geheel getal zijn, niet 2.5"),
        ("stromen", 2, "waarde", None, f"stromen, rij 3, veld waarde: {LEEG}"),
        ("stromen", 0, "naar", "a", 'stromen, rij 1, veld naar: van en naar zijn hetzelfde ("Alfa")'),
        ("stromen", 0, "van", None, f"stromen, rij 1, veld van: {LEEG}"),
        ("stromen", 0, "soort", "  ", f"stromen, rij 1, veld soort: {LEEG}"),
        ("stromen", 1, "tastbaar", "ja", 'stromen, rij 2, veld tastbaar: moet true of false zijn'),
        ("partners", 1, "naam", "", f"partners, rij 2, veld naam: {LEEG}"),
        ("partners", 2, "naam", " alfa", 'partners, rij 3, veld naam: "alfa" staat al in rij 1'),
        ("partners", 0, "invloed", 6, "partners, rij 1, veld invloed: moet een geheel getal van 0 tot en met 5"),
        ("partners", 0, "type", "bedrijf", 'partners, rij 1, veld type: moet een van "organisatie"'),
        ("afhankelijkheden", 0, "sterkte", 7, "afhankelijkheden, rij 1, veld sterkte: moet een geheel getal van 1 tot en met 5"),
        ("afhankelijkheden", 0, "afhankelijk_van", "b", 'afhankelijkheden, rij 1, veld afhankelijk_van: partner en afhankelijk_van zijn hetzelfde ("Bravo")'),
        ("belangen", 0, "houding", "boos", 'belangen, rij 1, veld houding: moet een van "steunt"'),
        ("belangen", 0, "omschrijving", None, f"belangen, rij 1, veld omschrijving: {LEEG}"),
    ],
)  # fmt: skip
def test_slechte_cel(klein, tabel, rij, veld, waarde, verwacht):
    t = bewerkbaar(klein)
    t[tabel] = t[tabel].astype(object)
    t[tabel].loc[rij, veld] = waarde
    problemen = _problemen(klein, t)
    assert len(problemen) == 1, problemen
    assert problemen[0].startswith(verwacht), problemen


def test_rij_telt_zoals_de_gebruiker_ziet(klein):
    """An empty added row that is skipped still counts for the rows after it."""
    stromen = bewerkbaar(klein)["stromen"]
    stromen = _met_rij(stromen, {"tastbaar": None})
    stromen = _met_rij(stromen, {"van": "a", "naar": "b", "soort": "geld", "waarde": 8})
    assert _problemen(klein, {"stromen": stromen}) == [
        "stromen, rij 5, veld waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 8"
    ]


def test_onvolledige_nieuwe_rij_noemt_elk_leeg_veld(klein):
    stromen = _met_rij(bewerkbaar(klein)["stromen"], {"van": "a"})
    assert _problemen(klein, {"stromen": stromen}) == [
        f"stromen, rij 4, veld naar: {LEEG}",
        f"stromen, rij 4, veld soort: {LEEG}",
        f"stromen, rij 4, veld waarde: {LEEG}",
    ]


def test_problemen_in_tabel_en_rij_volgorde(klein):
    t = bewerkbaar(klein)
    t["stromen"].loc[2, "waarde"] = 9
    t["stromen"].loc[0, "waarde"] = 9
    t["partners"].loc[1, "naam"] = "Alfa"
    problemen = _problemen(klein, t)
    assert [p.split(":")[0] for p in problemen] == [
        "partners, rij 2, veld naam",
        "stromen, rij 1, veld waarde",
        "stromen, rij 3, veld waarde",
    ]


def test_slechte_cel_laat_kaart_ongemoeid(klein):
    voor = klein.naar_dict()
    t = bewerkbaar(klein)
    t["stromen"].loc[0, "waarde"] = 9
    with pytest.raises(KaartFout):
        uit_tabellen(klein, t)
    assert klein.naar_dict() == voor


# --- deleting partners ------------------------------------------------------------


def test_verwijderen_met_verwijzingen_wordt_geweigerd(klein):
    partners = bewerkbaar(klein)["partners"].iloc[[0, 2]]
    with pytest.raises(VerwijderFout) as fout:
        uit_tabellen(klein, {"partners": partners})
    assert fout.value.gevolgen == {"b": ("Bravo", {"stromen": 2, "afhankelijkheden": 1})}
    assert fout.value.problemen[0].tekst.startswith(
        "Bravo wordt nog gebruikt in 2 stromen en 1 afhankelijkheid."
    )


def test_verwijderen_met_meeverwijderen(klein):
    partners = bewerkbaar(klein)["partners"].iloc[[0, 2]]
    nieuw = uit_tabellen(klein, {"partners": partners}, meeverwijderen=True)
    assert nieuw.partners["id"].tolist() == ["a", "c"]
    assert nieuw.stromen[["van", "naar"]].values.tolist() == [["a", "opgave"]]
    assert len(nieuw.afhankelijkheden) == 0
    assert len(nieuw.belangen) == 1
    assert "b" not in nieuw.posities


def test_verwijderen_zonder_verwijzingen_mag(klein):
    partners = bewerkbaar(klein)["partners"].iloc[:2]
    stromen = bewerkbaar(klein)["stromen"].iloc[:2]
    nieuw = uit_tabellen(klein, {"partners": partners, "stromen": stromen})
    assert nieuw.partners["id"].tolist() == ["a", "b"]


def test_verwijderen_na_opruimen_in_dezelfde_bewerking(klein):
    t = bewerkbaar(klein)
    t["partners"] = t["partners"].iloc[[0, 2]]
    t["stromen"] = t["stromen"].iloc[[0]]
    t["afhankelijkheden"] = t["afhankelijkheden"].iloc[:0]
    assert uit_tabellen(klein, t).partners["id"].tolist() == ["a", "c"]


def test_stroom_tussen_twee_verwijderde_partners_telt_eenmaal(klein):
    partners = bewerkbaar(klein)["partners"].iloc[[0]]
    with pytest.raises(VerwijderFout) as fout:
        uit_tabellen(klein, {"partners": partners})
    assert fout.value.gevolgen["b"][1]["stromen"] == 2
    assert fout.value.gevolgen["c"][1] == {"stromen": 1}


# --- quick form and kop -------------------------------------------------------------


def test_met_stroom(klein):
    nieuw = met_stroom(klein, "c", "opgave", "Netwerk", 4, " contacten ")
    assert nieuw.stromen.iloc[-1][["van", "naar", "soort", "waarde", "omschrijving"]].tolist() == [
        "c",
        "opgave",
        "netwerk",
        4,
        "contacten",
    ]
    assert len(nieuw.stromen) == len(klein.stromen) + 1


def test_met_stroom_fouten(klein):
    with pytest.raises(KaartFout) as fout:
        met_stroom(klein, None, "a", "", 9)
    assert [p.rij_tekst() for p in fout.value.problemen] == [
        f"stromen, rij 4, veld van: {LEEG}",
        f"stromen, rij 4, veld soort: {LEEG}",
        "stromen, rij 4, veld waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9",
    ]


def test_met_kop(klein):
    nieuw = met_kop(klein, "Nieuwe titel", "Nieuwe opgave")
    assert (nieuw.titel, nieuw.opgave) == ("Nieuwe titel", "Nieuwe opgave")
    assert nieuw.stromen.equals(klein.stromen)
    with pytest.raises(KaartFout, match="titel: mag niet leeg zijn"):
        met_kop(klein, "  ", "x")


# --- property ------------------------------------------------------------------------

_namen = st.text(min_size=1, max_size=12).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(_namen, min_size=1, max_size=8, unique_by=lambda s: " ".join(s.split()).casefold()))
def test_nieuwe_partners_altijd_geldig_en_uniek(namen):
    """Any set of distinct names becomes partners with unique, non-reserved ids, and
    the kaart survives another round trip unchanged."""
    k = kaart(["opgave_2", "a"], [("a", "opgave", 3)])
    partners = bewerkbaar(k)["partners"]
    for naam in namen:
        partners = _met_rij(partners, {"naam": naam})
    try:
        nieuw = uit_tabellen(k, {"partners": partners})
    except KaartFout as fout:  # only a clash with an existing name may stop it
        assert all("staat al in rij" in p.tekst for p in fout.problemen), fout
        return
    ids = nieuw.partners["id"]
    assert ids.is_unique and OPGAVE not in set(ids)
    assert nieuw.partners["naam"].tolist()[2:] == [n.strip() for n in namen]
    assert uit_tabellen(nieuw, bewerkbaar(nieuw)) == nieuw


# --- filtered views: zoek, uitsnede, samenvoegen ------------------------------------


@pytest.fixture
def regio():
    return kaart(
        [
            {"id": "gem", "naam": "Gemeente Één", "sector": "Publiek"},
            {"id": "zorg", "naam": "Zorgaanbieder", "sector": "zorg", "toelichting": "groot"},
            {"id": "school", "naam": "School (VO)", "sector": "onderwijs"},
            {"id": "wijk", "naam": "Wijkteam", "sector": "Zorg"},
        ],
        [
            {"van": "gem", "naar": "opgave", "soort": "geld", "waarde": 5},
            {"van": "zorg", "naar": "gem", "soort": "kennis", "waarde": 2},
            {"van": "opgave", "naar": "school", "soort": "positie", "waarde": 3},
            {
                "van": "wijk",
                "naar": "zorg",
                "soort": "klanten",
                "waarde": 4,
                "omschrijving": "verwijzingen [*]",
            },
            {"van": "school", "naar": "wijk", "soort": "informatie", "waarde": 1},
        ],
        opgave="Jeugd in de wijk",
        afhankelijkheden=[
            {"partner": "zorg", "afhankelijk_van": "gem", "sterkte": 5, "waarvoor": "budget"},
            {"partner": "wijk", "afhankelijk_van": "school", "sterkte": 2},
        ],
        belangen=[
            {
                "partner": "school",
                "omschrijving": "rust",
                "soort": "organisatie",
                "houding": "neutraal",
            },
        ],
    )


def _rijen(treffers):
    return {naam: rijen.tolist() for naam, rijen in treffers.items()}


def test_zoek_op_naam_vindt_ook_verwijzingen(regio):
    assert _rijen(zoek(regio, "gemeente")) == {
        "partners": [0],
        "stromen": [0, 1],
        "afhankelijkheden": [0],
        "belangen": [],
    }


@pytest.mark.parametrize(
    ("zoekterm", "stromen"),
    [
        ("ZORG", [1, 3]),  # name, any case
        ("een", [0, 1]),  # accents do not count: Één
        ("  gemeente   één ", [0, 1]),  # extra spaces do not count
        ("school", [2, 4]),  # id and name
        ("kennis", [1]),  # soort
        ("[*]", [3]),  # omschrijving, taken literally (no pattern)
        ("jeugd", [0, 2]),  # the opgave by its text ...
        ("opgave", [0, 2]),  # ... and by its id
        ("wijk klanten", [3]),  # every word, in any field
        ("wijkteam geld", []),  # "wijk" alone is in the opgave text
        ("(", [2, 4]),  # School (VO): a bracket is plain text
        ("((", []),
    ],
)
def test_zoek_in_stromen(regio, zoekterm, stromen):
    assert zoek(regio, zoekterm)["stromen"].tolist() == stromen


def test_zoek_sector_toelichting_waarvoor_belang(regio):
    assert zoek(regio, "zorg")["partners"].tolist() == [1, 3]  # sector, both spellings
    assert zoek(regio, "groot")["partners"].tolist() == [1]  # toelichting
    assert zoek(regio, "budget")["afhankelijkheden"].tolist() == [0]  # waarvoor
    assert zoek(regio, "rust")["belangen"].tolist() == [0]


@pytest.mark.parametrize("leeg", ["", "   "])
def test_lege_zoekterm_toont_alles(regio, leeg):
    assert _rijen(zoek(regio, leeg)) == {
        naam: list(range(len(getattr(regio, naam))))
        for naam in ("partners", "stromen", "afhankelijkheden", "belangen")
    }


def _view(regio, zoekterm="zorg"):
    volledig = bewerkbaar(regio)["stromen"]
    zichtbaar = zoek(regio, zoekterm)["stromen"]
    return volledig, zichtbaar, uitsnede(volledig, zichtbaar)


def test_uitsnede(regio):
    volledig, zichtbaar, view = _view(regio)
    assert zichtbaar.tolist() == [1, 3]
    assert view.index.tolist() == [0, 1]
    assert view[RIJ].tolist() == [1, 3]
    assert view.drop(columns=RIJ).equals(volledig.loc[[1, 3]].reset_index(drop=True))


def test_samenvoegen_zonder_wijziging_geeft_de_volledige_tabel(regio):
    volledig, zichtbaar, view = _view(regio)
    samen = samenvoegen(volledig, zichtbaar, view)
    assert samen.drop(columns=ZICHTBAAR).equals(volledig)
    assert samen[ZICHTBAAR].tolist() == [pd.NA, 0, pd.NA, 1, pd.NA]


def test_samenvoegen_bewerking_raakt_alleen_die_rij(regio):
    volledig, zichtbaar, view = _view(regio)
    view.loc[1, "waarde"] = 1  # the second row of the view: stroom 3 (wijk -> zorg)
    samen = samenvoegen(volledig, zichtbaar, view)
    verwacht = volledig.copy()
    verwacht.loc[3, "waarde"] = 1
    assert samen.drop(columns=ZICHTBAAR).equals(verwacht)
    assert uit_tabellen(regio, {"stromen": samen}).stromen["waarde"].tolist() == [5, 2, 3, 1, 1]


def test_samenvoegen_verwijdert_alleen_de_verwijderde_rij(regio):
    volledig, zichtbaar, view = _view(regio)
    samen = samenvoegen(volledig, zichtbaar, view.drop(index=0))  # stroom 1 deleted
    assert samen.drop(columns=ZICHTBAAR).equals(volledig.drop(index=1).reset_index(drop=True))
    assert samen[ZICHTBAAR].tolist() == [pd.NA, pd.NA, 0, pd.NA]


def test_samenvoegen_nieuwe_rij_achteraan(regio):
    volledig, zichtbaar, view = _view(regio)
    # As the editor does it: delete the last row of the view and add one.  The new
    # row gets the deleted row's index (1); only the empty RIJ tells them apart.
    view = view.drop(index=1)
    view.loc[1] = {"van": "zorg", "naar": "opgave", "soort": "tijd", "waarde": 2, RIJ: None}
    samen = samenvoegen(volledig, zichtbaar, view)
    assert samen[["van", "naar", "soort"]].values.tolist() == [
        ["gem", "opgave", "geld"],
        ["zorg", "gem", "kennis"],
        ["opgave", "school", "positie"],
        ["school", "wijk", "informatie"],
        ["zorg", "opgave", "tijd"],
    ]
    assert samen[ZICHTBAAR].tolist() == [pd.NA, 0, pd.NA, pd.NA, 1]
    nieuw = uit_tabellen(regio, {"stromen": samen})
    assert nieuw.stromen.iloc[-1]["waarde"] == 2 and len(nieuw.stromen) == 5


def test_samenvoegen_verborgen_rijen_blijven_precies_gelijk(regio):
    volledig, zichtbaar, view = _view(regio)
    view["waarde"] = view["waarde"].astype(object)  # as an editor may hand it back
    view.loc[0, "waarde"] = 3.5  # odd: the column stays object for validation to name
    samen = samenvoegen(volledig, zichtbaar, view)
    verborgen = samen[samen[ZICHTBAAR].isna()].drop(columns=ZICHTBAAR)
    assert verborgen.values.tolist() == volledig.drop(index=zichtbaar).values.tolist()
    assert samen["waarde"].dtype == object and samen["van"].dtype == volledig["van"].dtype


def test_samenvoegen_melding_noemt_de_rij_in_de_weergave(regio):
    volledig, zichtbaar, view = _view(regio)
    view.loc[1, "waarde"] = 9
    samen = samenvoegen(volledig, zichtbaar, view)
    with pytest.raises(KaartFout) as fout:
        uit_tabellen(regio, {"stromen": samen})
    (probleem,) = fout.value.problemen
    assert probleem.rij == 3  # the full table ...
    assert samen.loc[probleem.rij, ZICHTBAAR] == 1  # ... is row 2 of the view


def test_samenvoegen_partners_nieuwe_en_verwijderde(regio):
    volledig = bewerkbaar(regio)["partners"]
    zichtbaar = zoek(regio, "school")["partners"]
    view = uitsnede(volledig, zichtbaar)
    view = pd.concat([view, pd.DataFrame([{"naam": "Bibliotheek"}])], ignore_index=True)
    samen = samenvoegen(volledig, zichtbaar, view.drop(index=0))
    with pytest.raises(VerwijderFout):
        uit_tabellen(regio, {"partners": samen})
    nieuw = uit_tabellen(regio, {"partners": samen}, meeverwijderen=True)
    assert nieuw.partners["id"].tolist() == ["gem", "zorg", "wijk", "bibliotheek"]
    assert "school" not in set(nieuw.stromen["van"]) | set(nieuw.stromen["naar"])


def test_samenvoegen_weigert_onbekende_rij(regio):
    volledig, zichtbaar, view = _view(regio)
    view.loc[0, RIJ] = 0  # row 0 was not shown
    with pytest.raises(ValueError, match="niet"):
        samenvoegen(volledig, zichtbaar, view)


@settings(max_examples=80, deadline=None)
@given(
    st.integers(0, 8),
    st.data(),
)
def test_samenvoegen_eigenschap(n, data):
    """Any view, any edits, deletions and additions: the merge equals doing the same to
    a plain list of rows."""
    volledig = pd.DataFrame({"naam": [f"r{i}" for i in range(n)], "waarde": range(n)}).astype(
        {"naam": "str", "waarde": "Int64"}
    )
    zichtbaar = pd.Index(
        data.draw(st.permutations(range(n)).map(lambda p: sorted(p[: len(p) // 2 + 1])))
        if n
        else [],
        dtype="int64",
    )
    view = uitsnede(volledig, zichtbaar)
    rijen = {int(i): (f"r{i}", i) for i in range(n)}  # the expected result
    for pos in data.draw(
        st.sets(st.integers(0, max(len(view) - 1, 0))) if len(view) else st.just(set())
    ):
        view.loc[pos, "waarde"] = 100 + pos
        rijen[int(view.loc[pos, RIJ])] = (rijen[int(view.loc[pos, RIJ])][0], 100 + pos)
    weg = data.draw(st.sets(st.sampled_from(range(len(view)))) if len(view) else st.just(set()))
    for pos in weg:
        del rijen[int(view.loc[pos, RIJ])]
    view = view.drop(index=sorted(weg))
    extra = data.draw(st.integers(0, 2))
    toegevoegd = pd.DataFrame({"naam": [f"n{j}" for j in range(extra)], "waarde": [50] * extra})
    view = pd.concat([view, toegevoegd], ignore_index=True)
    samen = samenvoegen(volledig, zichtbaar, view)
    verwacht = [list(v) for _, v in sorted(rijen.items())] + [[f"n{j}", 50] for j in range(extra)]
    assert samen[["naam", "waarde"]].values.tolist() == verwacht
    assert samen["waarde"].dtype == "Int64"
    # Every row of the view has its place, counted as the user sees it.
    assert sorted(samen[ZICHTBAAR].dropna().tolist()) == list(range(len(view)))
