"""Tests of systeem.analyses.groepering: a kaart in which every sector is one partner."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import given, settings

from systeem.analyses import balans
from systeem.analyses.groepering import aantal_partners_per_sector, per_sector
from systeem.bestanden import voorbeelden
from systeem.model.kaart import OPGAVE, Kaart
from systeem.model.validatie import KaartFout, valideer
from tests import vijandig
from tests.conftest import kaart
from tests.kaartgenerator import kaart_docs
from tests.weergave_hulp import weergave


@pytest.fixture
def regio():
    """Two municipalities, three care providers, one partner without a sector.

    Worked out by hand below: the stromen z1->z2, z2->z1 (zorg, waarde 2 + 3) and
    g1->g2 (gemeente, waarde 1) stay within their sector and are dropped.
    """
    return kaart(
        [
            {"id": "g1", "naam": "Gemeente A", "sector": "Gemeente", "invloed": 4},
            {"id": "g2", "naam": "Gemeente B", "sector": "gemeente ", "invloed": 3},
            {"id": "z1", "naam": "Zorg X", "sector": "Zorg"},
            {"id": "z2", "naam": "Zorg Y", "sector": "Zorg", "invloed": 2},
            {"id": "z3", "naam": "Zorg Z", "sector": "zorg", "invloed": 4},
            {"id": "s", "naam": "Stichting"},
        ],
        [
            ("g1", OPGAVE, "geld", 5),
            ("g2", OPGAVE, "geld", 3),
            (OPGAVE, "z1", "klanten", 4),
            ("z1", "z2", "kennis", 2),
            ("z2", "z1", "kennis", 3),
            ("g1", "z1", "geld", 4),
            ("g2", "z3", "geld", 2),
            ("z3", "g1", "informatie", 1),
            ("s", "z2", "tijd", 2),
            ("g1", "g2", "positie", 1),
        ],
        opgave="Zorg dichtbij",
        afhankelijkheden=[
            {"partner": "z1", "afhankelijk_van": "g1", "sterkte": 4},
            {"partner": "z2", "afhankelijk_van": "g2", "sterkte": 5, "waarvoor": "geld"},
            {"partner": "g1", "afhankelijk_van": "z3", "sterkte": 2},
            {"partner": "z1", "afhankelijk_van": "z2", "sterkte": 3},
        ],
        belangen=[
            {"partner": "g1", "omschrijving": "grip", "soort": "organisatie", "houding": "steunt"}
        ],
        posities={"opgave": [0, 0], "g1": [10, 0]},
    )


ZORG, GEMEENTE, GEEN = "sector:Zorg", "sector:Gemeente", "sector:"


def test_sector_partners(regio):
    g = per_sector(regio)
    assert g.partners[["id", "naam", "type", "sector"]].values.tolist() == [
        [GEMEENTE, "Gemeente", "organisatie", "Gemeente"],
        [ZORG, "Zorg", "organisatie", "Zorg"],
        [GEEN, "Zonder sector", "organisatie", ""],
    ]
    # Mean invloed rounded half up: (4 + 3) / 2 = 3.5 -> 4; z1 has none: (2 + 4) / 2 = 3.
    assert g.partners["invloed"].tolist() == [4, 3, pd.NA]
    assert g.partners.loc[1, "toelichting"] == (
        "Partners in deze sector: 3. Stromen binnen de sector (niet op deze kaart): 2, "
        "samen waarde 5."
    )
    assert g.partners.loc[2, "toelichting"].startswith("Partners in deze sector: 1.")


def test_stromen_tussen_sectoren_opgeteld(regio):
    g = per_sector(regio)
    assert g.stromen[["van", "naar", "soort", "waarde"]].values.tolist() == [
        [GEMEENTE, OPGAVE, "geld", 8],
        [OPGAVE, ZORG, "klanten", 4],
        [GEMEENTE, ZORG, "geld", 6],
        [ZORG, GEMEENTE, "informatie", 1],
        [GEEN, ZORG, "tijd", 2],
    ]
    assert g.stromen["omschrijving"].tolist()[:2] == [
        "Stromen samengevoegd: 2",
        "Stromen samengevoegd: 1",
    ]
    assert g.stromen["tastbaar"].tolist() == [True, True, True, False, True]


def test_brengen_en_halen_per_sector_met_de_hand(regio):
    """brengen(sector) = sum over its partners - waarde within the sector; halen too."""
    t = balans.totalen(per_sector(regio))
    # gemeente: brengen 10 + 5 - 1 (g1->g2) = 14, halen 1 + 1 - 1 = 1
    # zorg: brengen 2 + 3 + 1 - 5 = 1, halen 11 + 4 + 2 - 5 = 12
    assert t.to_dict(orient="index") == {
        OPGAVE: {"brengen": 4, "halen": 8},
        GEMEENTE: {"brengen": 14, "halen": 1},
        ZORG: {"brengen": 1, "halen": 12},
        GEEN: {"brengen": 2, "halen": 0},
    }
    assert t.loc[OPGAVE].to_dict() == balans.totalen(regio).loc[OPGAVE].to_dict()


def test_afhankelijkheden_sterkste_per_paar(regio):
    g = per_sector(regio)
    assert g.afhankelijkheden[["partner", "afhankelijk_van", "sterkte"]].values.tolist() == [
        [ZORG, GEMEENTE, 5],
        [GEMEENTE, ZORG, 2],
    ]
    assert g.afhankelijkheden["waarvoor"].tolist()[0] == (
        "Afhankelijkheden samengevoegd: 2; de sterkste telt"
    )


def test_belangen_posities_scenarios_weg_kop_blijft(regio):
    g = per_sector(regio)
    assert len(g.belangen) == 0 and list(g.belangen.columns) == list(regio.belangen.columns)
    assert dict(g.posities) == {} and g.scenarios == ()
    assert (g.titel, g.opgave, g.toelichting) == (regio.titel, regio.opgave, regio.toelichting)
    # The input is not touched.
    assert len(regio.partners) == 6 and len(regio.stromen) == 10


def test_kolommen_en_types_als_een_kaart(regio):
    g = per_sector(regio)
    for naam in ("partners", "stromen", "afhankelijkheden", "belangen"):
        assert getattr(g, naam).dtypes.to_dict() == getattr(regio, naam).dtypes.to_dict()


def test_engels(regio):
    g = per_sector(regio, taal="en")
    assert g.partners["naam"].tolist()[-1] == "No sector"
    assert g.stromen["omschrijving"].iloc[0] == "Streams combined: 2"


def test_aantal_partners_per_sector(regio):
    aantal = aantal_partners_per_sector(regio)
    assert aantal.to_dict() == {"Gemeente": 2, "Zorg": 3, "": 1}
    assert aantal.name == "partners" and aantal.index.name == "sector"
    assert aantal.dtype == "int64"
    assert aantal_partners_per_sector(Kaart(titel="Leeg")).empty


def test_minimum_laat_kleine_sectoren_staan(regio):
    g = per_sector(regio, minimum=3)
    # Only zorg (3 partners) is grouped; gemeente (2) and the one without a sector stay.
    assert g.partners["id"].tolist() == [ZORG, "g1", "g2", "s"]
    assert (
        g.partners.iloc[1:]
        .reset_index(drop=True)
        .equals(regio.partners[regio.partners["id"].isin(["g1", "g2", "s"])].reset_index(drop=True))
    )
    assert [ZORG, "g1", "informatie", 1] in g.stromen[
        ["van", "naar", "soort", "waarde"]
    ].values.tolist()
    assert ["g1", "g2", "positie", 1] in g.stromen[
        ["van", "naar", "soort", "waarde"]
    ].values.tolist()
    assert per_sector(regio, minimum=100).partners.equals(regio.partners)


@pytest.mark.parametrize("minimum", [0, -1, True, 1.5, "2"])
def test_minimum_moet_een_positief_geheel_getal_zijn(regio, minimum):
    with pytest.raises(ValueError, match="minimum"):
        per_sector(regio, minimum=minimum)


# --- empty sectors ------------------------------------------------------------------


def test_alles_zonder_sector_wordt_een_partner():
    k = kaart(
        [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B", "sector": "   "}],
        [("a", "b", 3), ("a", OPGAVE, 2), (OPGAVE, "b", 1)],
    )
    g = per_sector(k, taal="en")
    assert g.partners[["id", "naam"]].values.tolist() == [[GEEN, "No sector"]]
    assert g.stromen[["van", "naar", "waarde"]].values.tolist() == [
        [GEEN, OPGAVE, 2],
        [OPGAVE, GEEN, 1],
    ]
    assert (
        "Streams within the sector (not on this map): 1, total weight 3."
        in (g.partners.loc[0, "toelichting"])
    )


def test_lege_kaart():
    g = per_sector(Kaart(titel="Leeg"))
    assert g.partners.empty and g.stromen.empty and g.afhankelijkheden.empty
    assert balans.balans(g).empty
    assert [n["id"] for n in weergave.vis_data(g)["nodes"]] == [OPGAVE]


def test_sector_zonder_stromen():
    k = kaart([{"id": "a", "naam": "A", "sector": "x"}, "b"], [("b", OPGAVE, 2)])
    b = balans.balans(per_sector(k))
    assert b.loc["sector:x", "klasse"] == balans.GEEN_STROMEN
    assert (
        "Stromen binnen de sector (niet op deze kaart): 0, samen waarde 0."
        in (per_sector(k).partners.loc[0, "toelichting"])
    )


# --- hostile names ------------------------------------------------------------------


def test_vijandige_sectornamen_blijven_tekst():
    namen = [*vijandig.PAYLOADS, "{partners}", "=1+1", "sector:x", "opgave", " Opgave"]
    partners = [{"id": f"p{i}", "naam": f"P{i}", "sector": s} for i, s in enumerate(namen)]
    stromen = [(f"p{i}", OPGAVE, "geld", 1) for i in range(len(namen))]
    k = kaart(partners, stromen)
    g = per_sector(k)
    # One sector per text, case and spaces ignored ("opgave" and " Opgave" are one).
    eerste = {}
    for s in namen:
        eerste.setdefault(" ".join(s.split()).casefold(), s.strip())
    verwacht = list(eerste.values())
    assert g.partners["naam"].tolist() == verwacht
    assert g.partners["id"].tolist() == ["sector:" + s for s in verwacht]
    assert OPGAVE not in set(g.partners["id"])
    # A "{partners}" sector is not read as a template.
    rij = g.partners[g.partners["naam"] == "{partners}"].iloc[0]
    assert rij["toelichting"].startswith("Partners in deze sector: 1.")
    # The map escapes the names: no payload reaches the page as markup.
    data = weergave.vis_data(g)
    assert {n["label"] for n in data["nodes"][1:]} == set(verwacht)
    pagina = weergave.html(g)
    assert "<script>window.__vijandig" not in pagina
    assert "<img src=x" not in pagina


def test_id_botst_niet_met_een_losse_partner():
    """With a minimum, a partner that stays may have an id like a sector partner's."""
    k = kaart(
        [
            {"id": "sector:zorg", "naam": "Eenling", "sector": "klein"},
            {"id": "a", "naam": "A", "sector": "zorg"},
            {"id": "b", "naam": "B", "sector": "zorg"},
        ],
        [("a", "sector:zorg", 2)],
    )
    g = per_sector(k, minimum=2)
    assert g.partners["id"].tolist() == ["~sector:zorg", "sector:zorg"]
    assert g.stromen[["van", "naar"]].values.tolist() == [["~sector:zorg", "sector:zorg"]]


