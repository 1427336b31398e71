"""Dependency asymmetry, power and one-sided dependencies."""

from __future__ import annotations

from systeem.analyses import afhankelijkheid
from tests.conftest import kaart


def afh(*rijen):
    return [
        {"partner": p, "afhankelijk_van": v, "sterkte": s, "waarvoor": w} for p, v, s, w in rijen
    ]


def test_strongest_entry_counts_per_direction_and_asymmetry_is_the_difference():
    k = kaart(
        ["a", "b", "c"],
        afhankelijkheden=afh(
            ("b", "a", 2, "x"), ("b", "a", 5, "geld"), ("a", "b", 1, ""), ("c", "a", 3, "")
        ),
    )
    asym = afhankelijkheid.asymmetrie(k).set_index(["a", "b"])
    assert asym.loc[("a", "b")].tolist() == [1, 5, -4]
    assert asym.loc[("a", "c")].tolist() == [0, 3, -3]
    assert len(asym) == 2


def test_power_many_depend_on_it_while_it_depends_on_few():
    k = kaart(
        ["a", "b", "c"],
        afhankelijkheden=afh(("b", "a", 4, ""), ("c", "a", 5, ""), ("a", "b", 1, "")),
    )
    m = afhankelijkheid.macht(k)
    assert m.loc["a"].tolist() == [2, 1, 9, 1, 8]
    assert m.loc["b", "macht"] == 1 - 4
    assert m.loc["c"].tolist() == [0, 1, 0, 5, -5]


def test_one_sided_means_strong_and_hardly_returned():
    k = kaart(
        ["a", "b", "c", "d"],
        afhankelijkheden=afh(
            ("a", "b", 5, "geld"),  # one-sided: nothing back
            ("c", "d", 4, ""),
            ("d", "c", 2, ""),  # returned at 2: not one-sided
            ("b", "c", 3, ""),  # not strong
            ("d", "a", 4, ""),
            ("a", "d", 1, ""),  # returned at 1: still one-sided
        ),
    )
    rijen = afhankelijkheid.eenzijdig(k)[
        ["partner", "afhankelijk_van", "sterkte", "terug"]
    ].values.tolist()
    assert rijen == [["a", "b", 5, 0], ["d", "a", 4, 1]]


def test_no_dependencies_gives_empty_tables():
    k = kaart(["a"])
    assert afhankelijkheid.asymmetrie(k).empty
    assert afhankelijkheid.eenzijdig(k).empty
    assert afhankelijkheid.macht(k).loc["a"].tolist() == [0, 0, 0, 0, 0]
