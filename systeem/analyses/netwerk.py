"""Netwerk: the kaart as a networkx graph, and what happens when a partner leaves.

:func:`graaf` gives the kaart as a ``networkx.MultiDiGraph``: a node per partner plus the
opgave, an edge per stroom (``laag="stroom"``) and per afhankelijkheid
(``laag="afhankelijkheid"``, drawn from the dependent partner to the one it depends on).

"The network" for the break test is the undirected graph of who is linked to whom by a
stroom or an afhankelijkheid, the opgave included.  A partner *splits the network*
when removing it leaves more connected parts than there were: an articulation point of
that graph.  Its part of the network (connected component) then falls into pieces; one
piece stays the network, the others are *cut off*.  The piece that stays is the one
with the opgave; in a part with no path to the opgave, it is the largest piece, and of
pieces equally large the one holding the earliest partner in kaart order.
:func:`vertrek` answers "wat als X vertrekt": which nodes lose which stromen, which
afhankelijkheden break, and which pieces X's part falls into; :func:`afgesneden` gives
the nodes cut off for every partner at once.

:func:`afgesneden` and :func:`vertrek` are remembered by the kaart's content
(:func:`systeem.model.geheugen.onthoud`) and return their own copies.  The graphs
(:func:`graaf`, :func:`verbindingen`) are not: callers change them (``vertrek`` removes
a node), and copying a graph costs about as much as building it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart, records


def graaf(kaart: Kaart) -> nx.MultiDiGraph:
    """Return the kaart as a directed multigraph.

    Node attributes: ``naam``, ``rol`` (``"opgave"`` or ``"partner"``) and, for partners,
    the partner columns (``type``, ``sector``, ``invloed``, ``toelichting``).  Edge keys
    are ``("stroom", i)`` and ``("afhankelijkheid", i)`` with ``i`` the row in its table;
    edge attributes are the row's columns plus ``laag``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 2", "b>a 4")
    >>> g = graaf(k)
    >>> sorted(g.nodes), g.number_of_edges(), g.edges["b", "a", ("afhankelijkheid", 0)]["sterkte"]
    (['a', 'b', 'opgave'], 2, 4)
    """
    g = nx.MultiDiGraph(titel=kaart.titel)
    g.add_node(OPGAVE, naam=kaart.namen()[OPGAVE], rol="opgave")
    attrs = records(kaart.partners.drop(columns="id").assign(rol="partner"))
    g.add_nodes_from(zip(kaart.partners["id"], attrs, strict=True))
    afh = kaart.afhankelijkheden.rename(columns={"partner": "van", "afhankelijk_van": "naar"})
    for laag, rijen in (("stroom", kaart.stromen), ("afhankelijkheid", afh)):
        attrs = records(rijen.drop(columns=["van", "naar"]).assign(laag=laag))
        sleutels = ((laag, i) for i in range(len(rijen)))
        g.add_edges_from(zip(rijen["van"], rijen["naar"], sleutels, attrs, strict=False))
    return g


def verbindingen(kaart: Kaart) -> nx.Graph:
    """Return the undirected graph of who is linked to whom (stroom or afhankelijkheid).

    Every partner and the opgave is a node, also when it has no links.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 2")
    >>> sorted(verbindingen(k).edges("a"))
    [('a', 'opgave')]
    """
    g = nx.Graph()
    g.add_nodes_from([OPGAVE, *kaart.partners["id"]])
    for tabel, van, naar in (
        (kaart.stromen, "van", "naar"),
        (kaart.afhankelijkheden, "partner", "afhankelijk_van"),
    ):
        # numpy object arrays iterate far faster than arrow-backed string columns
        g.add_edges_from(zip(tabel[van].to_numpy(), tabel[naar].to_numpy(), strict=True))
    return g


def scharnierpunten(kaart: Kaart) -> list[str]:
    """Return the partners whose departure splits the network, in kaart order.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 2, b>a kennis 1")
    >>> scharnierpunten(k)
    ['a']
    """
    return list(afgesneden(kaart))


@onthoud()
def afgesneden(kaart: Kaart) -> dict[str, list[str]]:
    """Return, for every partner whose departure splits the network, the nodes that
    would be cut off, both in kaart order.

    When partner X leaves, the part of the network X was in (its connected component)
    falls into pieces.  One piece stays "the network": in the opgave's part, the piece
    with the opgave; in a part with no path to the opgave, the largest piece, and of
    pieces equally large the one holding the earliest partner in kaart order.  The nodes
    of the other pieces are *cut off*.  A partner with no links, or with links to only
    one piece (a leaf), splits nothing and is not listed.  This is
    ``vertrek(kaart, X).afgesneden`` (:func:`vertrek`) for all partners at once, in
    linear time (plus the size of the answer): one pass over the block-cut tree of the
    graph instead of one search per partner.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b c", "a>opgave geld 2, b>a kennis 1, c>b kennis 1")
    >>> afgesneden(k)
    {'a': ['b', 'c'], 'b': ['c']}

    Apart from the opgave, the larger piece stays: without hub, a and b still have
    each other and only c is cut off.

    >>> k = schets("hub a b c", "hub>a geld 1, a>b geld 1, b>hub geld 1, hub>c geld 1")
    >>> afgesneden(k)
    {'hub': ['c']}
    """
    g = verbindingen(kaart)
    boom, eigenaar = _blok_scharnier_boom(g)
    if not any(soort == "scharnier" and v != OPGAVE for soort, v in boom):
        return {}
    volgorde = [OPGAVE, *kaart.partners["id"]]
    # Root every part of the tree at the tree node that owns the part's earliest node
    # in kaart order (the opgave's node for the opgave's part) and number it in
    # pre-order: a subtree is then the contiguous range nummer .. einde.
    nummer: dict[object, int] = {}
    ouder: list[int] = []  # per pre-order number: the parent's number, -1 for a root
    wortel: list[int] = []  # per pre-order number: the number of its part's root
    for k in volgorde:
        begin = eigenaar[k]
        if begin in nummer:
            continue
        w = nummer[begin] = len(ouder)
        ouder.append(-1)
        wortel.append(w)
        for boven, onder in nx.dfs_edges(boom, begin):
            nummer[onder] = len(ouder)
            ouder.append(nummer[boven])
            wortel.append(w)
    # Per tree node: the graph nodes it owns (how many, the earliest in kaart order),
    # summed over its subtree in reverse pre-order.
    plek = np.fromiter((nummer[eigenaar[k]] for k in volgorde), dtype=np.int64, count=len(volgorde))
    grootte = np.bincount(plek, minlength=len(ouder)).tolist()
    eerste = np.full(len(ouder), len(volgorde), dtype=np.int64)
    np.minimum.at(eerste, plek, np.arange(len(volgorde)))
    eerste = eerste.tolist()
    aantal = [1] * len(ouder)
    for i in range(len(ouder) - 1, 0, -1):
        o = ouder[i]
        if o >= 0:
            aantal[o] += aantal[i]
            grootte[o] += grootte[i]
            eerste[o] = min(eerste[o], eerste[i])
    # The graph nodes sorted by their owner's number: a subtree's nodes are one slice.
    op_plek = np.argsort(plek, kind="stable")
    plekken = plek[op_plek]
    ids = np.asarray(volgorde, dtype=object)

    def binnen(van: int, tot: int) -> np.ndarray:
        """Positions in kaart order of the graph nodes owned by tree nodes van .. tot."""
        return op_plek[np.searchsorted(plekken, van) : np.searchsorted(plekken, tot, "right")]

    opgave_deel = wortel[nummer[eigenaar[OPGAVE]]]
    uit: dict[str, list[str]] = {}
    for partner in volgorde[1:]:
        knoop = ("scharnier", partner)
        if knoop not in nummer:
            continue
        i = nummer[knoop]
        einde = i + aantal[i] - 1
        w = wortel[i]
        # The pieces: the subtree of each child block, and the rest of the part above.
        stukken = [
            (grootte[c], -eerste[c], c) for c in map(nummer.__getitem__, boom[knoop]) if c > i
        ]
        if w == opgave_deel:
            bewaard = -1  # the piece above, which holds the opgave
        else:
            boven = grootte[w] - grootte[i]
            bewaard = max([*stukken, *([(boven, -eerste[w], -1)] if boven else [])])[2]
        if bewaard < 0:
            los = binnen(i + 1, einde)
        else:
            # The whole part (numbers w .. w + aantal[w] - 1) but the partner and the
            # child subtree that stays: the piece above is cut off too.
            los = np.concatenate(
                [
                    binnen(w, i - 1),
                    binnen(i + 1, bewaard - 1),
                    binnen(bewaard + aantal[bewaard], w + aantal[w] - 1),
                ]
            )
        uit[partner] = ids[np.sort(los)].tolist()
    return uit


@dataclass(frozen=True)
class Vertrek:
    """What a partner's departure does to the rest of the kaart (see :func:`vertrek`)."""

    partner: str
    #: Per node that had stromen with the partner: ``id``, ``mist_halen`` (waarde it
    #: received from the partner), ``mist_brengen`` (waarde it gave the partner).
    verloren_stromen: pd.DataFrame
    #: The afhankelijkheden rows that involve the partner, on either side.
    gebroken_afhankelijkheden: pd.DataFrame
    #: The pieces the partner's part of the network falls into without it, each a list
    #: of node ids in kaart order: first the piece that stays the network (the opgave's,
    #: or apart from the opgave the largest), then the pieces cut off, largest first.
    #: Other parts of the kaart are not listed; a partner without links leaves none.
    delen: list[list[str]]
    #: The nodes cut off from the network, in kaart order (``afgesneden(kaart)[partner]``).
    afgesneden: list[str]

    @property
    def splitst(self) -> bool:
        """True when the partner's departure cuts nodes off: its part falls into pieces."""
        return len(self.delen) > 1


