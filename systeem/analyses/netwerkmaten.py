"""Netwerkmaten: how central each partner stands in the kaart's network.

The measures that Kumu, Gephi and PRSM users know, for every node of a kaart (the
opgave and every partner), computed on two graphs:

- the *stromen graph*: a directed graph with a node per partner plus the opgave and an
  edge ``u -> v`` when at least one stroom runs from ``u`` to ``v``.  Several stromen
  between the same two nodes in the same direction are one edge whose weight ``w(u, v)``
  is their summed ``waarde`` (a stroom never runs from a node to itself);
- its *undirected* form: ``u`` and ``v`` are linked when a stroom runs either way.  Its
  edges have no weight: a route's length is the number of steps.

The measures (columns of :func:`maten`):

``graad_in``, ``graad_uit``
    how many *distinct* nodes give to the node (have a stroom to it), and to how many
    distinct nodes it gives; several stromen to the same node count once.  (The number
    of stromen is a row count of ``kaart.stromen``.)
``gewogen_in``, ``gewogen_uit``
    the weighted in- and out-degree: the summed ``waarde`` of the stromen into and out of
    the node.  These are exactly ``halen`` and ``brengen`` of :mod:`systeem.analyses.balans`
    (:func:`systeem.analyses.balans.totalen`), under the names network tools use.
``betweenness``
    who brokers: the share of the shortest routes between two other nodes that passes
    through the node, on the undirected stromen graph, in steps (Brandes' algorithm, as
    ``networkx.betweenness_centrality(g, normalized=True)``).  For each pair ``s, t`` of
    other nodes linked by a route, the fraction of the shortest ``s``-``t`` routes via
    the node; summed over the pairs and divided by the number of pairs of other nodes,
    ``(n - 1)(n - 2) / 2`` with ``n`` the number of nodes.  0 to 1; 0 for every node
    when ``n <= 2``.  Above :data:`EXACT_TOT` nodes it is estimated from
    :data:`STEEKPROEF` source nodes drawn with the fixed seed :data:`ZAAD` (as networkx
    does with ``k``; see "Scale" below).
``closeness``
    how near the node is to the rest: on the undirected stromen graph in steps, with the
    Wasserman-Faust correction for parts that are not linked (networkx's
    ``closeness_centrality(g, wf_improved=True)``): with ``r`` the number of nodes the
    node can reach (itself included) and ``d`` the summed steps to them,
    ``(r - 1) / d * (r - 1) / (n - 1)``.  0 to 1; 0 for a node that reaches no other.
``pagerank``
    PageRank on the directed stromen graph weighted by ``w`` (damping
    :data:`DEMPING`, networkx's ``pagerank``): a node ranks high when it receives much
    from nodes that themselves rank high.  A node without outgoing stromen passes its
    rank to all nodes equally.  Positive, summing to 1 over all nodes.
``micmac_invloed``, ``micmac_afhankelijkheid``, ``micmac_rol``
    Godet's MICMAC view of the afhankelijkheden (Kumu's "influence x dependence"): the
    direct influence of partner ``i`` on partner ``j`` is the sterkte with which ``j``
    depends on ``i`` (the strongest entry per pair, :func:`systeem.analyses.afhankelijkheid.sterktes`);
    ``micmac_invloed`` is the row sum (how strongly others depend on the partner) and
    ``micmac_afhankelijkheid`` the column sum (how strongly it depends on others) - the
    ``sterkte_op`` and ``sterkte_van`` of :func:`systeem.analyses.afhankelijkheid.macht`, whose
    ``macht`` is their difference.  The axes cross at the partners' means; a value
    strictly above the mean is high (so equal values, such as a kaart without
    afhankelijkheden, are all low).  ``micmac_rol`` is the quadrant:
    :data:`STUREND` (high influence, low dependence), :data:`SCHAKEL` (both high),
    :data:`AFHANKELIJK` (low influence, high dependence), :data:`AUTONOOM` (both low).
    Only direct influence: MICMAC's indirect ranking (powers of the matrix) vanishes on
    the few, mostly one-way afhankelijkheden a kaart holds.  The opgave is no side of an
    afhankelijkheid: its MICMAC columns are missing (NA, and NaN for the rol).

Every value is defined for every kaart: empty kaarten, kaarten without stromen,
isolated partners and parts not linked to the opgave; only the opgave's MICMAC columns
are missing.

Scale.  Betweenness and closeness need the shortest routes from every node, O(n m).
networkx does that with a Python loop per node (24 s for betweenness and 6 s for
closeness at 2,000 partners); here the breadth-first searches run in scipy
(:func:`scipy.sparse.csgraph.shortest_path`) and Brandes' counting and accumulation run
level by level for a block of source nodes at once as sparse matrix products, so the
work is the same O(n m) but in compiled code.

:func:`maten` is remembered by the kaart's content (:func:`systeem.model.geheugen.onthoud`)
and returns its own copy.
"""

