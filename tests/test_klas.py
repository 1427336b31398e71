"""Tests of systeem.analyses.klas: the figures of a class of kaarten seen together."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from systeem.analyses import balans, klas, signalen
from systeem.model.kaart import Kaart
from systeem.model.schets import schets
from systeem.model.validatie import valideer
from tests.kaartgenerator import kaarten as kaart_strategie

#: B gives 2 to C: both out of balance by 1.0 (a tie, B first); A in balance.
GELIJK = schets("a b c", "a>opgave geld 2, opgave>a kennis 2, b>c tijd 2")
#: A brings 3 and takes 1: balans -0.5; B has no stromen.
HALF = schets("a b", "a>opgave geld 3, opgave>a kennis 1")
#: No stromen at all.
ZONDER = schets("a b")
#: A gives, B takes, C in balance; A depends on B.
AFHANKELIJK = schets(
    "a b c", "a>opgave geld 3, opgave>b geld 3, c>opgave geld 1, opgave>c geld 1", "a>b 4"
)
LEEG = schets("")


def test_kerncijfers_by_hand():
    assert klas.kerncijfers(GELIJK) == {
        "partners": 3,
        "stromen": 3,
        "uit_balans": 2,
        "grootste_onbalans": 1.0,
        "grootste_partner": "B",  # tie with C: the first in kaart order
    }
    assert klas.kerncijfers(HALF) == {
        "partners": 2,
        "stromen": 2,
        "uit_balans": 1,
        "grootste_onbalans": 0.5,
        "grootste_partner": "A",
    }


@pytest.mark.parametrize("kaart", [LEEG, ZONDER, schets("a", "a>opgave geld 1, opgave>a tijd 1")])
def test_kerncijfers_without_imbalance(kaart):
    cijfers = klas.kerncijfers(kaart)
    assert cijfers["uit_balans"] == 0
    assert cijfers["grootste_onbalans"] == 0.0
    assert cijfers["grootste_partner"] is None
    assert cijfers["partners"] == len(kaart.partners)


def test_kerncijfers_follow_the_drempel():
    assert klas.kerncijfers(HALF, drempel=0.6)["uit_balans"] == 0
    assert klas.kerncijfers(HALF, drempel=0.5)["uit_balans"] == 1  # boundary inclusive
    assert klas.kerncijfers(HALF, drempel=0.6)["grootste_partner"] == "A"  # still the largest


def test_kerncijfers_tabel_keeps_the_keys_and_their_order():
    t = klas.kerncijfers_tabel({"Bram - Wijk": HALF, "Anna": GELIJK, "leeg": LEEG})
    assert t.index.tolist() == ["Bram - Wijk", "Anna", "leeg"]
    assert list(t.columns) == list(klas.KERNCIJFERS)
    assert t["uit_balans"].tolist() == [1, 2, 0]
    assert t["grootste_partner"].tolist() == ["A", "B", None]
    assert t.dtypes.astype(str).to_dict() == klas.KERNCIJFERS


def test_kerncijfers_tabel_of_no_kaarten():
    t = klas.kerncijfers_tabel({})
    assert t.empty and list(t.columns) == list(klas.KERNCIJFERS)
    assert t.dtypes.astype(str).to_dict() == klas.KERNCIJFERS


def test_signaal_telling_by_hand():
    t = klas.signaal_telling({"1": GELIJK, "2": HALF, "3": ZONDER, "4": AFHANKELIJK})
    assert t.drop(columns="omschrijving").values.tolist() == [
        ["geeft_veel_meer", 3],
        ["geen_stromen", 2],  # ZONDER raises it twice: one kaart
        ["haalt_veel_meer", 2],
        ["systeem_uit_balans", 2],
        ["eenzijdige_afhankelijkheid", 1],
    ]
    assert t["omschrijving"].iloc[0] == "Een partner geeft veel meer dan hij haalt"


def test_signaal_telling_in_english_and_empty():
    t = klas.signaal_telling({"1": HALF}, taal="en")
    assert t["omschrijving"].tolist() == [
        "A partner gives far more than it takes",
        "A partner without streams",
    ]
    leeg = klas.signaal_telling({"1": LEEG})
    assert leeg.empty and list(leeg.columns) == ["signaal", "omschrijving", "kaarten"]
    assert list(klas.signaal_telling({}).columns) == ["signaal", "omschrijving", "kaarten"]


def test_every_signaal_code_has_a_short_text_in_both_languages():
    for code in signalen.CODES:
        teksten = []
        for taal in ("nl", "en"):
            t = klas.signaal_telling({"k": _met_signaal(code)}, taal=taal).set_index("signaal")
            teksten.append(t.loc[code, "omschrijving"])
        assert all(teksten) and teksten[0] != teksten[1]


def _met_signaal(code: str) -> Kaart:
    """A kaart that raises ``code``."""
    return {
        "geeft_veel_meer": HALF,
        "haalt_veel_meer": GELIJK,
        "geen_stromen": ZONDER,
        "eenzijdige_afhankelijkheid": AFHANKELIJK,
        "splitst_netwerk": schets("a b", "a>opgave geld 1, b>a geld 1"),
        "systeem_uit_balans": GELIJK,
    }[code]


def _partners(rijen: list[dict]) -> Kaart:
    """A kaart whose partners have the given type and sector, each giving 1 to the opgave
    unless ``geeft`` is False (then it gives and takes 1: in balance)."""
    stromen = []
    for r in rijen:
        stromen.append({"van": r["id"], "naar": "opgave", "soort": "geld", "waarde": 1})
        if not r.pop("geeft", True):
            stromen.append({"van": "opgave", "naar": r["id"], "soort": "geld", "waarde": 1})
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": "T",
            "partners": [{"naam": r["id"].upper(), **r} for r in rijen],
            "stromen": stromen,
        }
    )


def test_onbalans_per_sector_by_hand():
    k1 = _partners(
        [
            {"id": "a", "sector": "Zorg"},
            {"id": "b", "sector": " zorg  ", "geeft": False},
            {"id": "c", "sector": "Gemeente"},
            {"id": "d", "sector": "  "},
        ]
    )
    k2 = _partners(
        [
            {"id": "a", "sector": "ZORG", "geeft": False},
            {"id": "b", "sector": "", "geeft": False},
            {"id": "c", "sector": "Onderwijs", "geeft": False},
        ]
    )
    t = klas.onbalans_per_soort_partner({"1": k1, "2": k2}, kolom="sector")
    assert t.values.tolist() == [
        ["Gemeente", 1, 1, 1.0],
        ["", 2, 1, 0.5],
        ["Zorg", 3, 1, 1 / 3],  # written as first seen; case and spaces ignored
        ["Onderwijs", 1, 0, 0.0],
    ]


def test_onbalans_per_type_with_partners_without_a_type():
    k = _partners([{"id": "a", "type": "team"}, {"id": "b"}, {"id": "c"}, {"id": "d"}])
    partners = k.partners.assign(type=["team", "", None, " persoon "])
    zonder = k.met(partners=partners)
    t = klas.onbalans_per_soort_partner({"k": zonder})
    assert t.values.tolist() == [["", 2, 2, 1.0], ["persoon", 1, 1, 1.0], ["team", 1, 1, 1.0]]
    assert klas.onbalans_per_soort_partner({"k": k}).values.tolist() == [
        ["organisatie", 3, 3, 1.0],
        ["team", 1, 1, 1.0],
    ]


def test_onbalans_per_soort_partner_of_nothing_and_a_wrong_column():
    for kaarten in ({}, {"leeg": LEEG}):
        t = klas.onbalans_per_soort_partner(kaarten)
        assert t.empty
        assert list(t.columns) == ["soort_partner", "partners", "uit_balans", "aandeel"]
    assert klas.onbalans_per_soort_partner({"z": ZONDER}).values.tolist() == [
        ["organisatie", 2, 0, 0.0]
    ]
    with pytest.raises(ValueError):
        klas.onbalans_per_soort_partner({}, kolom="naam")


# ---------------------------------------------------------------------------
# Properties over generated kaarten, against a computation of their own.

klassen = st.lists(kaart_strategie, max_size=4).map(
    lambda ks: {f"deelnemer {i}": k for i, k in enumerate(ks)}
)
drempels = st.sampled_from([balans.DREMPEL, 0.1, 0.5, 1.0])


@given(klassen, drempels)
@settings(max_examples=40)
def test_kerncijfers_agree_with_the_balans_table(kaarten, drempel):
    t = klas.kerncijfers_tabel(kaarten, drempel)
    assert t.index.tolist() == list(kaarten)
    for sleutel, k in kaarten.items():
        systeem = balans.systeem(k, drempel)
        tabel = balans.balans(k, drempel)
        rij = t.loc[sleutel]
        assert rij["partners"] == systeem["partners"] == len(k.partners)
        assert rij["stromen"] == len(k.stromen)
        assert rij["uit_balans"] == systeem["uit_balans"]
        uitersten = [abs(v) for v in (systeem["laagste"], systeem["hoogste"]) if v is not None]
        assert rij["grootste_onbalans"] == pytest.approx(max(uitersten, default=0.0))
        if rij["grootste_onbalans"] > 0:
            eerste = tabel[tabel["balans"].abs() == tabel["balans"].abs().max()].iloc[0]
            assert rij["grootste_partner"] == eerste["naam"]
        else:
            assert rij["grootste_partner"] is None


@given(klassen, drempels)
@settings(max_examples=40)
def test_signaal_telling_counts_kaarten_per_code(kaarten, drempel):
    t = klas.signaal_telling(kaarten, drempel)
    verwacht = {
        code: sum(
            any(s.code == code for s in signalen.signalen(k, drempel)) for k in kaarten.values()
        )
        for code in signalen.CODES
    }
    assert dict(zip(t["signaal"], t["kaarten"], strict=True)) == {
        c: n for c, n in verwacht.items() if n
    }
    volgorde = sorted(zip(t["kaarten"], t["signaal"], strict=True), key=lambda r: (-r[0], r[1]))
    assert list(zip(t["kaarten"], t["signaal"], strict=True)) == volgorde


@given(klassen, drempels, st.sampled_from(klas.SOORT_KOLOMMEN))
@settings(max_examples=40)
def test_onbalans_per_soort_partner_sums_up(kaarten, drempel, kolom):
    t = klas.onbalans_per_soort_partner(kaarten, drempel, kolom)
    partners, uit = {}, {}
    for k in kaarten.values():
        klasse = balans.balans(k, drempel)["klasse"].tolist()
        for soort, kl in zip(k.partners[kolom].tolist(), klasse, strict=True):
            sleutel = " ".join(str(soort or "").split()).casefold()
            partners[sleutel] = partners.get(sleutel, 0) + 1
            uit[sleutel] = uit.get(sleutel, 0) + (kl in balans.UIT_BALANS)
    kreeg = t.assign(sleutel=t["soort_partner"].str.casefold()).set_index("sleutel")
    assert kreeg["partners"].to_dict() == partners
    assert kreeg["uit_balans"].to_dict() == uit
    assert sum(uit.values()) == sum(
        balans.systeem(k, drempel)["uit_balans"] for k in kaarten.values()
    )
    assert (kreeg["aandeel"] == kreeg["uit_balans"] / kreeg["partners"]).all()
    assert t["uit_balans"].is_monotonic_decreasing
    assert not t["soort_partner"].str.casefold().duplicated().any()
    assert isinstance(t, pd.DataFrame) and t.index.tolist() == list(range(len(t)))
