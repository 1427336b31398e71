"""Netwerk: the kaart as a networkx graph, and what happens when a partner leaves.

:func:`graaf` gives the kaart as a ``networkx.MultiDiGraph``: a node per partner plus the
opgave, an edge per stroom (``laag="stroom"``) and per afhankelijkheid
(``laag="afhankelijkheid"``, drawn from the dependent partner to the one it depends on).

"The network" for the break test is the undirected graph of who is linked to whom by a
stroom or an afhankelijkheid, the opgave included.  A partner *splits the network*
when removing it leaves more connected parts than there were: an articulation point of
that graph.  :func:`vertrek` answers "wat als X vertrekt": which nodes lose which
stromen, which afhankelijkheden break, and whether (and how) the network splits.

:func:`afgesneden` and :func:`vertrek` are remembered by the kaart's content
(:func:`systeem.geheugen.onthoud`) and return their own copies.  The graphs
(:func:`graaf`, :func:`verbindingen`) are not: callers change them (``vertrek`` removes
a node), and copying a graph costs about as much as building it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from systeem.geheugen import onthoud
from systeem.kaart import OPGAVE, Kaart, records


def graaf(kaart: Kaart) -> nx.MultiDiGraph:
    """Return the kaart as a directed multigraph.

    Node attributes: ``naam``, ``rol`` (``"opgave"`` or ``"partner"``) and, for partners,
    the partner columns (``type``, ``sector``, ``invloed``, ``toelichting``).  Edge keys
    are ``("stroom", i)`` and ``("afhankelijkheid", i)`` with ``i`` the row in its table;
    edge attributes are the row's columns plus ``laag``.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}],
    ...     "afhankelijkheden": [{"partner": "b", "afhankelijk_van": "a", "sterkte": 4}]})
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
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
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
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 1}]})
    >>> scharnierpunten(k)
    ['a']
    """
    return list(afgesneden(kaart))


@onthoud()
def afgesneden(kaart: Kaart) -> dict[str, list[str]]:
    """Return, for every partner whose departure splits the network, the nodes that
    would be cut off, both in kaart order.

    "Cut off" means: no longer connected to the opgave.  In a part of the network that
    was apart from the opgave already, it means cut off from the part's first block
    (see below).  This is :func:`vertrek` for all partners at once, in linear time:
    one pass over the biconnected components (the block-cut tree of the graph) instead
    of one search per partner.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"},
    ...                  {"id": "c", "naam": "C"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 1},
    ...                 {"van": "c", "naar": "b", "soort": "kennis", "waarde": 1}]})
    >>> afgesneden(k)
    {'a': ['b', 'c'], 'b': ['c']}
    """
    g = verbindingen(kaart)
    boom, eigenaar = _blok_scharnier_boom(g)
    scharnieren = {v for soort, v in boom if soort == "scharnier"} - {OPGAVE}
    if not scharnieren:
        return {}
    # Pre-order numbering of the tree, rooted at the opgave's tree node, then at any
    # node of every tree part not reached yet: a subtree is a contiguous range.
    wortels = [eigenaar[OPGAVE], *boom.nodes]
    nummer: dict[object, int] = {}
    einde: dict[object, int] = {}
    for wortel in wortels:
        if wortel in nummer:
            continue
        for knoop in nx.dfs_preorder_nodes(boom, wortel):
            nummer[knoop] = len(nummer)
        for knoop in nx.dfs_postorder_nodes(boom, wortel):
            einde[knoop] = max(
                [nummer[knoop], *(einde[k] for k in boom[knoop] if nummer[k] > nummer[knoop])]
            )
    volgorde = [OPGAVE, *kaart.partners["id"]]
    rang = {k: i for i, k in enumerate(volgorde)}
    plek = pd.Series({k: nummer[eigenaar[k]] for k in volgorde}).sort_values(kind="stable")
    uit: dict[str, list[str]] = {}
    for partner in (p for p in volgorde if p in scharnieren):
        knoop = ("scharnier", partner)
        binnen = plek[(plek > nummer[knoop]) & (plek <= einde[knoop])].index
        uit[partner] = sorted(binnen, key=rang.__getitem__)
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
    #: The connected parts of the network without the partner, each a list of node ids
    #: in kaart order: the opgave's part first, then the others, largest first.
    delen: list[list[str]]

    @property
    def splitst(self) -> bool:
        """True when the network falls apart into more parts than it had before."""
        return len(self.delen) > self._delen_voor

    _delen_voor: int = 1


@onthoud()
def vertrek(kaart: Kaart, partner: str) -> Vertrek:
    """Work out "wat als ``partner`` vertrekt".

    Parameters
    ----------
    kaart : the kaart.
    partner : the id of the partner that leaves.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 1}]})
    >>> v = vertrek(k, "a")
    >>> v.splitst, v.delen, v.verloren_stromen.to_dict(orient="records")
    (True, [['opgave'], ['b']], [{'id': 'opgave', 'mist_halen': 2, 'mist_brengen': 0}, {'id': 'b', 'mist_halen': 0, 'mist_brengen': 1}])
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
    # Removing a node that had no links removes one part too; compare like with like.
    voor = nx.number_connected_components(g) - (1 if g.degree(partner) == 0 else 0)
    g.remove_node(partner)
    rang = {k: i for i, k in enumerate(volgorde)}
    delen = sorted(
        (sorted(deel, key=rang.__getitem__) for deel in nx.connected_components(g)),
        key=lambda deel: (deel[0] != OPGAVE, -len(deel), rang[deel[0]]),
    )
    return Vertrek(
        partner=partner,
        verloren_stromen=verloren.rename_axis("id").reset_index(),
        gebroken_afhankelijkheden=gebroken.reset_index(drop=True),
        delen=delen,
        _delen_voor=voor,
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