from __future__ import annotations

from typing import NamedTuple

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph

from systeem.analyses import afhankelijkheid, balans
from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart

#: The MICMAC quadrants (values of ``micmac_rol``).
STUREND = "sturend"
SCHAKEL = "schakel"
AFHANKELIJK = "afhankelijk"
AUTONOOM = "autonoom"
ROLLEN = (STUREND, SCHAKEL, AFHANKELIJK, AUTONOOM)

#: The numeric measures, in column order (each can size a node on the map).
MATEN = (
    "graad_in",
    "graad_uit",
    "gewogen_in",
    "gewogen_uit",
    "betweenness",
    "closeness",
    "pagerank",
    "micmac_invloed",
    "micmac_afhankelijkheid",
)
#: All columns of :func:`maten`.
KOLOMMEN = (*MATEN, "micmac_rol")

#: PageRank's damping factor (the usual 0.85, networkx's default).
DEMPING = 0.85
#: Up to this many nodes betweenness is exact; above, it is estimated from a sample.
EXACT_TOT = 2_500
#: How many source nodes the estimate uses, drawn with seed :data:`ZAAD`.
STEEKPROEF = 500
ZAAD = 0
#: Source rows x nodes handled at once (bounds the memory of the route search).
_BLOK = 1_000_000


@onthoud()
def maten(kaart: Kaart) -> pd.DataFrame:
    """Return the network measures of every node (see the module docstring).

    Parameters
    ----------
    kaart : the kaart.

    Returns
    -------
    A frame indexed by node id (``id``: the opgave, then the partners in kaart order)
    with the columns :data:`KOLOMMEN`: ``graad_in``, ``graad_uit``, ``gewogen_in``,
    ``gewogen_uit`` (int64), ``betweenness``, ``closeness``, ``pagerank`` (float64),
    ``micmac_invloed``, ``micmac_afhankelijkheid`` (Int64, NA for the opgave) and
    ``micmac_rol`` (str: one of :data:`ROLLEN`, missing (NaN) for the opgave).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 2, a>opgave tijd 1, b>a kennis 1", "b>a 4")
    >>> m = maten(k)
    >>> m[["graad_in", "graad_uit", "gewogen_in", "gewogen_uit"]].loc["a"].tolist()
    [1, 1, 1, 3]
    >>> m["betweenness"].tolist()
    [0.0, 1.0, 0.0]
    >>> m["closeness"].round(3).tolist(), m["gewogen_in"].tolist()
    ([0.667, 1.0, 0.667], [3, 1, 0])
    >>> m["micmac_rol"].tolist(), m["micmac_invloed"].tolist()
    ([nan, 'sturend', 'afhankelijk'], [<NA>, 4, 0])
    """
    ids = pd.Index([OPGAVE, *kaart.partners["id"]], dtype=object, name="id")
    n = len(ids)
    van, naar, gewicht = _paren(kaart, ids)
    totalen = balans.totalen(kaart)  # the weighted degrees are halen and brengen
    frame = pd.DataFrame(
        {
            "graad_in": np.bincount(naar, minlength=n),
            "graad_uit": np.bincount(van, minlength=n),
            "gewogen_in": totalen["halen"].to_numpy(),
            "gewogen_uit": totalen["brengen"].to_numpy(),
        },
        index=ids,
    ).astype("int64")
    buren = _ongericht(van, naar, n)
    frame["betweenness"], frame["closeness"] = _routes(buren)
    frame["pagerank"] = _pagerank(van, naar, gewicht, n)
    return pd.concat([frame, _micmac(kaart, ids)], axis=1)


def rollen(invloed: np.ndarray, afhankelijk: np.ndarray) -> np.ndarray:
    """Return the MICMAC quadrant of each partner from its influence and dependence.

    A value is high when it is strictly above the mean of all the partners' values
    (compared in whole numbers: ``value * count > sum``, no rounding).

    Example
    -------
    >>> rollen(np.array([6, 1, 5, 0]), np.array([1, 4, 3, 0])).tolist()
    ['sturend', 'afhankelijk', 'schakel', 'autonoom']
    """
    invloed = np.asarray(invloed, dtype="int64")
    afhankelijk = np.asarray(afhankelijk, dtype="int64")
    aantal = len(invloed)
    hoog_i = invloed * aantal > invloed.sum()
    hoog_a = afhankelijk * aantal > afhankelijk.sum()
    keuze = np.array(ROLLEN, dtype=object)
    # ROLLEN order: sturend (hi, lo), schakel (hi, hi), afhankelijk (lo, hi), autonoom.
    plek = np.where(hoog_i, np.where(hoog_a, 1, 0), np.where(hoog_a, 2, 3))
    return keuze[plek]


