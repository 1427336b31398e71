"""Beelden compared (systeem/analyses/beelden.py): every figure worked out by hand on a
small kaart with three beelden (a zelfbeeld, another partner's and an observer's, a
stroom only two beelden have, ties), and properties on generated kaarten against a
plain-Python reference: one beeld gives today's balance exactly, identical beelden have
no gap, a merge with k = 1 holds every stroom of every beeld."""

from __future__ import annotations

import math
from collections import defaultdict
from statistics import median

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem.analyses import balans
from systeem.analyses.beelden import (
    balans_per_beeld,
    kloof,
    samenvoegen,
    stromen_vergeleken,
    verschillen,
)
from systeem.model.schets import schets
from tests.kaartgenerator import kaarten

KAART = schets("a b c")
BEELDEN = {
    # a's own view: it brings geld 4 and gets kennis 2 and personeel 2 from b.
    "A zelf": schets(
        "a b c", "a>opgave geld 4, opgave>a kennis 2, b>a personeel 2, c>opgave tijd 3"
    ).stromen,
    # b sees a getting more kennis and bringing less geld.
    "B ziet": schets(
        "a b c", "a>opgave geld 2, opgave>a kennis 4, b>a personeel 2, c>opgave tijd 3"
    ).stromen,
    # An observer misses b's personeel and sees c bring less.
    "waarnemer": schets("a b c", "a>opgave geld 3, opgave>a kennis 3, c>opgave tijd 1").stromen,
}
NAMENS = {"A zelf": "a", "B ziet": "b", "waarnemer": None}


def test_stromen_vergeleken_met_de_hand():
    t = stromen_vergeleken(BEELDEN)
    assert t[["van", "naar", "soort"]].values.tolist() == [
        ["b", "a", "personeel"],  # in two of three beelden: the least agreement first
        ["a", "opgave", "geld"],  # then, all in three, the largest spread first (ties: order)
        ["opgave", "a", "kennis"],
        ["c", "opgave", "tijd"],
    ]
    assert t["beelden"].tolist() == [2, 3, 3, 3]
    assert t["aandeel"].round(4).tolist() == [0.6667, 1.0, 1.0, 1.0]
    assert t[["laagste", "mediaan", "hoogste", "spreiding"]].values.tolist() == [
        [2, 2.0, 2, 0],
        [2, 3.0, 4, 2],
        [2, 3.0, 4, 2],
        [1, 3.0, 3, 2],
    ]
    assert t["in"].tolist()[0] == ["A zelf", "B ziet"]


def test_balans_per_beeld_met_de_hand():
    t = balans_per_beeld(KAART, BEELDEN)
    assert list(t.columns) == ["A zelf", "B ziet", "waarnemer", "mediaan"]
    # a: (4 - 4) / 8 = 0; (6 - 2) / 8 = 0.5; (3 - 3) / 6 = 0; median 0.
    assert t.loc["a"].tolist() == [0.0, 0.5, 0.0, 0.0]
    # b only brings (personeel 2) where it has stromen; the observer sees none of b.
    assert t.loc["b", ["A zelf", "B ziet", "mediaan"]].tolist() == [-1.0, -1.0, -1.0]
    assert math.isnan(t.loc["b", "waarnemer"])
    assert t.loc["c"].tolist() == [-1.0, -1.0, -1.0, -1.0]


def test_kloof_met_de_hand():
    t = kloof(KAART, BEELDEN, NAMENS)
    # a sees itself in balance (0), the others 0.5 and 0: median 0.25, gap -0.25.
    # b sees itself at -1, the others -1 and nothing: gap 0.  c has no zelfbeeld.
    assert list(t.index) == ["a", "b"]
    assert t.loc["a", ["beeld", "zelf", "anderen", "kloof"]].tolist() == [
        "A zelf",
        0.0,
        0.25,
        -0.25,
    ]
    assert t.loc["b", ["zelf", "anderen", "kloof"]].tolist() == [-1.0, -1.0, 0.0]


def test_samenvoegen_met_de_hand():
    drie = samenvoegen(KAART, BEELDEN, k=3).stromen
    assert drie[["van", "naar", "soort", "waarde"]].values.tolist() == [
        ["a", "opgave", "geld", 3],
        ["opgave", "a", "kennis", 3],
        ["c", "opgave", "tijd", 3],
    ]
    twee = samenvoegen(KAART, BEELDEN, k=2)
    assert len(twee.stromen) == 4 and twee.partners.equals(KAART.partners)
    assert twee.stromen.dtypes.equals(KAART.stromen.dtypes)
    with pytest.raises(ValueError):
        samenvoegen(KAART, BEELDEN, k=4)
    with pytest.raises(ValueError):
        samenvoegen(KAART, BEELDEN, k=0)


