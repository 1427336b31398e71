"""Visdata: a kaart as the nodes, edges and options that vis-network draws.

The drawing (the *weergave*) is the map a user and a classroom look at:

- the opgave in the middle as a dark box; every partner a dot at its place from
  :mod:`systeem.weergave.layout` (physics off, so nothing moves by itself; nodes stay draggable);
- node colour = balance klasse (:mod:`systeem.analyses.balans`, colours in
  :mod:`systeem.weergave.kleuren`); node size = betrokkenheid (brengen + halen),
  invloed (0-5) or a network measure (:data:`systeem.analyses.netwerkmaten.MATEN`), as an
  area-true square-root scale between :data:`~systeem.weergave.kleuren.KLEINSTE` and
  :data:`~systeem.weergave.kleuren.GROOTSTE` px;
- one arrow per stroom, coloured by soort (:func:`~systeem.weergave.kleuren.soort_kleur`),
  width ``1 + 1.5 * waarde`` (a waarde above 5, as on a kaart summed per sector, is
  drawn as a 5);
- stromen that a scenario changed (``gewijzigd``) stand out: a wider line with a glow
  (vis ``shadow``), a tooltip that says so, and a legend line;
- afhankelijkheden (optional layer) as dashed grey arrows from the dependent partner to
  the partner it depends on; belangen (optional layer) as small satellites around their
  partner, shaped and coloured by houding;
- all edges between the same two nodes (either direction, either layer) are drawn as
  separate clockwise curves: the k-th edge from A to B gets roundness ``0.2 + 0.2 k``,
  and because "clockwise" turns with the direction of travel, B->A curves bend to the
  other side.  An edge alone between its two nodes is straight;
- above :data:`GROOT` partners the map is drawn in a *readable mode*: no partner labels
  (the name is in the tooltip), straight edges, edges hidden while dragging or zooming,
  and a line that says so (:func:`leesbaar_melding`).

:func:`vis_kolommen` gives the nodes, edges and options column by column: several times
faster to build and to write as JSON than one object per node.  The page
(:mod:`systeem.weergave.pagina`), the hand-out and the app's map component embed it,
and a few lines of JavaScript (``static/uitklappen.js``) expand it into vis objects.

Text from a kaart reaches vis-network only as JSON string values: labels are drawn on a
canvas and tooltips set with ``innerText`` in vis-network 9; the expansion only copies
values.

Why not pyvis's ``Network``: its ``add_node``/``add_edge``/``from_nx`` are quadratic in
the graph size (thousands of partners take seconds to minutes), ``from_nx`` mutates the
graph, and its Jinja template runs with autoescaping off (the heading and menus execute
injected markup) and loads Bootstrap from a CDN in every mode, which blocks drawing on a
classroom network that drops packets.  We only use the vis-network 9.1.2 files
(:func:`systeem.weergave.bronnen.vis_bestanden`).
"""

from __future__ import annotations

import math
import string
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.analyses import netwerkmaten
from systeem.model.kaart import HOUDINGEN, OPGAVE, Kaart
from systeem.teksten import TALEN, tekst, woordenlijst
from systeem.weergave import layout
from systeem.weergave.kleuren import (
    AFHANKELIJKHEID_KLEUR,
    BELANG_LIJN_KLEUR,
    GEWIJZIGD_EXTRA,
    GLOED,
    GROOTSTE,
    HOUDING_STIJL,
    KLASSE_KLEUREN,
    KLEINSTE,
    LETTER,
    NEUTRAAL,
    OPGAVE_KLEUR,
    soort_kleur,
)

#: What node size can stand for: betrokkenheid, invloed, or a network measure.
GROOTTES = ("betrokkenheid", "invloed", *netwerkmaten.MATEN)

#: Above this many edges, edges are hidden while dragging or zooming.
VEEL_RANDEN = 500
#: Steps of a presentation that reveals the kaart bit by bit: partners only, then the
#: stromen, then the balance colours.
STAPPEN = (1, 2, 3)

#: The balance klassen and their node colours, for a vectorised lookup.
_KLASSEN = pd.Index(balans_mod.KLASSEN, dtype=object)
_KLASSE_KLEUREN = np.array([KLASSE_KLEUREN[k] for k in balans_mod.KLASSEN], dtype=object)

