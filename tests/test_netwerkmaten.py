"""Network measures (systeem/analyses/netwerkmaten.py): a hand-computed kaart, and networkx as the
independent reference on generated kaarten (empty ones, isolated partners, parts apart
from the opgave, several stromen between one pair)."""

from __future__ import annotations

from fractions import Fraction

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings

from systeem.analyses import balans, netwerkmaten
from systeem.model.kaart import OPGAVE, Kaart
from systeem.model.validatie import valideer
from tests.conftest import kaart
from tests.kaartgenerator import kaart_doc, kaart_docs

generated = kaart_docs(scenarios=False, pijlers=False).map(valideer)


def _hand() -> Kaart:
    """The opgave O and partners a-e.

    Stromen: a->O 3, O->a 1, b->O 2, b->a 1 and b->a 2 (one pair, summed to 3), c->b 4.
    d has nothing at all; e has no stromen, only afhankelijkheden.
    Afhankelijkheden (X depends on Y, sterkte): a on b 4 (and a on b 2: the strongest
    counts), b on a 1, c on b 3, e on c 5.
    """
    return kaart(
        ["a", "b", "c", "d", "e"],
        [
            ("a", OPGAVE, 3),
            (OPGAVE, "a", 1),
            ("b", OPGAVE, 2),
            ("b", "a", 1),
            ("b", "a", 2),
            ("c", "b", 4),
        ],
        afhankelijkheden=[
            {"partner": "a", "afhankelijk_van": "b", "sterkte": 4},
            {"partner": "a", "afhankelijk_van": "b", "sterkte": 2},
            {"partner": "b", "afhankelijk_van": "a", "sterkte": 1},
            {"partner": "c", "afhankelijk_van": "b", "sterkte": 3},
            {"partner": "e", "afhankelijk_van": "c", "sterkte": 5},
        ],
    )


def test_hand_computed_kaart():
    m = netwerkmaten.maten(_hand())
    assert list(m.index) == [OPGAVE, "a", "b", "c", "d", "e"]
    # Distinct neighbours: O gets from a and b, gives to a; a gets from O and b (twice:
    # counts once), gives to O; b gets from c, gives to O and a; c gives to b.
    assert m["graad_in"].tolist() == [2, 2, 1, 0, 0, 0]
    assert m["graad_uit"].tolist() == [1, 1, 2, 1, 0, 0]
    # Summed waarde: O takes 3 + 2 = 5, brings 1; a takes 1 + 1 + 2 = 4, brings 3;
    # b takes 4, brings 2 + 1 + 2 = 5; c brings 4.  Total 13 = the waarde of all stromen.
    assert m["gewogen_in"].tolist() == [5, 4, 4, 0, 0, 0]
    assert m["gewogen_uit"].tolist() == [1, 3, 5, 4, 0, 0]
    # Undirected, in steps: O-a, O-b, a-b, b-c; d and e alone.  n = 6 nodes.
    # Pairs with a route: O-a, O-b, a-b, b-c direct; O-c only via b (O-b-c; O-a-b-c is
    # longer), a-c only via b.  b is on 2 of the (n-1)(n-2)/2 = 10 pairs of other nodes.
    assert m["betweenness"].tolist() == pytest.approx([0, 0, 2 / 10, 0, 0, 0])
    # Closeness (r - 1)/d * (r - 1)/(n - 1), r = 4 nodes reachable (itself included):
    # O: steps 1 (a), 1 (b), 2 (c): d = 4 -> 3/4 * 3/5 = 0.45; a: the same;
    # b: 1, 1, 1: d = 3 -> 3/3 * 3/5 = 0.6; c: 1 (b), 2, 2: d = 5 -> 3/5 * 3/5 = 0.36;
    # d and e reach nobody: 0.
    assert m["closeness"].tolist() == pytest.approx([0.45, 0.45, 0.6, 0.36, 0, 0])
    # MICMAC: b influences a (4) and c (3) = 7; a influences b (1); c influences e (5).
    # Dependence: a 4, b 1, c 3, e 5.  Means 13/5 = 2.6 both: high means above 2.6.
    assert m["micmac_invloed"].tolist()[1:] == [1, 7, 5, 0, 0]
    assert m["micmac_afhankelijkheid"].tolist()[1:] == [4, 1, 3, 0, 5]
    assert m["micmac_rol"].tolist()[1:] == [
        "afhankelijk",  # a: 1 low, 4 high
        "sturend",  # b: 7 high, 1 low
        "schakel",  # c: 5 high, 3 high
        "autonoom",  # d: 0, 0
        "afhankelijk",  # e: 0 low, 5 high
    ]
    assert pd.isna(m.at[OPGAVE, "micmac_invloed"]) and pd.isna(m.at[OPGAVE, "micmac_rol"])