@onthoud()
def vertrek(kaart: Kaart, partner: str) -> Vertrek:
    """Work out "wat als ``partner`` vertrekt": which nodes lose which stromen, which
    afhankelijkheden break, and which pieces the partner's part of the network falls into.

    The piece that stays "the network" is the one with the opgave; in a part with no
    path to the opgave it is the largest piece, and of pieces equally large the one
    holding the earliest partner in kaart order.  The other pieces are cut off (the same
    rule as :func:`afgesneden`).

    Parameters
    ----------
    kaart : the kaart.
    partner : the id of the partner that leaves.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 2, b>a kennis 1")
    >>> v = vertrek(k, "a")
    >>> v.splitst, v.delen, v.afgesneden
    (True, [['opgave'], ['b']], ['b'])
    >>> v.verloren_stromen.to_dict(orient="records")
    [{'id': 'opgave', 'mist_halen': 2, 'mist_brengen': 0}, {'id': 'b', 'mist_halen': 0, 'mist_brengen': 1}]
    """
    if partner not in set(kaart.partners["id"]):
        raise KeyError(f'onbekende partner "{partner}"')
    stromen = kaart.stromen
    volgorde = [OPGAVE, *kaart.partners["id"]]
    gekregen = stromen.loc[stromen["van"] == partner].groupby("naar")["waarde"].sum()
    gegeven = stromen.loc[stromen["naar"] == partner].groupby("van")["waarde"].sum()
    verloren = pd.DataFrame({"mist_halen": gekregen, "mist_brengen": gegeven}).fillna(0)
    verloren = verloren.astype("int64").reindex([k for k in volgorde if k in verloren.index])
    afh = kaart.afhankelijkheden
    gebroken = afh[(afh["partner"] == partner) | (afh["afhankelijk_van"] == partner)]

    g = verbindingen(kaart)
    buren = list(g[partner])
    g.remove_node(partner)
    # The pieces of the partner's part: one per former neighbour not reached yet.
    stukken: list[set[str]] = []
    bereikt: set[str] = set()
    for buur in buren:
        if buur not in bereikt:
            stukken.append(nx.node_connected_component(g, buur))
            bereikt |= stukken[-1]
    rang = {k: i for i, k in enumerate(volgorde)}
    # Sorted so the piece that stays comes first: the opgave's, else the largest with
    # the earliest partner (the first node of a piece in kaart order).
    delen = sorted(
        (sorted(stuk, key=rang.__getitem__) for stuk in stukken),
        key=lambda deel: (deel[0] != OPGAVE, -len(deel), rang[deel[0]]),
    )
    return Vertrek(
        partner=partner,
        verloren_stromen=verloren.rename_axis("id").reset_index(),
        gebroken_afhankelijkheden=gebroken.reset_index(drop=True),
        delen=delen,
        afgesneden=sorted((k for deel in delen[1:] for k in deel), key=rang.__getitem__),
    )


def _blok_scharnier_boom(g: nx.Graph) -> tuple[nx.Graph, dict[str, object]]:
    """The block-cut tree of ``g`` and, per graph node, the tree node that owns it.

    Tree nodes are ``("blok", i)`` for each biconnected component and
    ``("scharnier", v)`` for each articulation point; a block is linked to the
    articulation points in it.  A node that is no articulation point is owned by its one
    block (an isolated node gets a block of its own); an articulation point by itself.
    """
    blokken = [*nx.biconnected_components(g), *({v} for v in nx.isolates(g))]
    # An articulation point is a node that lies in more than one block.
    telling = Counter(v for blok in blokken for v in blok)
    scharnieren = {v for v, n in telling.items() if n > 1}
    boom = nx.Graph()
    eigenaar: dict[str, object] = {v: ("scharnier", v) for v in scharnieren}
    boom.add_nodes_from(eigenaar.values())
    for i, blok in enumerate(blokken):
        knoop = ("blok", i)
        boom.add_node(knoop)
        for v in blok:
            if v in scharnieren:
                boom.add_edge(knoop, ("scharnier", v))
            else:
                eigenaar[v] = knoop
    return boom, eigenaar