#: Above this many partners the map switches to a readable mode (:func:`leesbare_modus`).
#:
#: Why 150.  Fitted to the app's map (about 1180 x 620 px), the layout's rings put a
#: node label (28 px on the map) on screen at 13 px for 20 partners, 11 px for 50,
#: 7.4 px for 100, 6.4 px for 150 and 5.5 px for 200, with neighbours 116, 92, 61, 51
#: and 46 px apart (measured with :func:`systeem.weergave.layout.posities` on ``bench/genereer.py``
#: kaarten).  From about 100 partners the names are small and longer ones overlap, but a
#: zoom step still makes them readable and they help to find one's way; beyond 150 they
#: are a grey smear at the fitted zoom (vis-network itself stops drawing labels below
#: 5 px, from about 200 partners) while each label, and each curved edge, still costs
#: drawing time on every frame of a pan or zoom.  Readable mode drops the labels (the
#: name shows in the tooltip), draws edges straight and hides them while dragging or
#: zooming.
GROOT = 150


def vis_kolommen(
    kaart: Kaart,
    *,
    drempel: float = balans_mod.DREMPEL,
    grootte: str = "betrokkenheid",
    afhankelijkheden: bool = True,
    belangen: bool = False,
    taal: str = "nl",
    stap: int = 3,
    gewijzigd: Sequence[bool] | pd.Series | None = None,
    leesbaar: bool | None = None,
) -> dict[str, Any]:
    """Return the kaart as vis-network data, column by column: compact, fast JSON.

    Parameters
    ----------
    kaart : the kaart; nodes without a positie are placed by :func:`systeem.weergave.layout.posities`.
    drempel : the balance threshold for the klasse (node colour).
    grootte : node size (:data:`GROOTTES`): ``"betrokkenheid"`` (brengen + halen),
        ``"invloed"`` (0-5) or a measure of :data:`systeem.analyses.netwerkmaten.MATEN`
        (scaled to the largest partner's; a missing value counts as 0).
    afhankelijkheden : draw the afhankelijkheden as dashed arrows.
    belangen : draw each belang as a small satellite node linked to its partner.
    taal : ``"nl"`` or ``"en"`` for the tooltips.
    stap : how much a presentation reveals (:data:`STAPPEN`): 1 the partners around the
        opgave only, 2 also the stromen (and the other layers), 3 also the balance
        (node colours and figures in the tooltips).  Default 3: everything.
    gewijzigd : which stromen a scenario changed (checked by :func:`gemarkeerd`).
        Marked stromen get ``gewijzigd: true``, a line
        :data:`~systeem.weergave.kleuren.GEWIJZIGD_EXTRA` px wider, a ``shadow`` glow in
        :data:`~systeem.weergave.kleuren.GEWIJZIGD_KLEUR` and a tooltip suffix; when
        something is marked, the other stromen get ``gewijzigd: false`` and ``shadow:
        false``.  With nothing marked the data is exactly that without the argument.
    leesbaar : readable mode for big kaarten: partner and belang nodes get no ``label``
        (the name is the first line of the tooltip; the opgave keeps its label), every
        edge is straight (``smooth: false``, no curves computed), and edges hide while
        dragging or zooming.  None (default) switches it on above :data:`GROOT` partners
        (:func:`leesbare_modus`).

    Returns
    -------
    ``{"vorm": "kolommen", "nodes": [...], "edges": [...], "options": {...},
    "leesbaar": bool, "zoom": {...}}``, plain Python (str, int, float, bool, list, dict;
    no NaN).  The nodes and the edges are each a list of *blokken*, one per kind
    (opgave, partners, belangen; stromen, afhankelijkheden, belang lines), in drawing
    order; stromen marked by ``gewijzigd`` split theirs into one blok per run of equally
    marked stromen.  A blok is ``{"aantal": n, "vast": {field: value}, "kolommen":
    {field: column}}``: every one of its ``n`` objects has the ``vast`` fields, and from
    every column its own value.  A column is a list of ``n`` values or, for a field with a
    few distinct values that are objects (edge curves), a dictionary code ``{"waarden":
    [...], "codes": [n indices]}``.  Objects are copied per item, never shared
    (``static/uitklappen.js`` expands it).  ``"leesbaar"`` says whether the readable mode
    is on; ``"zoom"`` holds the zoom buttons' texts.

    The objects: node ``id`` is the kaart's node id (``"opgave"`` or a partner id;
    belangen get ``"belang:<row>"``), every node has ``rol`` (opgave/partner/belang),
    partners also ``klasse``.  Edge ids are stable: ``"s<row>"`` per stroom, ``"a<row>"``
    per afhankelijkheid, ``"b<row>"`` per belang; edges carry ``laag``
    (stroom/afhankelijkheid/belang).

    ``json.dumps`` writes a few long lists far faster than thousands of small dicts
    (no keys repeated, nothing sorted per object), and the columns are built with
    numpy/pandas without a per-row step.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> d = vis_kolommen(schets("a b", "a>b geld 2, b>a kennis 1"))
    >>> opgave, partners = d["nodes"]
    >>> partners["aantal"], partners["vast"], partners["kolommen"]["label"], d["leesbaar"]
    (2, {'rol': 'partner'}, ['A', 'B'], False)
    >>> s = d["edges"][0]["kolommen"]
    >>> s["id"], s["title"][0], s["color"], s["width"]
    (['s0', 's1'], 'A → B: geld, waarde 2', ['#DDAA33', '#117733'], [4.0, 2.5])
    >>> partners["kolommen"]["color"], d["options"]["physics"]["enabled"]
    (['#D55E00', '#0072B2'], False)
    >>> marked = vis_kolommen(schets("a b", "a>b geld 2, b>a kennis 1"), gewijzigd=[False, True])
    >>> [(b["vast"]["gewijzigd"], b["kolommen"]["width"]) for b in marked["edges"]]
    [(False, [4.0]), (True, [5.5])]
    """
    if grootte not in GROOTTES:
        raise ValueError(f"grootte moet een van {GROOTTES} zijn, niet {grootte!r}")
    if stap not in STAPPEN:
        raise ValueError(f"stap moet een van {STAPPEN} zijn, niet {stap!r}")
    _controleer_taal(taal)
    markering = gemarkeerd(kaart, gewijzigd)
    lees = leesbare_modus(kaart, leesbaar)
    knopen = _knopen(kaart, taal)
    stromen = _stromen(kaart, knopen)
    tabel = balans_mod.balans(kaart, drempel)  # the only balance computation of the call

    partners, partner_grootte = _partner_knopen(
        kaart, tabel, knopen, grootte, belangen, taal, stap == 3, lees
    )
    blokken = [_opgave_knoop(kaart, knopen, stromen, taal), partners]
    randen: list[dict[str, Any]] = []
    if stap > 1:
        randen += _stroom_randen(stromen, knopen, taal, markering)
        van, naar = [stromen.van_plek], [stromen.naar_plek]
        if afhankelijkheden and len(kaart.afhankelijkheden):
            afh, afh_van, afh_naar = _afhankelijkheid_randen(kaart, knopen, taal)
            randen.append(afh)
            van.append(afh_van)
            naar.append(afh_naar)
        if lees:
            for blok in randen:
                blok["vast"]["smooth"] = False
        else:
            _bochten(randen, np.concatenate(van), np.concatenate(naar), len(knopen.ids))
        if belangen and len(kaart.belangen):
            b_knopen, b_randen = _belangen(kaart, knopen, partner_grootte, taal, lees)
            blokken.append(b_knopen)
            randen.append(b_randen)
    aantal_randen = sum(blok["aantal"] for blok in randen)
    return {
        "vorm": "kolommen",
        "nodes": blokken,
        "edges": randen,
        "options": _opties(aantal_randen, lees),
        "leesbaar": lees,
        "zoom": {k: tekst(f"kaart.zoom.{k}", taal) for k in ("in", "uit", "passend", "hint")},
    }