def test_hand_pagerank_solves_its_equation():
    """PageRank is the solution of p = (1 - a)/n + a (W^T p + dangling mass / n), with W
    the row-normalised summed waarde; solved here as a linear system."""
    m = netwerkmaten.maten(_hand())
    knopen = list(m.index)
    n, a = len(knopen), netwerkmaten.DEMPING
    w = np.zeros((n, n))
    for van, naar, waarde in [
        (OPGAVE, "a", 1),
        ("a", OPGAVE, 3),
        ("b", OPGAVE, 2),
        ("b", "a", 3),
        ("c", "b", 4),
    ]:
        w[knopen.index(van), knopen.index(naar)] = waarde
    uit = w.sum(axis=1)
    overgang = np.divide(w, uit[:, None], out=np.zeros_like(w), where=uit[:, None] > 0)
    hangend = (uit == 0).astype(float)  # d and e give nothing: their rank goes to all
    # p - a W^T p - a/n (hangend . p) 1 = (1 - a)/n 1
    stelsel = np.eye(n) - a * overgang.T - a / n * np.outer(np.ones(n), hangend)
    verwacht = np.linalg.solve(stelsel, np.full(n, (1 - a) / n))
    assert m["pagerank"].to_numpy() == pytest.approx(verwacht, abs=1e-5)
    assert m["pagerank"].sum() == pytest.approx(1)
    # c, d and e receive nothing: the same, lowest rank.
    assert m.at["c", "pagerank"] == pytest.approx(m.at["d", "pagerank"])
    assert m.at["d", "pagerank"] == pytest.approx(m["pagerank"].min())


def _referentie(k: Kaart) -> pd.DataFrame:
    """The measures computed with networkx and brute force, straight from the tables."""
    knopen = [OPGAVE, *k.partners["id"]]
    g = nx.DiGraph()
    g.add_nodes_from(knopen)
    for r in k.stromen.itertuples():
        if g.has_edge(r.van, r.naar):
            g[r.van][r.naar]["weight"] += r.waarde
        else:
            g.add_edge(r.van, r.naar, weight=r.waarde)
    u = nx.Graph()
    u.add_nodes_from(knopen)
    u.add_edges_from(zip(k.stromen["van"], k.stromen["naar"], strict=True))
    sterkste: dict[tuple[str, str], int] = {}
    for r in k.afhankelijkheden.itertuples():
        paar = (r.partner, r.afhankelijk_van)
        sterkste[paar] = max(sterkste.get(paar, 0), r.sterkte)
    invloed = {p: sum(s for (_, op), s in sterkste.items() if op == p) for p in knopen[1:]}
    afh = {p: sum(s for (van, _), s in sterkste.items() if van == p) for p in knopen[1:]}

    def hoog(waarden: dict, p: str) -> bool:
        return len(waarden) and waarden[p] > Fraction(sum(waarden.values()), len(waarden))

    rol = {
        p: {
            (True, False): "sturend",
            (True, True): "schakel",
            (False, True): "afhankelijk",
            (False, False): "autonoom",
        }[(bool(hoog(invloed, p)), bool(hoog(afh, p)))]
        for p in knopen[1:]
    }
    tussen = nx.betweenness_centrality(u)
    nabij = nx.closeness_centrality(u)
    rang = nx.pagerank(g, alpha=0.85, weight="weight")
    return pd.DataFrame(
        {
            "graad_in": [g.in_degree(v) for v in knopen],
            "graad_uit": [g.out_degree(v) for v in knopen],
            "gewogen_in": [g.in_degree(v, weight="weight") for v in knopen],
            "gewogen_uit": [g.out_degree(v, weight="weight") for v in knopen],
            "betweenness": [tussen[v] for v in knopen],
            "closeness": [nabij[v] for v in knopen],
            "pagerank": [rang[v] for v in knopen],
            "micmac_invloed": [None, *(invloed[p] for p in knopen[1:])],
            "micmac_afhankelijkheid": [None, *(afh[p] for p in knopen[1:])],
            "micmac_rol": [None, *(rol[p] for p in knopen[1:])],
        },
        index=knopen,
    )


def _vergelijk(m: pd.DataFrame, ref: pd.DataFrame) -> None:
    assert list(m.index) == list(ref.index)
    assert list(m.columns) == list(netwerkmaten.KOLOMMEN)
    for kolom in ("graad_in", "graad_uit", "gewogen_in", "gewogen_uit"):
        assert m[kolom].tolist() == ref[kolom].tolist(), kolom
    for kolom in ("betweenness", "closeness"):
        assert m[kolom].to_numpy() == pytest.approx(ref[kolom].to_numpy(), abs=1e-12), kolom
    assert m["pagerank"].to_numpy() == pytest.approx(ref["pagerank"].to_numpy(), abs=1e-9)
    for kolom in ("micmac_invloed", "micmac_afhankelijkheid", "micmac_rol"):
        assert m[kolom].iloc[1:].tolist() == ref[kolom].iloc[1:].tolist(), kolom
        assert pd.isna(m[kolom].iloc[0])
    # Only the opgave's MICMAC columns are missing.
    assert not m.drop(index=OPGAVE).isna().any().any()
    assert not m[list(netwerkmaten.MATEN[:7])].isna().any().any()


@settings(max_examples=150)
@given(generated)
def test_equal_to_networkx_on_generated_kaarten(k):
    m = netwerkmaten.maten(k)
    _vergelijk(m, _referentie(k))
    # Weighted in and out are halen and brengen.
    totalen = balans.totalen(k)
    assert m["gewogen_in"].tolist() == totalen["halen"].tolist()
    assert m["gewogen_uit"].tolist() == totalen["brengen"].tolist()


