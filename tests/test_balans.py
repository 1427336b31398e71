"""The balance model, checked against figures worked out by hand."""

from __future__ import annotations

import math

import pytest

from systeem.analyses import balans
from tests.conftest import kaart


def rij(k, pid, drempel=balans.DREMPEL):
    return balans.balans(k, drempel).loc[pid]


def test_partner_to_partner_stroom_counts_at_both_ends():
    k = kaart(["a", "b"], [("a", "b", 3)])
    assert (rij(k, "a").brengen, rij(k, "a").halen) == (3, 0)
    assert (rij(k, "b").brengen, rij(k, "b").halen) == (0, 3)


def test_opgave_streams_count_as_bringing_to_and_taking_from_the_table():
    # a brings 4 + 1 to the table, gets 2 out of it and 1 from b: (3 - 5) / 8 = -0.25
    k = kaart(
        ["a", "b"], [("a", "opgave", 4), ("a", "opgave", 1), ("opgave", "a", 2), ("b", "a", 1)]
    )
    r = rij(k, "a")
    assert (r.brengen, r.halen) == (5, 3)
    assert r.balans == pytest.approx(-0.25)
    assert r.klasse == "in_balans"


def test_no_streams_means_undefined_balance():
    k = kaart(["a", "b"], [("a", "opgave", 2)])
    r = rij(k, "b")
    assert (r.brengen, r.halen) == (0, 0)
    assert math.isnan(r.balans)
    assert r.klasse == "geen_stromen"


def test_only_giving_is_minus_one_and_only_taking_plus_one():
    k = kaart(["gever", "nemer"], [("gever", "opgave", 5), ("opgave", "nemer", 1)])
    assert rij(k, "gever").balans == -1 and rij(k, "gever").klasse == "geeft_veel_meer"
    assert rij(k, "nemer").balans == 1 and rij(k, "nemer").klasse == "haalt_veel_meer"


@pytest.mark.parametrize(
    ("brengt", "haalt", "klasse"),
    [
        (2, 1, "geeft_veel_meer"),  # exactly -1/3: boundary inclusive
        (4, 2, "geeft_veel_meer"),  # -2/6 is the same -1/3
        (1, 2, "haalt_veel_meer"),  # exactly +1/3
        (5, 3, "in_balans"),  # -2/8 = -0.25
        (3, 5, "in_balans"),
        (5, 5, "in_balans"),
    ],
)
def test_default_threshold_one_side_twice_the_other(brengt, haalt, klasse):
    k = kaart(["a"], [("a", "opgave", brengt), ("opgave", "a", haalt)])
    assert rij(k, "a").klasse == klasse


def test_custom_threshold_moves_the_boundary():
    k = kaart(["a"], [("a", "opgave", 5), ("opgave", "a", 3)])  # balans -0.25
    assert rij(k, "a", drempel=0.25).klasse == "geeft_veel_meer"
    assert rij(k, "a", drempel=0.26).klasse == "in_balans"
    assert rij(k, "a", drempel=0.2).klasse == "geeft_veel_meer"


@pytest.mark.parametrize("drempel", [0, -0.1, 1.01])
def test_threshold_outside_zero_to_one_is_refused(drempel):
    with pytest.raises(ValueError, match="drempel"):
        balans.balans(kaart(["a"]), drempel)


def test_the_opgave_gets_no_class_and_partners_keep_kaart_order():
    k = kaart(["z", "a", "m"], [("opgave", "m", 1)])
    tabel = balans.balans(k)
    assert list(tabel.index) == ["z", "a", "m"]
    assert "opgave" not in tabel.index
    assert list(tabel.columns) == ["naam", "brengen", "halen", "balans", "klasse"]


def test_totalen_include_the_opgave_and_balance_out():
    k = kaart(["a", "b"], [("a", "b", 3), ("opgave", "a", 2), ("b", "opgave", 4)])
    t = balans.totalen(k)
    assert t.loc["opgave"].tolist() == [2, 4]
    assert t["brengen"].sum() == t["halen"].sum() == 9


def test_breakdown_per_soort_shows_where_the_imbalance_sits():
    k = kaart(
        ["a", "b"],
        [
            ("a", "opgave", "personeel", 4),
            ("a", "b", "personeel", 1),
            ("opgave", "a", "positie", 2),
        ],
    )
    tabel = balans.per_soort(k)
    a = tabel[tabel["id"] == "a"].set_index("soort")
    assert a.loc["personeel"].tolist() == ["a", 5, 0, -5]
    assert a.loc["positie"].tolist() == ["a", 0, 2, 2]
    assert tabel[tabel["id"] == "b"][["soort", "halen"]].values.tolist() == [["personeel", 1]]
    assert "opgave" not in set(tabel["id"])


def test_breakdown_tangible_versus_intangible():
    k = kaart(
        ["a"],
        [("a", "opgave", "geld", 3), ("opgave", "a", "kennis", 2), ("opgave", "a", "tijd", 1)],
    )
    t = balans.per_tastbaar(k).set_index("tastbaar")
    assert t.loc[True, ["brengen", "halen"]].tolist() == [3, 1]
    assert t.loc[False, ["brengen", "halen"]].tolist() == [0, 2]


def test_system_figure():
    # a: -1 (gives), b: +1 (takes), c: 0, d: no streams
    k = kaart(
        ["a", "b", "c", "d"],
        [("a", "opgave", 2), ("opgave", "b", 2), ("c", "opgave", 1), ("opgave", "c", 1)],
    )
    s = balans.systeem(k)
    assert s["partners"] == 4 and s["met_stromen"] == 3
    assert (s["geeft_veel_meer"], s["haalt_veel_meer"], s["in_balans"], s["geen_stromen"]) == (
        1,
        1,
        1,
        1,
    )
    assert s["uit_balans"] == 2
    assert s["aandeel_uit_balans"] == pytest.approx(2 / 3)
    assert s["spreiding"] == pytest.approx(math.sqrt(2 / 3))
    assert (s["laagste"], s["hoogste"]) == (-1.0, 1.0)


def test_system_figure_of_an_empty_kaart():
    s = balans.systeem(kaart([]))
    assert s["partners"] == 0 and s["aandeel_uit_balans"] == 0.0 and s["spreiding"] is None


def test_the_worked_example_in_docs_architecture():
    k = kaart(
        ["corporatie", "gemeente"],
        [
            ("corporatie", "opgave", "geld", 5),
            ("corporatie", "opgave", "personeel", 3),
            ("corporatie", "gemeente", "geld", 2),
            ("opgave", "corporatie", "klanten", 2),
            ("gemeente", "corporatie", "positie", 1),
        ],
    )
    r = rij(k, "corporatie")
    assert (r.brengen, r.halen) == (10, 3)
    assert r.balans == pytest.approx(-7 / 13)
    assert r.klasse == "geeft_veel_meer"
    assert rij(k, "gemeente").halen == 2
    soort = balans.per_soort(k).query("id == 'corporatie'").set_index("soort")
    assert soort["brengen"].to_dict() == {"geld": 7, "klanten": 0, "personeel": 3, "positie": 0}