def leesbare_modus(kaart: Kaart, leesbaar: bool | None = None) -> bool:
    """Return whether the map of ``kaart`` is drawn in readable mode.

    ``leesbaar`` True or False decides; None (automatic) means: more than :data:`GROOT`
    partners.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> leesbare_modus(Kaart(titel="T")), leesbare_modus(Kaart(titel="T"), True)
    (False, True)
    """
    if leesbaar is None:
        return len(kaart.partners) > GROOT
    return bool(leesbaar)


def leesbaar_melding(kaart: Kaart, taal: str = "nl", leesbaar: bool | None = None) -> str | None:
    """Return the notice that the map is in readable mode, or None when it is not.

    ``leesbaar`` as for :func:`vis_kolommen`; the number of partners is written the way the
    language writes numbers.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a")
    >>> leesbaar_melding(k) is None
    True
    >>> leesbaar_melding(k, leesbaar=True)
    'Grote kaart (1 partners): namen verschijnen als je de muis op een partner houdt.'
    """
    _controleer_taal(taal)
    if not leesbare_modus(kaart, leesbaar):
        return None
    aantal = f"{len(kaart.partners):,}"
    if taal == "nl":
        aantal = aantal.replace(",", ".")
    return tekst("weergave.leesbaar", taal, aantal=aantal)


# ---------------------------------------------------------------------------
# Nodes.