@pytest.mark.parametrize(
    "k",
    [
        Kaart(titel="Leeg"),
        kaart(["a"], []),
        kaart(["a", "b", "c"], []),
        kaart(["a", "b", "c"], [("a", "b", 2), ("b", "a", 1)]),  # a part apart from the opgave
        kaart(["a", "b", "c", "d"], [("a", OPGAVE, 1), ("c", "d", 5), ("c", "d", 1)]),
    ],
    ids=["zonder_partners", "een_partner", "zonder_stromen", "los_van_de_opgave", "twee_delen"],
)
def test_empty_and_isolated(k):
    m = netwerkmaten.maten(k)
    _vergelijk(m, _referentie(k))
    assert (m["betweenness"] >= 0).all() and (m["closeness"] <= 1).all()
    assert m["pagerank"].sum() == pytest.approx(1)
    if not len(k.stromen):
        assert (m[["graad_in", "betweenness", "closeness"]] == 0).all().all()
        assert m["pagerank"].tolist() == pytest.approx([1 / len(m)] * len(m))
        assert set(m["micmac_rol"].iloc[1:]) <= {"autonoom"}


def test_long_chain_and_generated_medium_kaart_equal_networkx():
    """A chain (many levels of the search) and a bench kaart (many routes, several blocks
    of source rows) against networkx."""
    ids = [f"p{i}" for i in range(60)]
    keten = kaart(
        ids, [(OPGAVE, ids[0], 1)] + [(a, b, 2) for a, b in zip(ids[:-1], ids[1:], strict=True)]
    )
    _vergelijk(netwerkmaten.maten(keten), _referentie(keten))
    k = valideer(kaart_doc(150))
    oud = netwerkmaten._BLOK
    try:
        netwerkmaten._BLOK = 2_000  # 13 source rows per block
        _vergelijk(netwerkmaten.maten.__wrapped__(k), _referentie(k))
    finally:
        netwerkmaten._BLOK = oud


def test_above_the_exact_size_betweenness_and_closeness_are_estimated(monkeypatch):
    """The estimate from sampled sources, against networkx from the same sources."""
    doc = kaart_doc(80)
    # Three small parts apart from the rest, so some parts have no sampled node.
    doc["partners"] += [{"id": f"x{i}", "naam": f"X{i}"} for i in range(6)]
    doc["stromen"] += [
        {"van": f"x{i}", "naar": f"x{i + 1}", "soort": "geld", "waarde": 1} for i in (0, 2, 4)
    ]
    k = valideer(doc)
    monkeypatch.setattr(netwerkmaten, "EXACT_TOT", 20)
    monkeypatch.setattr(netwerkmaten, "STEEKPROEF", 12)
    m = netwerkmaten.maten.__wrapped__(k)
    knopen = [OPGAVE, *k.partners["id"]]
    n = len(knopen)
    bronnen = [knopen[i] for i in netwerkmaten._steekproef(n)]
    assert len(bronnen) == 12
    u = nx.Graph()
    u.add_nodes_from(knopen)
    u.add_edges_from(zip(k.stromen["van"], k.stromen["naar"], strict=True))
    # networkx counts an undirected pair once (halves the sum over ordered pairs).
    ruw = nx.betweenness_centrality_subset(u, bronnen, knopen, normalized=False)
    for v in knopen:
        k_v = 11 if v in bronnen else 12
        assert m.at[v, "betweenness"] == pytest.approx(2 * ruw[v] / (k_v * (n - 2)), abs=1e-12)
    afstand = {s: nx.single_source_shortest_path_length(u, s) for s in bronnen}
    for v in knopen:
        deel = nx.node_connected_component(u, v)
        van = [afstand[s][v] for s in bronnen if s != v and v in afstand[s]]
        if len(deel) == 1:
            verwacht = 0.0
        elif van:  # the mean steps from the sampled nodes in its part
            verwacht = (len(deel) - 1) / (n - 1) / (sum(van) / len(van))
        else:  # no other sampled node in its part: exact
            verwacht = nx.closeness_centrality(u, v)
        assert m.at[v, "closeness"] == pytest.approx(verwacht, abs=1e-12), v


def test_remembered_and_a_changed_copy_changes_nothing():
    k = _hand()
    eerste = netwerkmaten.maten(k)
    eerste.loc["a", "betweenness"] = 99.0
    tweede = netwerkmaten.maten(valideer(k.naar_dict()))
    assert tweede.at["a", "betweenness"] == 0.0
    assert netwerkmaten.maten.geheugen.stand().treffers >= 1


def test_rollen_boundary_at_the_mean():
    # Mean 2: a partner exactly at the mean is low; equal values are all low.
    assert netwerkmaten.rollen(np.array([2, 1, 3]), np.array([2, 2, 2])).tolist() == [
        "autonoom",
        "autonoom",
        "sturend",
    ]
    assert netwerkmaten.rollen(np.array([], dtype=int), np.array([], dtype=int)).tolist() == []
