"""Graafbestanden: the kaart as a graph file for Gephi and other network tools (GEXF, GraphML).

The graph is a directed multigraph built with networkx and written by its writers:

- a node per partner and one for the opgave (id = the kaart's node id), with
  ``label`` (the name), ``rol`` (opgave/partner), ``type``, ``sector``, ``invloed``
  (when known), ``toelichting``, ``brengen``, ``halen``, ``balans`` (when the partner
  has stromen) and ``klasse`` (:mod:`systeem.analyses.balans`, default threshold), and the
  network measures of :func:`systeem.analyses.netwerkmaten.maten` under their column names
  (``graad_in``, ``graad_uit``, ``gewogen_in``, ``gewogen_uit``, ``betweenness``,
  ``closeness``, ``pagerank``, ``micmac_invloed``, ``micmac_afhankelijkheid``,
  ``micmac_rol``; the opgave has no MICMAC attributes); GEXF also gets the map's place,
  colour (the klasse colour) and size as ``viz`` data, GraphML the place as ``x`` and ``y``;
- an edge per stroom (key ``s<row>``: ``laag`` "stroom", ``soort``, ``waarde`` and
  ``weight`` (= waarde, for Gephi), ``omschrijving``, ``tastbaar``) and per
  afhankelijkheid (key ``a<row>``: ``laag`` "afhankelijkheid", ``waarvoor``, ``sterkte``
  and ``weight``), from the dependent partner to the one it depends on.

The extra fields of partners, stromen and the opgave (:mod:`systeem.model.kaart`) are
attributes ``extra:<key>``, as text (the Kumu import's ``kumu:`` bookkeeping left out).
The opgave is left out when it has no text and no stroom touches it
(:func:`systeem.model.kaart.heeft_opgave`); without a text its label is "Gedeelde opgave"
in the file's language.  Belangen, the kaart's toelichting and the class labels' wording
are not carried.  Text loses the control characters XML 1.0 cannot hold.  These files are
for analysis elsewhere; they are written, not read back.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import networkx as nx
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.analyses import netwerkmaten
from systeem.model.kaart import OPGAVE, Kaart, extra_dict, extra_dicts, heeft_opgave, records
from systeem.teksten import tekst
from systeem.weergave import layout
from systeem.weergave.kleuren import KLASSE_KLEUREN, OPGAVE_KLEUR

GEXF_MIME = "application/gexf+xml"
GRAPHML_MIME = "application/graphml+xml"


def graaf(
    kaart: Kaart, drempel: float = balans_mod.DREMPEL, viz: bool = False, taal: str = "nl"
) -> nx.MultiDiGraph:
    """Return the kaart as a networkx multigraph with the attributes listed above.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold for ``klasse``.
    viz : add GEXF's ``viz`` data (place, colour, size) to each node.
    taal : the language of the opgave's label when the opgave has no text.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> g = graaf(schets("a", "a>opgave geld 2"), taal="en")
    >>> g.nodes["a"]["klasse"], g.edges["a", "opgave", "s0"]["waarde"], g.nodes["opgave"]["label"]
    ('geeft_veel_meer', 2, 'Shared task')
    >>> g.nodes["a"]["gewogen_uit"], g.nodes["opgave"]["pagerank"] > g.nodes["a"]["pagerank"]
    (2, True)
    """
    tabel = balans_mod.balans(kaart, drempel)
    totalen = balans_mod.totalen(kaart)
    plek = layout.posities(kaart)
    maten = netwerkmaten.maten(kaart)
    p = kaart.partners.set_index("id")
    knopen = pd.DataFrame(
        {
            "label": p["naam"],
            "rol": "partner",
            "type": p["type"],
            "sector": p["sector"],
            "invloed": p["invloed"].astype("float64"),
            "toelichting": p["toelichting"],
            "brengen": tabel["brengen"],
            "halen": tabel["halen"],
            "balans": tabel["balans"],
            "klasse": tabel["klasse"],
        }
    ).join(maten.drop(index=OPGAVE))
    g = nx.MultiDiGraph(titel=_xml(kaart.titel), opgave=_xml(kaart.opgave))
    if heeft_opgave(kaart):
        g.add_node(
            OPGAVE,
            label=_xml(kaart.opgave or tekst("opgave", taal)),
            rol="opgave",
            brengen=int(totalen.at[OPGAVE, "brengen"]),
            halen=int(totalen.at[OPGAVE, "halen"]),
            **{k: v for k, v in records(maten.loc[[OPGAVE]])[0].items() if v is not None},
            **_extra(kaart.opgave_extra),
        )
    rijen = records(knopen.reset_index())
    for rij, extra in zip(rijen, extra_dicts(kaart.partners["extra"]), strict=True):
        if rij["invloed"] is not None:
            rij["invloed"] = int(rij["invloed"])
        rij.update(_extra(extra))
    g.add_nodes_from(
        (r.pop("id"), {k: _xml(v) for k, v in r.items() if v is not None}) for r in rijen
    )
    for knoop, (x, y) in plek.items():
        if knoop in g:
            g.nodes[knoop]["x"] = float(x)
            g.nodes[knoop]["y"] = float(y)
    if viz:
        for knoop, data in g.nodes(data=True):
            kleur = KLASSE_KLEUREN.get(data.get("klasse"), OPGAVE_KLEUR)
            r, gr, b = (int(kleur[i : i + 2], 16) for i in (1, 3, 5))
            data["viz"] = {
                "position": {"x": data["x"], "y": -data["y"], "z": 0.0},
                "color": {"r": r, "g": gr, "b": b, "a": 1.0},
                "size": float(4 + data.get("brengen", 0) + data.get("halen", 0))
                if knoop != OPGAVE
                else 20.0,
            }
    g.add_edges_from(_randen(kaart.stromen, "van", "naar", "stroom"))
    g.add_edges_from(
        _randen(kaart.afhankelijkheden, "partner", "afhankelijk_van", "afhankelijkheid")
    )
    return g


def naar_gexf(kaart: Kaart, taal: str = "nl") -> bytes:
    """Return the kaart as GEXF 1.2 (Gephi's own format), UTF-8 (``taal``: see :func:`graaf`).

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> b"<gexf" in naar_gexf(Kaart(titel="T"))
    True
    """
    return _geschreven(nx.write_gexf, graaf(kaart, viz=True, taal=taal))


def naar_graphml(kaart: Kaart, taal: str = "nl") -> bytes:
    """Return the kaart as GraphML, UTF-8 (``taal``: see :func:`graaf`).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> tekst = naar_graphml(schets("a", "a>opgave geld 2"), taal="en").decode()
    >>> "<graphml" in tekst, "Shared task" in tekst
    (True, True)
    """
    return _geschreven(nx.write_graphml, graaf(kaart, taal=taal), named_key_ids=True)


# ---------------------------------------------------------------------------
# Private helpers.


def _geschreven(schrijver: Callable[..., None], g: nx.MultiDiGraph, **opties: object) -> bytes:
    """The graph as the bytes networkx's ``schrijver`` writes (UTF-8, indented)."""
    uit = io.BytesIO()
    schrijver(g, uit, encoding="utf-8", prettyprint=True, **opties)
    return uit.getvalue()


_ONGELDIG_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _extra(velden: dict) -> dict[str, str]:
    """Extra fields as attributes ``extra:<key>``, each as text (a key may hold a number in
    one row and a word in another; GEXF and GraphML give an attribute one type).  The Kumu
    import's bookkeeping (keys ``kumu:...``) stays out."""
    return {
        f"extra:{k}": ("true" if v else "false") if isinstance(v, bool) else str(v)
        for k, v in velden.items()
        if not k.startswith("kumu:")
    }


def _xml(waarde: object) -> object:
    """Text without the characters XML 1.0 cannot hold; other values as they are."""
    if isinstance(waarde, str):
        return _ONGELDIG_XML.sub("", waarde)
    return waarde


#: Per kind of edge (``laag``): its attributes, each (name, column, conversion), in order.
_RAND_ATTRIBUTEN = {
    "stroom": (
        ("soort", "soort", _xml),
        ("waarde", "waarde", int),
        ("weight", "waarde", float),
        ("omschrijving", "omschrijving", _xml),
        ("tastbaar", "tastbaar", bool),
    ),
    "afhankelijkheid": (
        ("waarvoor", "waarvoor", _xml),
        ("sterkte", "sterkte", int),
        ("weight", "sterkte", float),
    ),
}


def _randen(tabel: pd.DataFrame, van: str, naar: str, laag: str) -> object:
    """An edge per row of ``tabel``: from column ``van`` to column ``naar``, key ``s<row>``
    or ``a<row>``, ``laag`` and the attributes of :data:`_RAND_ATTRIBUTEN` (and a stroom's
    extra fields)."""
    return (
        (
            r[van],
            r[naar],
            f"{laag[0]}{i}",
            {
                "laag": laag,
                **{naam: zet(r[kolom]) for naam, kolom, zet in _RAND_ATTRIBUTEN[laag]},
                **{k: _xml(v) for k, v in _extra(extra_dict(r.get("extra"))).items()},
            },
        )
        for i, r in enumerate(records(tabel.reset_index(drop=True)))
    )