# ---------------------------------------------------------------------------
# Private helpers.


def _paren(kaart: Kaart, ids: pd.Index) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The edges of the stromen graph: node codes ``van``, ``naar`` and the summed
    waarde per directed pair, one row per pair."""
    s = kaart.stromen
    n = len(ids)
    van = ids.get_indexer(s["van"].to_numpy(dtype=object))
    naar = ids.get_indexer(s["naar"].to_numpy(dtype=object))
    paar, welk = np.unique(van.astype("int64") * n + naar, return_inverse=True)
    gewicht = np.bincount(
        welk.ravel(), weights=s["waarde"].to_numpy("float64"), minlength=len(paar)
    )
    return paar // n, paar % n, gewicht


def _ongericht(van: np.ndarray, naar: np.ndarray, n: int) -> sparse.csr_array:
    """The undirected stromen graph as a symmetric 0/1 matrix."""
    rijen = np.concatenate([van, naar])
    kolommen = np.concatenate([naar, van])
    matrix = sparse.csr_array((np.ones(len(rijen)), (rijen, kolommen)), shape=(n, n))
    matrix.data[:] = 1.0  # a pair linked both ways was summed to 2
    return matrix


def _routes(buren: sparse.csr_array) -> tuple[np.ndarray, np.ndarray]:
    """Betweenness (normalised) and Wasserman-Faust closeness of every node of the
    undirected graph ``buren``.

    Up to :data:`EXACT_TOT` nodes both are exact: a breadth-first search from every node.
    Above, the searches start from :data:`STEEKPROEF` nodes drawn with seed :data:`ZAAD`:
    betweenness is networkx's estimate from ``k`` sources (a sampled node is not on its
    own routes, so its estimate rests on ``k - 1``); closeness takes ``r`` (the size of
    the node's part) exactly and the mean number of steps to the others from the
    sampled nodes in its part; a part without another sampled node is searched from
    each of its nodes, exactly.
    """
    n = buren.shape[0]
    betweenness, closeness = np.zeros(n), np.zeros(n)
    if n <= EXACT_TOT:
        zoek = _zoek(buren, np.arange(n), terug=True)
        bereik, som = zoek.bereik, zoek.som
        if n > 2:
            betweenness = zoek.ruw / ((n - 1) * (n - 2))
    else:
        bronnen = _steekproef(n)
        zoek = _zoek(buren, bronnen, terug=True)
        is_bron = np.zeros(n, dtype=bool)
        is_bron[bronnen] = True
        k = len(bronnen)
        betweenness = zoek.ruw / (np.where(is_bron, max(k - 1, 1), k) * (n - 2))
        _, deel = csgraph.connected_components(buren, directed=False)
        grootte = np.bincount(deel)[deel]
        bereik = grootte.copy()
        som = np.zeros(n)
        geschat = zoek.kolomtal > 0
        # (r - 1) steps to the others, each on average kolomsom / kolomtal
        som[geschat] = (grootte[geschat] - 1) * zoek.kolomsom[geschat] / zoek.kolomtal[geschat]
        rest = np.flatnonzero(~geschat & (grootte > 1))
        if rest.size:
            exact = _zoek(buren, rest, terug=False)
            som[rest] = exact.som
    heeft = som > 0
    if n > 1:
        r = bereik[heeft] - 1
        closeness[heeft] = r / som[heeft] * (r / (n - 1))
    return betweenness, closeness


def _steekproef(n: int) -> np.ndarray:
    """The :data:`STEEKPROEF` source nodes (codes, ascending) drawn for a graph of ``n``
    nodes: the same nodes every time."""
    return np.sort(np.random.default_rng(ZAAD).choice(n, min(STEEKPROEF, n), replace=False))


class _Zoektocht(NamedTuple):
    """What the breadth-first searches from a set of source nodes found."""

    #: Per source: the nodes reached (itself included) and the summed steps to them.
    bereik: np.ndarray
    som: np.ndarray
    #: Per node: the summed steps from the other sources that reach it, and their number.
    kolomsom: np.ndarray
    kolomtal: np.ndarray
    #: Per node: Brandes' dependencies summed over the sources (0 without ``terug``).
    ruw: np.ndarray


def _zoek(buren: sparse.csr_array, bronnen: np.ndarray, terug: bool) -> _Zoektocht:
    """Breadth-first searches from ``bronnen`` in blocks of rows, and with ``terug``
    Brandes' dependencies (:func:`_blok`)."""
    n = buren.shape[0]
    delen = []
    stap = max(1, _BLOK // max(n, 1))
    for begin in range(0, len(bronnen), stap):
        delen.append(_blok(buren, bronnen[begin : begin + stap], terug))
    if not delen:
        leeg = np.zeros(0)
        return _Zoektocht(leeg, leeg, np.zeros(n), np.zeros(n), np.zeros(n))
    return _Zoektocht(
        np.concatenate([d.bereik for d in delen]),
        np.concatenate([d.som for d in delen]),
        sum(d.kolomsom for d in delen),
        sum(d.kolomtal for d in delen),
        sum(d.ruw for d in delen),
    )


def _blok(buren: sparse.csr_array, bronnen: np.ndarray, terug: bool) -> _Zoektocht:
    """Breadth-first searches from every node of ``bronnen`` at once, level by level.

    One entry per (source, node), row-major.  Forward: the entries one step further are
    the neighbours of the current level not seen before, and their number of shortest
    routes ``sigma`` is the sum over their neighbours on the current level - one sparse
    product (level entries x adjacency) for all sources at once.  Backward (``terug``):
    Brandes' dependency of each entry, ``sigma(v) * sum over neighbours w one level
    further of (1 + delta(w)) / sigma(w)``, again one product per level.  The work is
    O(sources x edges), as in Brandes' algorithm, in compiled code.
    """
    b, n = len(bronnen), buren.shape[0]
    niveau = np.full(b * n, -1, dtype=np.int32)
    sigma = np.zeros(b * n)
    start = np.arange(b, dtype=np.int64) * n + bronnen
    niveau[start] = 0
    sigma[start] = 1.0
    lagen = [start]
    while True:
        plek, waarde = _verder(buren, lagen[-1], sigma[lagen[-1]], b)
        nieuw = niveau[plek] < 0
        plek = plek[nieuw]
        if not plek.size:
            break
        niveau[plek] = len(lagen)
        sigma[plek] = waarde[nieuw]
        lagen.append(plek)
    bereik = np.zeros(b, dtype=np.int64)
    som = np.zeros(b)
    kolomsom, kolomtal = np.zeros(n), np.zeros(n)
    for d, laag in enumerate(lagen):
        rij, kolom = np.divmod(laag, n)
        per_rij = np.bincount(rij, minlength=b)
        bereik += per_rij
        som += d * per_rij
        if d:
            per_kolom = np.bincount(kolom, minlength=n)
            kolomsom += d * per_kolom
            kolomtal += per_kolom
    delta = np.zeros(b * n)
    if terug:
        for d in range(len(lagen) - 1, 1, -1):
            deze = lagen[d]
            plek, waarde = _verder(buren, deze, (1.0 + delta[deze]) / sigma[deze], b)
            hier = niveau[plek] == d - 1
            plek = plek[hier]
            delta[plek] = sigma[plek] * waarde[hier]
    return _Zoektocht(bereik, som, kolomsom, kolomtal, delta.reshape(b, n).sum(axis=0))


def _verder(
    buren: sparse.csr_array, plekken: np.ndarray, waarden: np.ndarray, b: int
) -> tuple[np.ndarray, np.ndarray]:
    """Sum ``waarden`` (at flat entries ``plekken`` of a ``b x n`` matrix, grouped by row
    in ascending order) over each entry's neighbours: the flat entries and sums of the
    product with the adjacency matrix."""
    n = buren.shape[0]
    rij, kolom = np.divmod(plekken, n)
    wijzer = np.searchsorted(rij, np.arange(b + 1))
    matrix = sparse.csr_array((waarden, kolom.astype(np.int32), wijzer), shape=(b, n))
    uit = matrix @ buren
    rijen = np.repeat(np.arange(b, dtype=np.int64), np.diff(uit.indptr))
    return rijen * n + uit.indices, uit.data


def _pagerank(van: np.ndarray, naar: np.ndarray, gewicht: np.ndarray, n: int) -> np.ndarray:
    """PageRank of the weighted stromen graph (networkx), in node order."""
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(zip(van.tolist(), naar.tolist(), gewicht.tolist(), strict=True))
    rang = nx.pagerank(g, alpha=DEMPING, weight="weight")
    return np.array([rang[i] for i in range(n)])


def _micmac(kaart: Kaart, ids: pd.Index) -> pd.DataFrame:
    """The MICMAC columns: the partners' rows from :func:`afhankelijkheid.macht`, the
    opgave's missing."""
    macht = afhankelijkheid.macht(kaart)
    invloed = macht["sterkte_op"].to_numpy("int64")
    afhankelijk = macht["sterkte_van"].to_numpy("int64")
    return pd.DataFrame(
        {
            "micmac_invloed": pd.array([pd.NA, *invloed], dtype="Int64"),
            "micmac_afhankelijkheid": pd.array([pd.NA, *afhankelijk], dtype="Int64"),
            "micmac_rol": pd.array([None, *rollen(invloed, afhankelijk)], dtype="str"),
        },
        index=ids,
    )
