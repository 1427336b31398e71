"""The graph of a kaart and the "wat als X vertrekt" break test."""

from __future__ import annotations

import pytest

from systeem import netwerk
from tests.conftest import kaart


def keten():
    # opgave - a - b - c, plus d linked to the opgave and to b by a dependency
    return kaart(
        ["a", "b", "c", "d"],
        [
            ("a", "opgave", 3),
            ("opgave", "a", 1),
            ("b", "a", 2),
            ("c", "b", "kennis", 1),
            ("d", "opgave", 2),
        ],
        afhankelijkheden=[{"partner": "d", "afhankelijk_van": "b", "sterkte": 2}],
    )


def test_graph_has_every_node_and_an_edge_per_stroom_and_dependency():
    g = netwerk.graaf(keten())
    assert set(g.nodes) == {"opgave", "a", "b", "c", "d"}
    assert g.nodes["opgave"]["rol"] == "opgave" and g.nodes["a"]["naam"] == "A"
    lagen = [d["laag"] for _, _, d in g.edges(data=True)]
    assert lagen.count("stroom") == 5 and lagen.count("afhankelijkheid") == 1
    assert g.edges["c", "b", ("stroom", 3)]["soort"] == "kennis"


def test_departure_lists_lost_streams_per_node():
    v = netwerk.vertrek(keten(), "a")
    assert v.verloren_stromen.to_dict(orient="records") == [
        {"id": "opgave", "mist_halen": 3, "mist_brengen": 1},
        {"id": "b", "mist_halen": 0, "mist_brengen": 2},
    ]
    assert v.gebroken_afhankelijkheden.empty


def test_departure_lists_broken_dependencies_and_whether_the_network_splits():
    # without b: c is cut off (d still reaches the opgave directly)
    v = netwerk.vertrek(keten(), "b")
    assert v.splitst
    assert v.delen == [["opgave", "a", "d"], ["c"]]
    assert v.gebroken_afhankelijkheden[["partner", "afhankelijk_van"]].values.tolist() == [
        ["d", "b"]
    ]


def test_a_leaf_leaving_does_not_split_the_network():
    v = netwerk.vertrek(keten(), "c")
    assert not v.splitst and len(v.delen) == 1


def test_an_isolated_partner_leaving_does_not_count_as_a_split():
    k = kaart(["a", "los"], [("a", "opgave", 1)])
    assert not netwerk.vertrek(k, "los").splitst
    assert not netwerk.vertrek(k, "a").splitst


def test_articulation_partners_in_kaart_order():
    assert netwerk.scharnierpunten(keten()) == ["b"]  # a is bypassed via d -> b


def test_unknown_partner_cannot_leave():
    with pytest.raises(KeyError):
        netwerk.vertrek(keten(), "zzz")


def test_cut_off_nodes_for_a_chain_hanging_off_the_opgave():
    k = kaart(["a", "b", "c"], [("a", "opgave", 1), ("b", "a", 1), ("c", "b", 1)])
    assert netwerk.afgesneden(k) == {"a": ["b", "c"], "b": ["c"]}


def test_opgave_part_comes_first_even_when_smaller():
    k = kaart(
        ["a", "b", "c", "d"], [("a", "opgave", 1), ("b", "a", 1), ("c", "b", 1), ("d", "b", 1)]
    )
    assert netwerk.vertrek(k, "a").delen == [["opgave"], ["b", "c", "d"]]