class _Knopen(NamedTuple):
    """The nodes of the map, the opgave first, then the partners in kaart order."""

    index: pd.Index  # the ids, to look references up (one hash table per call)
    ids: np.ndarray  # object
    namen: np.ndarray  # object: display names
    xy: np.ndarray  # float64, one (x, y) row per node

    def plek(self, verwijzingen: np.ndarray) -> np.ndarray:
        """Row numbers of the node ids in ``verwijzingen`` (-1 for an unknown id)."""
        return self.index.get_indexer(verwijzingen)

    def naam(self, plek: np.ndarray, verwijzingen: np.ndarray) -> np.ndarray:
        """Display names of the nodes at ``plek``; an unknown id stays itself."""
        return np.where(plek >= 0, self.namen[plek], verwijzingen)


class _Stromen(NamedTuple):
    """The columns of ``kaart.stromen`` the map needs, as numpy arrays."""

    van: np.ndarray
    naar: np.ndarray
    van_plek: np.ndarray  # row numbers in _Knopen
    naar_plek: np.ndarray
    soort: np.ndarray
    waarde: np.ndarray  # int64
    omschrijving: np.ndarray


def _knopen(kaart: Kaart, taal: str) -> _Knopen:
    """Ids, names and places of the nodes; the layout only runs when a partner lacks a place."""
    partner_ids = _tekst(kaart.partners["id"])
    ids = np.concatenate([np.array([OPGAVE], dtype=object), partner_ids])
    index = pd.Index(ids, dtype=object)
    namen = np.concatenate(
        [
            np.array([kaart.opgave or tekst("opgave", taal)], dtype=object),
            _tekst(kaart.partners["naam"]),
        ]
    )
    if set(kaart.posities).issuperset(partner_ids):
        plek = {OPGAVE: (0.0, 0.0), **kaart.posities}
    else:
        plek = layout.posities(kaart)
    rij = index.get_indexer(list(plek))  # places of nodes no longer in the kaart: -1
    waarden = np.array(list(plek.values()), dtype="float64").reshape(-1, 2)
    xy = np.zeros((len(ids), 2))
    xy[rij[rij >= 0]] = waarden[rij >= 0]
    return _Knopen(index, ids, namen, xy)


def _stromen(kaart: Kaart, knopen: _Knopen) -> _Stromen:
    s = kaart.stromen
    van, naar = _tekst(s["van"]), _tekst(s["naar"])
    plek = knopen.plek(np.concatenate([van, naar]))
    return _Stromen(
        van=van,
        naar=naar,
        van_plek=plek[: len(van)],
        naar_plek=plek[len(van) :],
        soort=_tekst(s["soort"]),
        waarde=s["waarde"].to_numpy(dtype="int64"),
        omschrijving=_tekst(s["omschrijving"]),
    )


def _opgave_knoop(kaart: Kaart, knopen: _Knopen, stromen: _Stromen, taal: str) -> dict[str, Any]:
    brengen = int(stromen.waarde[stromen.van_plek == 0].sum())  # row 0: the opgave
    halen = int(stromen.waarde[stromen.naar_plek == 0].sum())
    regels = [tekst("opgave", taal)]
    if kaart.opgave:
        regels.append(kaart.opgave)
    regels.append(tekst("weergave.brengt_haalt", taal, brengen=brengen, halen=halen))
    knoop = {
        "id": OPGAVE,
        "rol": "opgave",
        "label": knopen.namen[0],
        "title": "\n".join(regels),
        "x": float(knopen.xy[0, 0]),
        "y": float(knopen.xy[0, 1]),
        "shape": "box",
        "color": {
            "background": OPGAVE_KLEUR,
            "border": "#000000",
            "highlight": {"background": "#000000", "border": "#000000"},
            "hover": {"background": "#000000", "border": "#000000"},
        },
        "font": {"color": "#FFFFFF", "size": 28, "strokeWidth": 0, "face": LETTER},
        "margin": 14,
        "widthConstraint": {"maximum": 330},
        "borderWidth": 2,
    }
    return _blok(1, knoop, {})


