"""Net flow and reciprocity per pair of nodes."""

from __future__ import annotations

import pytest

from systeem.analyses.wederkerigheid import netto_matrix, paren
from tests.conftest import kaart


def test_pairs_sum_both_directions_and_compute_reciprocity():
    k = kaart(
        ["a", "b", "c"],
        [("b", "a", 4), ("a", "b", 1), ("a", "b", 1), ("c", "opgave", 3), ("opgave", "c", 3)],
    )
    rijen = paren(k).set_index(["a", "b"])
    assert rijen.loc[("a", "b")].tolist() == [2, 4, -2, 0.5]
    assert rijen.loc[("opgave", "c")].tolist() == [3, 3, 0, 1.0]
    assert len(rijen) == 2  # no row for pairs without stromen


def test_one_way_pair_has_zero_reciprocity():
    rij = paren(kaart(["a"], [("a", "opgave", 5)])).iloc[0]
    assert (rij["a"], rij["b"], rij["a_naar_b"], rij["b_naar_a"], rij["netto"]) == (
        "opgave",
        "a",
        0,
        5,
        -5,
    )
    assert rij["wederkerigheid"] == 0


def test_net_matrix_is_antisymmetric_and_matches_the_pairs():
    k = kaart(["a", "b"], [("a", "b", 3), ("b", "a", 1), ("opgave", "a", 2)])
    m = netto_matrix(k)
    assert (m.values == -m.values.T).all()
    assert m.loc["a", "b"] == 2 and m.loc["opgave", "a"] == 2 and m.loc["b", "opgave"] == 0


def test_empty_kaart_has_no_pairs():
    assert paren(kaart(["a"])).empty
    assert netto_matrix(kaart(["a"])).shape == (2, 2)


@pytest.mark.parametrize("n", [3, 30])
def test_net_flow_of_all_pairs_sums_to_each_nodes_balance(n):
    ids = [f"p{i}" for i in range(n)]
    stromen = [
        (ids[i], ids[(i * 7 + 3) % n], 1 + i % 5)
        for i in range(n)
        if ids[i] != ids[(i * 7 + 3) % n]
    ]
    k = kaart(ids, stromen + [("opgave", ids[0], 2)])
    m = netto_matrix(k)
    from systeem.analyses.balans import totalen

    t = totalen(k)
    assert (m.sum(axis=1) == t["brengen"] - t["halen"]).all()
