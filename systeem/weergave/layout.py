"""Layout: where every node of a kaart stands on the map, stable as the kaart grows.

A *positie* is an ``(x, y)`` place in vis-network pixels (``y`` grows downwards).  The
opgave stands in the middle, at ``(0, 0)`` unless the kaart says otherwise; the partners
stand around it, the way partners sit around a table with the shared task on it.

The rules, in order:

1. A node that already has a positie in ``kaart.posities`` keeps it exactly (a user may
   have dragged it there; the map must not jump).
2. A fresh kaart (no partner has a positie) is laid out on *rings* around the opgave:
   slightly wide ellipses (landscape screens), first ring at :data:`RING_STRAAL` px, a
   single ring growing with the number of partners up to :data:`EEN_RING_MAX` partners,
   then extra rings :data:`RING_AFSTAND` px apart.  Neighbours on a ring stand at least
   :data:`AFSTAND` px apart along the ring, so nodes and labels do not overlap.  The
   partners are ordered along the rings by the reverse Cuthill-McKee ordering of the
   partner-to-partner links (stromen and afhankelijkheden, the opgave left out): partners
   linked to each other sit next to each other, and arrows between them stay short.
3. A kaart that grows (some partners placed, a few new ones): each new partner, in kaart
   order, goes to the free spot nearest to the partners it is linked to, or, without such
   links, in the largest free gap on the outer ring.  A spot is free when it is at least
   :data:`MIN_AFSTAND` px from every node and outside the opgave's own circle.  Nothing
   already placed moves.
4. When more than :data:`BIJ_MAX` partners lack a positie at once (a big import into a
   placed kaart), they get rings of their own outside everything already placed.

Everything is deterministic: no random numbers are drawn at all, so the same kaart gives
the same positions, to the bit.  The cost is one graph ordering (linear in the links) for
a fresh kaart, and a few vectorised distance checks per new partner for a growing one.
:func:`met_posities` stores the result in the kaart, which is what keeps a layout stable
over later edits; a kaart without stored posities is laid out afresh from its content.
:func:`posities` is remembered by the kaart's content (:func:`systeem.model.geheugen.onthoud`),
so that layout is computed once per content, and returns its own dict.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import reverse_cuthill_mckee
from scipy.spatial import cKDTree

from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart

#: Radius (px, vertical half-axis) of the first ring around the opgave.
RING_STRAAL = 320.0
#: Distance (px) between two rings.
RING_AFSTAND = 200.0
#: Minimum distance (px) between two neighbours along a ring.
AFSTAND = 190.0
#: Horizontal stretch of the rings (ellipses suit landscape screens and wide labels).
BREEDTE = 1.7
#: Up to this many partners stand on one ring that grows with them.
EEN_RING_MAX = 20
#: Minimum distance (px) from a newly placed partner to every other node.
MIN_AFSTAND = 160.0
#: A new partner keeps at least this distance (px, elliptic radius) from the opgave.
KERN = 0.75 * RING_STRAAL
#: More partners than this without a positie are placed on rings of their own.
BIJ_MAX = 50

Positie = tuple[float, float]


@onthoud()
def posities(kaart: Kaart) -> dict[str, Positie]:
    """Return a positie for every node of the kaart: the opgave first, then the partners.

    Parameters
    ----------
    kaart : the kaart; ``kaart.posities`` may hold places for some or all nodes (places
        of nodes no longer in the kaart are ignored).

    Returns
    -------
    ``{node id: (x, y)}`` in vis-network pixels for the opgave and every partner, in kaart
    order.  Known places are kept exactly; the others follow the rules in the module
    docstring.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 2}],
    ...     "posities": {"a": [10, 400]}})
    >>> p = posities(k)
    >>> p["opgave"], p["a"], p["b"] != p["a"]
    ((0.0, 0.0), (10.0, 400.0), True)
    """
    ids = kaart.partners["id"]
    bekend = {k: (float(x), float(y)) for k, (x, y) in kaart.posities.items()}
    midden = bekend.get(OPGAVE, (0.0, 0.0))
    geplaatst = np.fromiter((k in bekend for k in ids.tolist()), dtype=bool, count=len(ids))
    if geplaatst.all():
        return {OPGAVE: midden, **{k: bekend[k] for k in ids}}

    nieuw = ids[~geplaatst].tolist()
    if not geplaatst.any():
        xy = _ringen(len(nieuw), midden, RING_STRAAL)
        xy = xy[_volgorde(kaart, nieuw)]
        extra = dict(zip(nieuw, map(tuple, xy.tolist()), strict=True))
    elif len(nieuw) > BIJ_MAX:
        oud = np.array([bekend[k] for k in ids[geplaatst]], dtype=float)
        buiten = float(_straal(oud, midden).max()) + RING_AFSTAND
        xy = _ringen(len(nieuw), midden, buiten, een_ring=False)
        xy = xy[_volgorde(kaart, nieuw)]
        extra = dict(zip(nieuw, map(tuple, xy.tolist()), strict=True))
    else:
        extra = _bijplaatsen(kaart, bekend, midden, nieuw)
    alles = {**bekend, **extra}
    return {OPGAVE: midden, **{k: alles[k] for k in ids}}


def met_posities(kaart: Kaart) -> Kaart:
    """Return the kaart with a positie stored for every node (see :func:`posities`).

    Places of nodes that are no longer in the kaart are dropped.  Storing the places is
    what keeps the map stable: later edits only add places for new partners.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}], "stromen": [],
    ...     "posities": {"a": [1, 2]}})
    >>> sorted(met_posities(k).posities.items())
    [('a', (1.0, 2.0)), ('opgave', (0.0, 0.0))]
    """
    return kaart.met(posities=posities(kaart))


# ---------------------------------------------------------------------------
# Rings for a fresh kaart (or a big batch of new partners).


def _ringen(n: int, midden: Positie, straal: float, *, een_ring: bool = True) -> np.ndarray:
    """Return ``n`` places on rings around ``midden``, in ring order, clockwise from the top.

    With ``een_ring`` and at most :data:`EEN_RING_MAX` places, one ring grows so that
    neighbours stay :data:`AFSTAND` apart; otherwise rings start at ``straal`` and are
    filled inside out, the last one spread evenly over its whole length.
    """
    if n == 0:
        return np.zeros((0, 2))
    if een_ring and n <= EEN_RING_MAX:
        stralen = [max(straal, n * AFSTAND / (2 * math.pi))]
        aantallen = [n]
    else:
        stralen, aantallen, rest = [], [], n
        while rest > 0:
            r = straal + len(stralen) * RING_AFSTAND
            past = max(1, int(2 * math.pi * r / AFSTAND))
            stralen.append(r)
            aantallen.append(min(past, rest))
            rest -= aantallen[-1]
    ring = np.repeat(np.arange(len(stralen)), aantallen)
    plek = np.arange(n) - np.repeat(np.cumsum(aantallen) - aantallen, aantallen)
    aantal = np.asarray(aantallen, dtype=float)[ring]
    # Odd rings are turned half a step, so rings do not line up radially.
    hoek = -math.pi / 2 + 2 * math.pi * (plek + 0.5 * (ring % 2)) / aantal
    r = np.asarray(stralen)[ring]
    xy = np.column_stack([midden[0] + BREEDTE * r * np.cos(hoek), midden[1] + r * np.sin(hoek)])
    return np.round(xy, 1)


def _volgorde(kaart: Kaart, ids: list[str]) -> np.ndarray:
    """Return, for each of ``ids``, its place along the rings (linked partners adjacent).

    The reverse Cuthill-McKee ordering of the partner-to-partner links; for a single ring
    (at most :data:`EEN_RING_MAX` partners) it is then improved by swapping pairs while
    that shortens the total length of the links drawn as chords of the ring.
    """
    kies = set(ids)
    links = _links(kaart)
    links = links[links["a"].isin(kies) & links["b"].isin(kies) & (links["a"] != links["b"])]
    index = pd.Index(ids)
    # scipy's ordering works on integer indices, so it does not depend on the order in
    # which Python iterates a set of strings (networkx's does: it changed per process).
    a, b = index.get_indexer(links["a"]), index.get_indexer(links["b"])
    buren = sparse.csr_matrix(
        (np.ones(2 * len(a)), (np.concatenate([a, b]), np.concatenate([b, a]))),
        shape=(len(ids), len(ids)),
    )
    orde = reverse_cuthill_mckee(buren, symmetric_mode=True)
    plek = np.empty(len(ids), dtype="int64")
    plek[orde] = np.arange(len(ids))
    if 2 < len(ids) <= EEN_RING_MAX and len(links):
        gewicht = np.zeros((len(ids), len(ids)))
        np.add.at(gewicht, (index.get_indexer(links["a"]), index.get_indexer(links["b"])), 1.0)
        plek = _rond_verbeteren(plek, gewicht + gewicht.T)
    return plek


def _rond_verbeteren(plek: np.ndarray, gewicht: np.ndarray) -> np.ndarray:
    """Swap places on one ring while the weighted chord length of the links drops.

    A deterministic first-improvement search over all pairs (``n <= EEN_RING_MAX``,
    so at most a few thousand cheap evaluations).
    """
    n = len(plek)
    plek = plek.copy()

    def kosten(p: np.ndarray) -> float:
        verschil = np.abs(p[:, None] - p[None, :])
        return float((gewicht * np.sin(np.pi * verschil / n)).sum())

    beste = kosten(plek)
    for _ in range(20):
        beter = False
        for i in range(n - 1):
            for j in range(i + 1, n):
                plek[[i, j]] = plek[[j, i]]
                nu = kosten(plek)
                if nu < beste - 1e-9:
                    beste, beter = nu, True
                else:
                    plek[[i, j]] = plek[[j, i]]
        if not beter:
            break
    return plek


def _links(kaart: Kaart) -> pd.DataFrame:
    """Return the partner-to-partner links (stromen and afhankelijkheden) as columns a, b."""
    afh = kaart.afhankelijkheden
    links = pd.DataFrame(
        {
            "a": pd.concat([kaart.stromen["van"], afh["partner"]], ignore_index=True),
            "b": pd.concat([kaart.stromen["naar"], afh["afhankelijk_van"]], ignore_index=True),
        }
    )
    return links[(links["a"] != OPGAVE) & (links["b"] != OPGAVE)]


# ---------------------------------------------------------------------------
# Placing a few new partners into a kaart that is already laid out.


def _bijplaatsen(
    kaart: Kaart, bekend: dict[str, Positie], midden: Positie, nieuw: list[str]
) -> dict[str, Positie]:
    """Place each of ``nieuw`` (at most :data:`BIJ_MAX`) without moving anything placed."""
    links = _links(kaart)
    kies = set(nieuw)
    beide = pd.concat([links, links.rename(columns={"a": "b", "b": "a"})], ignore_index=True)
    beide = beide[beide["a"].isin(kies)]
    buren = beide.groupby("a", sort=False)["b"].agg(list).to_dict()

    ids = set(kaart.partners["id"])
    plaats = {OPGAVE: midden, **{k: v for k, v in bekend.items() if k in ids}}
    xy = np.array(list(plaats.values()), dtype=float)
    extra: dict[str, Positie] = {}
    for knoop in nieuw:  # at most BIJ_MAX rounds
        bij = [plaats[b] for b in buren.get(knoop, []) if b in plaats and b != OPGAVE]
        punt = _vrije_plek(xy, midden, np.array(bij, dtype=float) if bij else None)
        plaats[knoop] = extra[knoop] = punt
        xy = np.vstack([xy, punt])
    return extra


def _vrije_plek(xy: np.ndarray, midden: Positie, buren: np.ndarray | None) -> Positie:
    """Return the free spot nearest to the centroid of ``buren``, else on the outer ring."""
    boom = cKDTree(xy)
    if buren is not None:
        centrum = np.asarray(midden, dtype=float)
        doel = buren.mean(axis=0)
        afstand = float(_straal(doel[None, :], midden)[0])
        if afstand < RING_STRAAL:
            # Too close to the opgave: move out along the same direction to the first ring.
            richting = (doel - centrum) / afstand if afstand > 1e-9 else np.array([0.0, -1.0])
            doel = centrum + richting * RING_STRAAL
        kandidaten = doel + _spiraal()
        vrij = (boom.query(kandidaten, distance_upper_bound=MIN_AFSTAND)[0] >= MIN_AFSTAND) & (
            _straal(kandidaten, midden) >= KERN
        )
        if vrij.any():
            return _punt(kandidaten[int(np.argmax(vrij))])
    return _op_buitenring(boom, xy, midden)


def _op_buitenring(boom: cKDTree, xy: np.ndarray, midden: Positie) -> Positie:
    """Return the middle of the largest free gap on the outer ring (or just outside it)."""
    buiten = max(float(_straal(xy, midden).max()), RING_STRAAL)
    hoek = -math.pi / 2 + 2 * math.pi * np.arange(720) / 720
    plafond = 3 * MIN_AFSTAND
    for r in (buiten, buiten + RING_AFSTAND, buiten + 2 * RING_AFSTAND):
        ring = np.column_stack(
            [midden[0] + BREEDTE * r * np.cos(hoek), midden[1] + r * np.sin(hoek)]
        )
        afstand = np.minimum(boom.query(ring, distance_upper_bound=plafond)[0], plafond)
        if afstand.max() >= MIN_AFSTAND:
            break
    return _punt(ring[int(np.argmax(afstand))])


@functools.cache
def _spiraal() -> np.ndarray:
    """Offsets (px) of candidate spots, nearest first: a sunflower spiral of 4000 points."""
    i = np.arange(4000)
    r = 28.0 * np.sqrt(i)
    hoek = i * math.pi * (3 - math.sqrt(5))
    return np.column_stack([r * np.cos(hoek), r * np.sin(hoek)])


def _straal(punten: np.ndarray, midden: Positie) -> np.ndarray:
    """Elliptic radius of each point around ``midden`` (the rings have radius ``r``)."""
    dx = (punten[:, 0] - midden[0]) / BREEDTE
    dy = punten[:, 1] - midden[1]
    return np.hypot(dx, dy)


def _punt(xy: np.ndarray) -> Positie:
    return (round(float(xy[0]), 1), round(float(xy[1]), 1))