def _partner_knopen(
    kaart: Kaart,
    tabel: pd.DataFrame,
    knopen: _Knopen,
    grootte: str,
    belangen: bool,
    taal: str,
    onthul_balans: bool,
    leesbaar: bool,
) -> tuple[dict[str, Any], np.ndarray]:
    """Return the partners as one blok (see :func:`vis_kolommen`) and their node sizes.

    ``tabel`` is their balans (rows in kaart order).  Without ``onthul_balans`` the nodes
    are neutral grey and their tooltips leave out brengen, halen and balans (a
    presentation that has not reached the balance yet)."""
    p = kaart.partners
    naam = knopen.namen[1:]
    brengen = tabel["brengen"].to_numpy(dtype="int64")
    halen = tabel["halen"].to_numpy(dtype="int64")
    invloed = p["invloed"].to_numpy(dtype="float64", na_value=np.nan)
    if grootte == "betrokkenheid":
        maat = (brengen + halen).astype("float64")
        schaal = max(float(maat.max()) if len(maat) else 0.0, 1.0)
    elif grootte == "invloed":
        maat = np.nan_to_num(invloed, nan=0.0)
        schaal = 5.0
    else:  # a network measure; its rows are the opgave, then the partners in kaart order
        kolom = netwerkmaten.maten(kaart)[grootte].iloc[1:]
        maat = np.nan_to_num(kolom.to_numpy(dtype="float64", na_value=np.nan), nan=0.0)
        maat = maat.clip(min=0.0)
        grootste = float(maat.max()) if len(maat) else 0.0
        schaal = grootste if grootste > 0 else 1.0
    grootte_px = np.round(KLEINSTE + (GROOTSTE - KLEINSTE) * np.sqrt(maat / schaal), 1)

    klasse = tabel["klasse"].to_numpy(dtype=object)
    welke = _KLASSEN.get_indexer(klasse)
    regels = [_samen(_tekst(p["type"]), _tekst(p["sector"]), ", ")]
    if onthul_balans:
        klasse_label = np.array(
            [tekst(f"klasse.{k}", taal) for k in balans_mod.KLASSEN], dtype=object
        )[welke]
        balans = tabel["balans"].to_numpy(dtype="float64")
        leeg = np.isnan(balans)
        getal = _getallen("%+.2f", np.where(leeg, 0.0, balans), komma=taal == "nl")
        regels.append(_vul(tekst("weergave.brengt_haalt", taal), brengen=brengen, halen=halen))
        regels.append(
            np.where(
                leeg,
                klasse_label,
                _vul(tekst("weergave.balans", taal), balans=getal, klasse=klasse_label),
            )
        )
    geen_invloed = np.isnan(invloed)
    regels.append(
        np.where(
            geen_invloed,
            "",
            _vul(
                tekst("weergave.invloed", taal),
                invloed=_getallen("%d", np.where(geen_invloed, 0, invloed).astype("int64")),
            ),
        )
    )
    regels.append(_tekst(p["toelichting"]))
    if belangen and len(kaart.belangen):
        regels.append(_belangregels(kaart, pd.Index(knopen.ids[1:], dtype=object), taal))
    vast: dict[str, Any] = {"rol": "partner"}
    kolommen: dict[str, Any] = {"id": knopen.ids[1:]}
    if not leesbaar:
        kolommen["label"] = naam
    kolommen |= {"title": _regels(naam, *regels), "x": knopen.xy[1:, 0], "y": knopen.xy[1:, 1]}
    if onthul_balans:
        kolommen["color"] = _KLASSE_KLEUREN[welke]
    else:
        vast["color"] = NEUTRAAL
    kolommen["size"] = grootte_px
    if onthul_balans:
        kolommen["klasse"] = klasse
    else:
        vast["klasse"] = ""
    return _blok(len(p), vast, kolommen), grootte_px


def _belangregels(kaart: Kaart, ids: pd.Index, taal: str) -> np.ndarray:
    """Per partner, the "Belangen:" block of its tooltip ("" without belangen)."""
    bel = kaart.belangen
    houding = bel["houding"].map({h: tekst(f"weergave.houding.{h}", taal) for h in HOUDINGEN})
    regel = "• " + bel["omschrijving"] + " (" + houding.fillna(bel["houding"]) + ")"
    blok = regel.groupby(bel["partner"], sort=False).agg("\n".join)
    blok = tekst("weergave.belangen", taal) + "\n" + blok
    return blok.reindex(ids).fillna("").to_numpy(dtype=object)