def test_een_halve_mediaan_rondt_naar_boven():
    beelden = {
        "x": schets("a", "a>opgave geld 3").stromen,
        "y": schets("a", "a>opgave geld 4").stromen,
    }
    t = stromen_vergeleken(beelden)
    assert t[["beelden", "laagste", "mediaan", "hoogste"]].values.tolist() == [[2, 3, 3.5, 4]]
    assert samenvoegen(schets("a"), beelden).stromen["waarde"].tolist() == [4]


def test_een_herhaalde_stroom_past_bij_de_zoveelste_van_een_ander_beeld():
    beelden = {
        "x": schets("a", "a>opgave geld 3").stromen,
        "y": schets("a", "a>opgave geld 2, a>opgave geld 5").stromen,
    }
    t = stromen_vergeleken(beelden)
    assert t[["nr", "beelden", "laagste", "hoogste"]].values.tolist() == [
        [1, 1, 5, 5],
        [0, 2, 2, 3],
    ]
    samen = samenvoegen(schets("a"), beelden).stromen
    assert samen["waarde"].tolist() == [3, 5]  # median 2.5 rounds up to 3; the second as is
    assert verschillen(schets("a"), beelden)["wie"].tolist() == [
        "a>opgave geld (2)",
        "a>opgave geld",
    ]


def test_lege_beelden():
    assert stromen_vergeleken({}).empty
    leeg = {"x": schets("a b").stromen, "y": schets("a b").stromen}
    assert stromen_vergeleken(leeg).empty
    assert balans_per_beeld(KAART, leeg)["mediaan"].isna().all()
    assert kloof(KAART, leeg, {"x": "a"})["kloof"].isna().all()
    assert samenvoegen(KAART, leeg).stromen.empty
    assert samenvoegen(KAART, {}).stromen.empty


def test_een_onbekende_of_dubbele_namens_telt_niet():
    t = kloof(KAART, BEELDEN, {"A zelf": "a", "B ziet": "a", "waarnemer": "onbekend"})
    assert list(t.index) == ["a"] and t.loc["a", "beeld"] == "A zelf"


def test_verschillen_met_de_hand():
    t = verschillen(KAART, BEELDEN, NAMENS)
    assert t[["soort", "wie"]].values.tolist() == [
        ["spreiding", "a>opgave geld"],  # 2 points apart: 2 / 4 = 0.5
        ["spreiding", "opgave>a kennis"],
        ["spreiding", "c>opgave tijd"],
        ["ontbreekt", "b>a personeel"],  # in 2 of 3: 1 - 2/3
        ["uiteen", "a"],  # 0 to 0.5: 0.5 / 2
        ["zelfbeeld", "a"],  # gap -0.25: 0.25 / 2; b's gap is 0, c has no zelfbeeld
    ]
    assert t["grootte"].round(4).tolist() == [0.5, 0.5, 0.5, 0.3333, 0.25, 0.125]
    assert t["zin"].tolist() == [
        "A → Gedeelde opgave (geld): de beelden wegen deze stroom van 2 tot 4 punten.",
        "Gedeelde opgave → A (kennis): de beelden wegen deze stroom van 2 tot 4 punten.",
        "C → Gedeelde opgave (tijd): de beelden wegen deze stroom van 1 tot 3 punten.",
        "B → A (personeel): 2 van de 3 beelden zien deze stroom.",
        "Over A lopen de beelden uiteen: balans 0,00 in 'A zelf', 0,50 in 'B ziet'.",
        "Eigen beeld van A: in balans (balans 0,00). De andere beelden: in balans (0,25).",
    ]
    engels = verschillen(KAART, BEELDEN, NAMENS, taal="en")["zin"].tolist()
    assert engels[3] == "B → A (staff): 2 of the 3 views see this stream."
    assert (
        engels[-1] == "A's own view: in balance (balance 0.00). The other views: in balance (0.25)."
    )


