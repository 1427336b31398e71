"""Comparing two moments of a kaart (systeem/analyses/vergelijking.py)."""

from __future__ import annotations

import math

from systeem.analyses import vergelijking
from systeem.analyses.vergelijking import (
    GELIJK,
    NAAR_BALANS,
    NIEUW,
    ONBEPAALD,
    VAN_BALANS,
    VERTROKKEN,
    vergelijk,
)
from tests.conftest import kaart


def test_beweging_per_partner():
    toen = kaart(
        ["a", "b", "c", "d", "weg"],
        stromen=[
            ("a", "opgave", 4),  # a: -1 -> closer to balance
            ("opgave", "b", 2),
            ("b", "opgave", 2),  # b: 0 -> away from balance
            ("c", "opgave", 3),
            ("opgave", "c", 1),  # c: unchanged
            ("weg", "opgave", 1),
        ],
    )
    nu = kaart(
        ["a", "b", "c", "d", "nieuw"],
        stromen=[
            ("a", "opgave", 4),
            ("opgave", "a", 4),
            ("opgave", "b", 5),
            ("b", "opgave", 1),
            ("c", "opgave", 3),
            ("opgave", "c", 1),
            ("nieuw", "opgave", 2),
        ],
    )
    p = vergelijk(toen, nu).partners
    assert p["beweging"].to_dict() == {
        "a": NAAR_BALANS,
        "b": VAN_BALANS,
        "c": GELIJK,
        "d": ONBEPAALD,  # no stromen then nor now
        "nieuw": NIEUW,
        "weg": VERTROKKEN,
    }
    assert list(p.index) == ["a", "b", "c", "d", "nieuw", "weg"]  # now's order, then who left
    assert p.loc["a", "balans_toen"] == -1 and p.loc["a", "balans_nu"] == 0
    assert math.isclose(p.loc["b", "verschuiving"], 4 / 6)
    assert p.loc["a", "klasse_toen"] == "geeft_veel_meer" and p.loc["a", "klasse_nu"] == "in_balans"
    assert p.loc["nieuw", "klasse_toen"] is None and p.loc["weg", "klasse_nu"] is None
    assert p.loc["weg", "naam"] == "WEG"


def test_stromen_bijgekomen_verdwenen_en_anders_gewogen():
    toen = kaart(
        ["a", "b"],
        stromen=[
            ("a", "b", "geld", 3),
            ("a", "b", "geld", 2),  # the same key twice: paired in order
            ("b", "opgave", "kennis", 1),
        ],
    )
    nu = kaart(
        ["a", "b"],
        stromen=[
            ("a", "b", "geld", 3),
            ("a", "b", "geld", 4),
            ("opgave", "a", "positie", 2),
        ],
    )
    v = vergelijk(toen, nu)
    assert v.toegevoegd[["van_naam", "naar_naam", "soort", "waarde"]].values.tolist() == [
        ["Gedeelde opgave", "A", "positie", 2]
    ]
    assert v.verwijderd[["van", "naar", "soort", "waarde"]].values.tolist() == [
        ["b", "opgave", "kennis", 1]
    ]
    assert v.gewijzigd[["van", "naar", "waarde_toen", "waarde_nu"]].values.tolist() == [
        ["a", "b", 2, 4]
    ]


def test_een_kaart_met_zichzelf_vergeleken_verandert_niets():
    k = kaart(["a", "b"], stromen=[("a", "b", 3), ("b", "opgave", 2)])
    v = vergelijk(k, k)
    assert set(v.partners["beweging"]) == {GELIJK}
    assert v.toegevoegd.empty and v.verwijderd.empty and v.gewijzigd.empty
    assert (v.partners["verschuiving"] == 0).all()


def test_lege_kaarten():
    v = vergelijk(kaart([]), kaart([]))
    assert v.partners.empty and v.toegevoegd.empty
    assert list(v.toegevoegd.columns)[:5] == [*vergelijking.STROOM_SLEUTEL, "waarde"]
