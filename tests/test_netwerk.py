"""The graph of a kaart and the "wat als X vertrekt" break test."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem.analyses import netwerk
from systeem.model.kaart import OPGAVE
from tests.conftest import kaart
from tests.kaartgenerator import kaarten


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


# ---------------------------------------------------------------------------
# Parts of the network with no path to the opgave.


def los_van_opgave():
    # Hub, A and B form a triangle, C hangs off Hub; no stroom touches the opgave.
    return kaart(
        [{"id": i, "naam": n} for i, n in (("hub", "Hub"), ("a", "A"), ("b", "B"), ("c", "C"))],
        [("hub", "a", 1), ("a", "b", 1), ("b", "hub", 1), ("hub", "c", 1)],
    )


def test_apart_from_the_opgave_the_largest_piece_stays_the_network():
    # Without Hub, A and B still have each other; only C is cut off.
    assert netwerk.afgesneden(los_van_opgave()) == {"hub": ["c"]}
    v = netwerk.vertrek(los_van_opgave(), "hub")
    assert v.splitst and v.delen == [["a", "b"], ["c"]] and v.afgesneden == ["c"]
    for pid in ("a", "b", "c"):
        assert not netwerk.vertrek(los_van_opgave(), pid).splitst


def test_the_split_signal_names_only_what_is_cut_off():
    from systeem.analyses.signalen import signalen

    (nl,) = [s for s in signalen(los_van_opgave(), taal="nl") if s.code == "splitst_netwerk"]
    assert nl.partners == ("hub", "c")
    assert nl.tekst == (
        "Als Hub vertrekt, valt het netwerk uiteen. Dan staan los van de rest: C. "
        "Mogelijke zetten: leg directe lijnen tussen hen en de opgave, of betrek een "
        "derde partij die de verbinding kan overnemen."
    )
    (en,) = [s for s in signalen(los_van_opgave(), taal="en") if s.code == "splitst_netwerk"]
    assert en.tekst == (
        "If Hub leaves, the network falls apart. Cut off from the rest: C. Possible "
        "moves: build direct lines between them and the shared task, or bring in a third "
        "party that can take over the link."
    )


def test_a_tie_in_size_goes_to_the_piece_with_the_earliest_partner():
    # z - m - a apart from the opgave, kaart order z, m, a: without m, z stays.
    k = kaart(["z", "m", "a"], [("z", "m", 1), ("m", "a", 1)])
    assert netwerk.afgesneden(k) == {"m": ["a"]}
    assert netwerk.vertrek(k, "m").delen == [["z"], ["a"]]


def test_size_goes_before_kaart_order():
    # p - x - y - z apart from the opgave: without x, y and z stay and p is cut off
    k = kaart(["p", "x", "y", "z"], [("p", "x", 1), ("x", "y", 1), ("y", "z", 1)])
    assert netwerk.afgesneden(k) == {"x": ["p"], "y": ["z"]}
    assert netwerk.vertrek(k, "x").delen == [["y", "z"], ["p"]]


def test_only_the_leaving_partners_part_is_listed():
    # a splits the opgave's part; x - y - w lies apart and is not part of a's departure
    k = kaart(
        ["x", "a", "y", "b", "w"],
        [("a", "opgave", 1), ("b", "a", 1), ("x", "y", 1), ("y", "w", 1)],
    )
    v = netwerk.vertrek(k, "a")
    assert v.delen == [["opgave"], ["b"]] and v.afgesneden == ["b"]
    assert netwerk.afgesneden(k) == {"a": ["b"], "y": ["w"]}
    assert netwerk.vertrek(k, "y").delen == [["x"], ["w"]]


@pytest.mark.usefixtures("db")
def test_the_what_if_view_lists_the_pieces_of_the_partners_own_part():
    from tests.conftest import open_met_kaart, zonder_fouten

    at = open_met_kaart("systeemkaart/paginas/interventies.py", los_van_opgave())
    zonder_fouten(at.selectbox(key="iv_vertrek").set_value("hub").run())
    tekst = "\n".join(w.value for w in at.warning).replace("\\", "")
    assert tekst == "Zonder Hub valt het netwerk uiteen in 2 delen:\n\n1. A, B\n2. C"


# ---------------------------------------------------------------------------
# Against brute force: remove each partner and look at the pieces of its part.


@st.composite
def netwerk_docs(draw):
    """Kaarten with several parts, isolated partners, afhankelijkheden and a per-kaart
    share of stromen touching the opgave (none, a third, all)."""
    n = draw(st.integers(0, 12))
    ids = [f"p{i}" for i in draw(st.permutations(range(n)))]  # kaart order is not name order
    kans = draw(st.sampled_from([0, 33, 100]))
    # Links only within groups, so a kaart has several parts more often.
    groep = {i: draw(st.integers(0, 2)) for i in ids}
    stromen, afhankelijkheden = [], []
    for _ in range(draw(st.integers(0, 2 * n + 2))):
        if not ids:
            break
        wie = draw(st.sampled_from(ids))
        if draw(st.integers(0, 99)) < kans:
            stromen.append((wie, "opgave", 1) if draw(st.booleans()) else ("opgave", wie, 1))
            continue
        ander = draw(st.sampled_from([i for i in ids if groep[i] == groep[wie]]))
        if ander == wie:
            continue
        if draw(st.integers(0, 3)) == 0:
            afhankelijkheden.append({"partner": wie, "afhankelijk_van": ander, "sterkte": 2})
        else:
            stromen.append((wie, ander, 1))
    return {"partners": ids, "stromen": stromen, "afhankelijkheden": afhankelijkheden}


def brute_kracht(k) -> dict[str, tuple[list[set[str]], set[str]]]:
    """Per partner: the pieces of its former part without it, and the piece that stays."""
    g = netwerk.verbindingen(k)
    rang = {n: i for i, n in enumerate([OPGAVE, *k.partners["id"]])}
    uit = {}
    for pid in k.partners["id"]:
        deel = nx.node_connected_component(g, pid) - {pid}
        stukken = [set(s) for s in nx.connected_components(g.subgraph(deel))]
        if OPGAVE in deel:
            blijft = next(s for s in stukken if OPGAVE in s)
        else:
            blijft = max(stukken, key=lambda s: (len(s), -min(map(rang.get, s))), default=set())
        uit[pid] = (stukken, blijft)
    return uit


def vergelijk_met_brute_kracht(k):
    rang = {n: i for i, n in enumerate([OPGAVE, *k.partners["id"]])}
    verwacht = brute_kracht(k)
    los = {
        pid: sorted(set().union(*stukken) - blijft, key=rang.get)
        for pid, (stukken, blijft) in verwacht.items()
    }
    assert netwerk.afgesneden(k) == {pid: n for pid, n in los.items() if n}
    assert netwerk.scharnierpunten(k) == [pid for pid, n in los.items() if n]
    for pid, (stukken, blijft) in verwacht.items():
        v = netwerk.vertrek(k, pid)
        assert v.afgesneden == los[pid]
        assert v.splitst == bool(los[pid]) == (len(stukken) > 1)
        assert sorted(map(sorted, v.delen)) == sorted(map(sorted, stukken))
        assert all(deel == sorted(deel, key=rang.get) for deel in v.delen)
        if v.delen:
            assert set(v.delen[0]) == blijft
        assert [len(d) for d in v.delen[1:]] == sorted((len(d) for d in v.delen[1:]), reverse=True)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(netwerk_docs())
def test_break_test_matches_brute_force(data):
    vergelijk_met_brute_kracht(kaart(**data))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(kaarten)
def test_break_test_matches_brute_force_on_whole_kaarten(k):
    vergelijk_met_brute_kracht(k)