# --- viewing only: balans and weergave work, validatie refuses --------------------------


def test_balans_en_weergave_werken_op_sommen_boven_vijf():
    partners = [{"id": f"p{i}", "naam": f"P{i}", "sector": "zorg"} for i in range(10)]
    k = kaart(partners, [(f"p{i}", OPGAVE, "personeel", 5) for i in range(10)])
    g = per_sector(k)
    assert g.stromen["waarde"].tolist() == [50]
    b = balans.balans(g)
    assert b.loc["sector:zorg", ["brengen", "halen"]].tolist() == [50, 0]
    data = weergave.vis_data(g)
    rand = data["edges"][0]
    assert rand["waarde"] == 50
    assert rand["width"] > 0
    json.dumps(data)
    # Never stored or validated: a summed waarde breaks the file rules on purpose.
    with pytest.raises(KaartFout):
        valideer(g.naar_dict())


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_voorbeelden(naam):
    k = voorbeelden.laad(naam)
    _controleer_sommen(k, per_sector(k))
    weergave.vis_data(per_sector(k))


@given(kaart_docs(max_partners=10, scenarios=False))
@settings(max_examples=60)
def test_sommen_kloppen_voor_elke_kaart(d):
    k = valideer(d)
    _controleer_sommen(k, per_sector(k))