def _belangen(
    kaart: Kaart,
    knopen: _Knopen,
    partner_grootte: np.ndarray,
    taal: str,
    leesbaar: bool,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Satellite nodes for the belangen, fanned out away from the opgave, and their lines."""
    bel = kaart.belangen.reset_index(drop=True)
    voorvoegsel = "belang:"
    while kaart.partners["id"].str.startswith(voorvoegsel).any() or voorvoegsel == OPGAVE:
        voorvoegsel = "~" + voorvoegsel
    b_ids = _volgnummers(voorvoegsel, len(bel))

    partner = _tekst(bel["partner"])
    plek = knopen.plek(partner)
    px, py = knopen.xy[plek, 0], knopen.xy[plek, 1]
    ox, oy = knopen.xy[0]
    maat = partner_grootte[plek - 1]  # the partners follow the opgave in ``knopen``
    naar_buiten = np.arctan2(py - oy, px - ox)
    naar_buiten = np.where(np.hypot(px - ox, py - oy) < 1e-9, -math.pi / 2, naar_buiten)
    k = bel.groupby("partner", sort=False).cumcount().to_numpy()
    m = bel.groupby("partner", sort=False)["partner"].transform("size").to_numpy()
    hoek = naar_buiten + (k - (m - 1) / 2) * 0.6
    afstand = maat + 80.0

    stijl = bel["houding"].map(HOUDING_STIJL)
    houding = bel["houding"].map({h: tekst(f"weergave.houding.{h}", taal) for h in HOUDINGEN})
    soort = (
        bel["soort"]
        .map({s: tekst(f"weergave.belang.{s}", taal) for s in ("organisatie", "persoonlijk")})
        .fillna(bel["soort"])
    )
    omschrijving = _tekst(bel["omschrijving"])
    kolommen: dict[str, Any] = {"id": b_ids, "partner": partner}
    if not leesbaar:
        kolommen["label"] = omschrijving
    kolommen |= {
        "title": _regels(
            knopen.naam(plek, partner) + ": " + omschrijving,
            (houding.fillna(bel["houding"]) + ", " + soort).to_numpy(dtype=object),
        ),
        # Wider sideways: a label is wider than it is tall.
        "x": (px + 1.8 * afstand * np.cos(hoek)).round(1),
        "y": (py + afstand * np.sin(hoek)).round(1),
        "shape": stijl.str[1].fillna("dot").to_numpy(dtype=object),
        "color": stijl.str[0].fillna("#AAAAAA").to_numpy(dtype=object),
    }
    b_knopen = _blok(
        len(bel),
        {
            "rol": "belang",
            "size": 9.0,
            "font": {"size": 16, "strokeWidth": 4},
            "widthConstraint": {"maximum": 160},
        },
        kolommen,
    )
    b_randen = _blok(
        len(bel),
        {
            "laag": "belang",
            "color": BELANG_LIJN_KLEUR,
            "width": 1.0,
            "dashes": [2, 4],
            "arrows": {"to": {"enabled": False}},
            "smooth": False,
        },
        {"id": _volgnummers("b", len(bel)), "from": b_ids, "to": partner},
    )
    return b_knopen, b_randen


# ---------------------------------------------------------------------------
# Edges.


def _stroom_randen(
    stromen: _Stromen, knopen: _Knopen, taal: str, markering: np.ndarray | None = None
) -> list[dict[str, Any]]:
    """The stromen as one blok, or, when a scenario marked some, one blok per run of
    stromen with the same marking (``gewijzigd`` and ``shadow`` are then ``vast``)."""
    s = stromen
    titel = _vul(
        tekst("weergave.stroom", taal),
        van=knopen.naam(s.van_plek, s.van),
        naar=knopen.naam(s.naar_plek, s.naar),
        soort=pd.Series(s.soort).replace(woordenlijst("soort", taal)).to_numpy(dtype=object),
        waarde=s.waarde,
    )
    titel = titel + np.where(s.omschrijving != "", ", " + s.omschrijving, "")
    codes, soorten = pd.factorize(s.soort)
    kleuren = np.array([soort_kleur(x) for x in soorten] + [""], dtype=object)  # per soort
    # A stroom weighs at most 5; a summed kaart (groepering.per_sector) may hold more,
    # which would draw lines of hundreds of pixels: cap the width at that of a 5.
    breedte = 1.0 + 1.5 * np.minimum(s.waarde.astype("float64"), 5.0)
    kolommen: dict[str, Any] = {
        "id": _volgnummers("s", len(s.van)),
        "from": s.van,
        "to": s.naar,
        "soort": s.soort,
        "waarde": s.waarde,
        "color": kleuren[codes],
        "width": breedte,
        "title": titel,
    }
    if markering is None or not markering.any():
        return [_blok(len(s.van), {"laag": "stroom"}, kolommen)]
    kolommen["width"] = breedte + np.where(markering, GEWIJZIGD_EXTRA, 0.0)
    kolommen["title"] = titel + np.where(markering, tekst("weergave.gewijzigd", taal), "")
    grenzen = np.flatnonzero(np.diff(markering.astype("int8"))) + 1
    blokken = []
    for begin, eind in zip([0, *grenzen], [*grenzen, len(s.van)], strict=True):  # runs only
        gewijzigd = bool(markering[begin])
        vast = {
            "laag": "stroom",
            "gewijzigd": gewijzigd,
            "shadow": dict(GLOED) if gewijzigd else False,
        }
        stuk = {veld: kolom[begin:eind] for veld, kolom in kolommen.items()}
        blokken.append(_blok(int(eind - begin), vast, stuk))
    return blokken


def _afhankelijkheid_randen(
    kaart: Kaart, knopen: _Knopen, taal: str
) -> tuple[dict[str, Any], np.ndarray, np.ndarray]:
    """The afhankelijkheden as one blok, and the node rows of their ends."""
    a = kaart.afhankelijkheden
    waarvoor = _tekst(a["waarvoor"])
    voor = np.where(waarvoor != "", _vul(tekst("signaal.waarvoor", taal), waarvoor=waarvoor), "")
    van, naar = _tekst(a["partner"]), _tekst(a["afhankelijk_van"])
    plek = knopen.plek(np.concatenate([van, naar]))
    van_plek, naar_plek = plek[: len(van)], plek[len(van) :]
    sterkte = a["sterkte"].to_numpy(dtype="int64")
    titel = _vul(
        tekst("weergave.afhankelijkheid", taal),
        partner=knopen.naam(van_plek, van),
        van=knopen.naam(naar_plek, naar),
        waarvoor=voor,
        sterkte=sterkte,
    )
    blok = _blok(
        len(a),
        {"laag": "afhankelijkheid", "color": AFHANKELIJKHEID_KLEUR, "dashes": [10, 8]},
        {
            "id": _volgnummers("a", len(a)),
            "from": van,
            "to": naar,
            "sterkte": sterkte,
            "width": 1.0 + sterkte.astype("float64"),
            "title": titel,
        },
    )
    return blok, van_plek, naar_plek


def gemarkeerd(kaart: Kaart, gewijzigd: Sequence[bool] | pd.Series | None) -> np.ndarray | None:
    """Return which stromen a scenario changed, checked, as a bool array (or None).

    Parameters
    ----------
    kaart : the kaart whose stromen are marked.
    gewijzigd : one bool per row of ``kaart.stromen``, in row order (a Series is read by
        position, not by index); None marks nothing.  Only real booleans count: a list
        of row numbers or 0/1 would mark the wrong stromen without anyone noticing, so it
        is refused like a wrong length or a missing value (``ValueError``).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> gemarkeerd(schets("a", "a>opgave geld 2"), [True]), gemarkeerd(schets("a"), None)
    (array([ True]), None)
    """
    if gewijzigd is None:
        return None
    waarden = np.asarray(gewijzigd.to_numpy() if isinstance(gewijzigd, pd.Series) else gewijzigd)
    if waarden.ndim != 1 or len(waarden) != len(kaart.stromen):
        raise ValueError(
            f"gewijzigd moet per stroom één waarde hebben ({len(kaart.stromen)}), "
            f"niet {len(waarden) if waarden.ndim == 1 else waarden.shape}"
        )
    echt_bool = (
        not len(waarden)
        or waarden.dtype.kind == "b"
        or pd.api.types.infer_dtype(waarden, skipna=False) == "boolean"
    )
    if not echt_bool:
        raise ValueError("gewijzigd mag alleen True of False bevatten")
    return waarden.astype(bool)


def _bochten(randen: list[dict[str, Any]], van: np.ndarray, naar: np.ndarray, n: int) -> None:
    """Give parallel and two-way edges distinct clockwise curves; a lone edge stays straight.

    ``randen`` are the edge bloks in drawing order (stromen, then afhankelijkheden), and
    ``van``, ``naar`` the node rows (0 <= row < ``n``) of their ends; each blok gets a
    ``smooth`` column (a dictionary code: straight or one of a few curves).  The k-th
    edge from A to B gets roundness ``0.2 + 0.2 k``.  Clockwise is relative to the
    direction of travel, so the edges from B to A bend to the other side and never lie
    on the A-to-B ones.  Integer arithmetic on the node rows, no per-edge step.
    """
    m = len(van)
    if not m:
        return
    if (van < 0).any() or (naar < 0).any():  # an unknown id: count it as its own node
        codes, uniek = pd.factorize(np.concatenate([van, naar]))
        van, naar, n = codes[:m], codes[m:], len(uniek)
    v, t = van.astype("int64"), naar.astype("int64")
    _, paar, per_paar = np.unique(
        np.minimum(v, t) * n + np.maximum(v, t), return_inverse=True, return_counts=True
    )
    richting = v * n + t
    volgorde = np.argsort(richting, kind="stable")
    gesorteerd = richting[volgorde]
    nieuw = np.r_[True, gesorteerd[1:] != gesorteerd[:-1]]
    begin = np.maximum.accumulate(np.where(nieuw, np.arange(m), 0))
    k = np.empty(m, dtype="int64")
    k[volgorde] = np.arange(m) - begin  # the how-manieth edge from A to B, 0-based
    bocht = np.where(per_paar[paar.reshape(-1)] > 1, k + 1, 0)  # 0: straight
    rondheid = np.round(0.2 + 0.2 * np.arange(int(bocht.max())), 2).tolist()
    waarden = [False, *({"enabled": True, "type": "curvedCW", "roundness": r} for r in rondheid)]
    for blok in randen:
        aantal = blok["aantal"]
        blok["kolommen"]["smooth"] = {"waarden": waarden, "codes": bocht[:aantal].tolist()}
        bocht = bocht[aantal:]


# ---------------------------------------------------------------------------
# Options, legend, page.


def _opties(aantal_randen: int, leesbaar: bool = False) -> dict[str, Any]:
    veel = leesbaar or aantal_randen > VEEL_RANDEN
    return {
        "autoResize": True,
        "height": "100%",
        "width": "100%",
        "physics": {"enabled": False},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "interaction": {
            "hover": True,
            "tooltipDelay": 80,
            "hideEdgesOnDrag": veel,
            "hideEdgesOnZoom": veel,
            "dragNodes": True,
            "dragView": True,
            # The mouse wheel scrolls the page; Ctrl/Cmd + wheel and the buttons zoom
            # (ZOOM_JS), as map sites do.
            "zoomView": False,
            "keyboard": False,
            "multiselect": False,
            "navigationButtons": False,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 2,
            "borderWidthSelected": 4,
            "font": {
                "size": 28,
                "face": LETTER,
                "color": "#1A1A1A",
                "strokeWidth": 5,
                "strokeColor": "#FFFFFF",
            },
            "widthConstraint": {"maximum": 330},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "arrowStrikethrough": False,
            "smooth": False,
            "hoverWidth": 0.5,
            "selectionWidth": 1.5,
        },
    }


def _controleer_taal(taal: str) -> None:
    if taal not in TALEN:
        raise ValueError(f"taal moet een van {TALEN} zijn, niet {taal!r}")


def _vul(sjabloon: str, **kolommen: Any) -> np.ndarray:
    """Fill a ``{placeholder}`` template per row, vectorised over equally long columns."""
    uit: Any = ""
    for letterlijk, veld, _, _ in string.Formatter().parse(sjabloon):
        uit = uit + letterlijk
        if veld is not None:
            uit = uit + _als_tekst(kolommen[veld])
    return np.asarray(uit, dtype=object)


def _als_tekst(kolom: Any) -> np.ndarray:
    """A column as an object array of ``str`` (numbers written out)."""
    waarden = np.asarray(kolom.to_numpy() if hasattr(kolom, "to_numpy") else kolom)
    if waarden.dtype.kind in "iub":
        return waarden.astype(str).astype(object)
    return waarden.astype(object)


def _blok(aantal: int, vast: dict[str, Any], kolommen: dict[str, Any]) -> dict[str, Any]:
    """A blok of :func:`vis_kolommen`: arrays become lists (plain Python values for JSON)."""
    return {
        "aantal": aantal,
        "vast": vast,
        "kolommen": {
            veld: kolom.tolist() if isinstance(kolom, np.ndarray) else kolom
            for veld, kolom in kolommen.items()
        },
    }


def _volgnummers(voorvoegsel: str, aantal: int) -> np.ndarray:
    """``voorvoegsel`` followed by 0, 1, ... (edge and belang ids), as an object array."""
    return np.char.add(voorvoegsel, np.arange(aantal).astype(str)).astype(object)


def _tekst(kolom: pd.Series) -> np.ndarray:
    """A text column as an object array of ``str``, a missing value as ``""``."""
    return kolom.to_numpy(dtype=object, na_value="")


def _getallen(opmaak: str, waarden: np.ndarray, *, komma: bool = False) -> np.ndarray:
    """Numbers written with a ``%`` format (``komma``: decimal comma), as ``str`` objects."""
    if not len(waarden):  # (numpy's string functions fail on an empty array)
        return np.empty(0, dtype=object)
    uit = np.char.mod(opmaak, waarden)
    if komma:
        uit = np.char.replace(uit, ".", ",")
    return uit.astype(object)


def _samen(a: np.ndarray, b: np.ndarray, tussen: str) -> np.ndarray:
    """Join two text columns with ``tussen``, leaving out empty parts."""
    beide = (a != "") & (b != "")
    return np.where(beide, a + tussen + b, a + b)


def _regels(eerste: np.ndarray, *regels: np.ndarray) -> np.ndarray:
    """Join text columns as lines, leaving out empty lines."""
    uit = np.asarray(eerste, dtype=object)
    for regel in regels:
        regel = np.asarray(regel, dtype=object)
        uit = uit + np.where(regel != "", "\n" + regel, "")
    return uit