def test_geen_verschillen_zonder_beelden_of_bij_gelijke_beelden():
    assert verschillen(KAART, {}).empty
    gelijk = {"x": BEELDEN["A zelf"], "y": BEELDEN["A zelf"].copy()}
    assert verschillen(KAART, gelijk, {"x": "a"}).empty


# ---------------------------------------------------------------------------
# Properties on generated kaarten.


@st.composite
def kaart_met_beelden(draw):
    """A generated kaart and one to four beelden of it: each a subset of its stromen with
    waarden of 1 to 5 (a beeld may be empty; self-loops and stromen apart from the opgave
    come with the generator)."""
    kaart = draw(kaarten)
    n = len(kaart.stromen)
    beelden = {}
    for i in range(draw(st.integers(1, 4))):
        houd = draw(st.lists(st.booleans(), min_size=n, max_size=n))
        waarden = draw(st.lists(st.integers(1, 5), min_size=n, max_size=n))
        deel = kaart.stromen.assign(waarde=pd.Series(waarden, dtype="int64").to_numpy())
        beelden[f"beeld {i}"] = deel[pd.Series(houd, dtype=bool).to_numpy()].reset_index(drop=True)
    return kaart, beelden


def _sleutels(stromen):
    """The stromen's identities as the reference makes them (van, naar, soort, nr)."""
    nr = stromen.groupby(["van", "naar", "soort"], sort=False).cumcount()
    return set(zip(stromen["van"], stromen["naar"], stromen["soort"], nr, strict=True))


def _referentie(beelden):
    """Per stroom identity: the waarden per beeld, in plain Python."""
    per = defaultdict(dict)
    for naam, stromen in beelden.items():
        gezien = defaultdict(int)
        for van, naar, soort, waarde in stromen[["van", "naar", "soort", "waarde"]].itertuples(
            index=False
        ):
            nr = gezien[(van, naar, soort)]
            gezien[(van, naar, soort)] += 1
            per[(van, naar, soort, nr)][naam] = int(waarde)
    return per


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_met_beelden())
def test_stromen_vergeleken_als_de_referentie(gegeven):
    _, beelden = gegeven
    ref = _referentie(beelden)
    t = stromen_vergeleken(beelden)
    assert len(t) == len(ref)
    for rij in t.to_dict("records"):
        waarden = ref[(rij["van"], rij["naar"], rij["soort"], rij["nr"])]
        assert rij["beelden"] == len(waarden)
        assert rij["aandeel"] == pytest.approx(len(waarden) / len(beelden))
        assert (rij["laagste"], rij["hoogste"]) == (min(waarden.values()), max(waarden.values()))
        assert rij["mediaan"] == pytest.approx(median(waarden.values()))
        assert rij["spreiding"] == rij["hoogste"] - rij["laagste"]
        assert rij["in"] == [b for b in beelden if b in waarden]
    assert (t["aandeel"].diff().dropna() >= 0).all()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaarten)
def test_een_beeld_geeft_de_balans_van_vandaag(kaart):
    t = balans_per_beeld(kaart, {"enig": kaart.stromen})
    vandaag = balans.balans(kaart)["balans"]
    pd.testing.assert_series_equal(t["enig"], vandaag, check_names=False, check_index_type=False)
    pd.testing.assert_series_equal(t["mediaan"], vandaag, check_names=False, check_index_type=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_met_beelden())
def test_gelijke_beelden_hebben_geen_kloof(gegeven):
    kaart, beelden = gegeven
    eerste = next(iter(beelden.values()))
    gelijk = {"zelf": eerste, "ander": eerste.copy(), "derde": eerste.copy()}
    partner = kaart.partners["id"].iloc[0] if len(kaart.partners) else None
    t = kloof(kaart, gelijk, {"zelf": partner})
    assert ((t["kloof"] == 0) | t["kloof"].isna()).all()
    assert verschillen(kaart, gelijk, {"zelf": partner}).empty


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_met_beelden())
def test_samenvoegen_met_k_1_heeft_elke_stroom(gegeven):
    kaart, beelden = gegeven
    samen = samenvoegen(kaart, beelden, k=1).stromen
    ref = _referentie(beelden)
    assert _sleutels(samen) == set(ref)
    assert samen["waarde"].between(1, 5).all()
    alle = samenvoegen(kaart, beelden, k=len(beelden)).stromen
    gedeeld = {s for s, w in ref.items() if len(w) == len(beelden)}
    assert _sleutels(alle) == gedeeld