def _controleer_sommen(k: Kaart, g: Kaart) -> None:
    """Per sector brengen/halen = sum over its partners minus the stromen within; the
    opgave unchanged; every stroom either within one sector or in a summed stroom."""
    per_partner = balans.totalen(k).drop(index=OPGAVE)
    sleutel = k.partners["sector"].str.strip().str.casefold().str.replace(r"\s+", " ", regex=True)
    groep = pd.Series(sleutel.to_numpy(), index=k.partners["id"].to_numpy())
    van, naar = k.stromen["van"].map(groep), k.stromen["naar"].map(groep)
    binnen = k.stromen["waarde"].where(van.notna() & (van == naar), 0)
    verwacht = per_partner.groupby(groep).sum()
    verwacht["brengen"] -= binnen.groupby(van).sum().reindex(verwacht.index, fill_value=0)
    verwacht["halen"] -= binnen.groupby(naar).sum().reindex(verwacht.index, fill_value=0)

    t = balans.totalen(g)
    sleutel_g = g.partners["sector"].str.casefold().str.replace(r"\s+", " ", regex=True)
    kreeg = t.drop(index=OPGAVE).set_axis(sleutel_g.to_numpy())
    assert kreeg.sort_index().to_dict() == verwacht.sort_index().to_dict()
    assert t.loc[OPGAVE].to_dict() == balans.totalen(k).loc[OPGAVE].to_dict()
    assert int(g.stromen["waarde"].sum()) == int(k.stromen["waarde"].sum() - binnen.sum())
    assert (
        len(g.partners)
        == k.partners["sector"]
        .str.strip()
        .str.casefold()
        .str.replace(r"\s+", " ", regex=True)
        .nunique()
    )
