"""Weergave: a kaart drawn as a network, as vis-network data and as one offline HTML page.

The drawing (the *weergave*) is the map a user and a classroom look at:

- the opgave in the middle as a dark box; every partner a dot at its place from
  :mod:`systeem.weergave.layout` (physics off, so nothing moves by itself; nodes stay draggable);
- node colour = balance klasse (:mod:`systeem.analyses.balans`), in the colour-blind-safe
  Okabe-Ito colours (:data:`KLASSE_KLEUREN`); node size = betrokkenheid (brengen + halen),
  invloed (0-5) or a network measure (:data:`systeem.analyses.netwerkmaten.MATEN`), as an
  area-true square-root scale between :data:`KLEINSTE` and :data:`GROOTSTE` px;
- one arrow per stroom, coloured by soort (:data:`SOORT_KLEUREN`, other soorten a fixed
  colour derived from the word), width ``1 + 1.5 * waarde`` (a waarde above 5, as on a
  kaart summed per sector, is drawn as a 5);
- stromen that a scenario changed (``gewijzigd``) stand out: a wider line with a glow
  (vis ``shadow``) in :data:`GEWIJZIGD_KLEUR`, a tooltip that says so, and a legend line;
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

:func:`vis_data` gives the nodes, edges and options as plain JSON-able Python (also for
an interactive component); :func:`vis_kolommen` gives the same column by column, which
is several times faster to build and to write as JSON, and :func:`html` embeds that in
one self-contained document with a legend, where a few lines of JavaScript expand it
(:func:`uitklappen` is their Python twin).  :func:`json_vloer` gives the plain records
against which the speed of :func:`html` is measured (``bench/weergave.py``).

Text from a kaart reaches vis-network only as JSON string values (labels are drawn on a
canvas, tooltips set with ``innerText`` in vis-network 9; the expansion only copies
values), the JSON has ``<``, ``>``, ``&``, ``'``, U+2028 and U+2029 escaped so it cannot
end its ``<script>``, and text placed in the page itself is ``html.escape``-d.

Why not pyvis's ``Network``: its ``add_node``/``add_edge``/``from_nx`` are quadratic in
the graph size (thousands of partners take seconds to minutes), ``from_nx`` mutates the
graph, and its Jinja template runs with autoescaping off (the heading and menus execute
injected markup) and loads Bootstrap from a CDN in every mode, which blocks drawing on a
classroom network that drops packets.  We only take the vis-network 9.1.2 files that the
pyvis wheel ships, and find them without importing pyvis (which imports IPython).
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import html as html_lib
import importlib.util
import itertools
import json
import math
import re
import string
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.analyses import netwerkmaten
from systeem.model.geheugen import onthoud
from systeem.model.kaart import HOUDINGEN, OPGAVE, SOORTEN, Kaart
from systeem.teksten import TALEN, tekst, woord, woordenlijst
from systeem.weergave import layout

#: Node colour per balance klasse (Okabe-Ito).
KLASSE_KLEUREN = {
    balans_mod.GEEFT_VEEL_MEER: "#D55E00",  # vermillion
    balans_mod.IN_BALANS: "#009E73",  # bluish green
    balans_mod.HAALT_VEEL_MEER: "#0072B2",  # blue
    balans_mod.GEEN_STROMEN: "#999999",  # grey
}

#: Edge colour per soort of the suggested vocabulary (Paul Tol's muted set, extended).
SOORT_KLEUREN = {
    "geld": "#DDAA33",
    "personeel": "#CC6677",
    "klanten": "#882255",
    "positie": "#AA4499",
    "macht": "#332288",
    "kennis": "#117733",
    "informatie": "#44AA99",
    "tijd": "#56B4E9",
    "autonomie": "#999933",
    "legitimiteit": "#8C564B",
    "netwerk": "#E377C2",
    "overig": "#9E9AC8",
}

#: Colour, shape and legend symbol of a belang per houding.
HOUDING_STIJL = {
    "steunt": ("#44AA99", "triangle", "\u25b2"),
    "neutraal": ("#AAAAAA", "square", "\u25a0"),
    "schuurt": ("#CC3311", "diamond", "\u25c6"),
}

#: Colour of a dependency arrow, of the line from a belang to its partner, of the opgave.
AFHANKELIJKHEID_KLEUR = "#555555"
BELANG_LIJN_KLEUR = "#B0B0B0"
OPGAVE_KLEUR = "#2B2B2B"

#: Smallest and largest node radius (px).
KLEINSTE = 16.0
GROOTSTE = 46.0

#: What node size can stand for: betrokkenheid, invloed, or a network measure.
GROOTTES = ("betrokkenheid", "invloed", *netwerkmaten.MATEN)

#: Above this many edges, edges are hidden while dragging or zooming.
VEEL_RANDEN = 500

#: Glow around a stroom changed by a scenario: a colour that is no soort or klasse
#: colour (bright cyan: a yellow glow vanished on white and on geld), how much wider its
#: line is, and the glow (a blur all round: no offset).
GEWIJZIGD_KLEUR = "#00C8FF"
GEWIJZIGD_EXTRA = 3.0
_GLOED = {"enabled": True, "color": GEWIJZIGD_KLEUR, "size": 14, "x": 0, "y": 0}

_LETTER = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"

#: Steps of a presentation that reveals the kaart bit by bit: partners only, then the
#: stromen, then the balance colours.
STAPPEN = (1, 2, 3)
#: Node colour while the balance is not revealed yet.
NEUTRAAL = "#7B8794"


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


def vis_data(
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
    """Return the kaart as vis-network data: ``{"nodes": [...], "edges": [...], "options": {...}}``.

    The records are :func:`vis_kolommen` expanded by :func:`uitklappen`: exactly the
    objects the standalone page (:func:`html`) hands to vis-network.  Use
    :func:`vis_kolommen` when the data goes to JSON and the reader can expand it (it is
    several times faster to build and to write).

    Parameters
    ----------
    kaart : the kaart; nodes without a positie are placed by :func:`systeem.weergave.layout.posities`.
    drempel : the balance threshold for the klasse (node colour).
    grootte : node size: ``"betrokkenheid"`` (brengen + halen), ``"invloed"`` (0-5) or
        a measure of :data:`systeem.analyses.netwerkmaten.MATEN` (scaled to the largest partner's;
        a missing value counts as 0).
    afhankelijkheden : draw the afhankelijkheden as dashed arrows.
    belangen : draw each belang as a small satellite node linked to its partner.
    taal : ``"nl"`` or ``"en"`` for the tooltips.
    stap : how much a presentation reveals (:data:`STAPPEN`): 1 the partners around the
        opgave only, 2 also the stromen (and the other layers), 3 also the balance
        (node colours and figures in the tooltips).  Default 3: everything.
    gewijzigd : which stromen a scenario changed: one bool per row of ``kaart.stromen``,
        in row order (a Series is read by position, not by index); None marks nothing.
        Marked stromen get ``gewijzigd: true``, a line :data:`GEWIJZIGD_EXTRA` px wider, a
        ``shadow`` glow in :data:`GEWIJZIGD_KLEUR` and a tooltip suffix; when something is
        marked, the other stromen get ``gewijzigd: false`` and ``shadow: false``.  With
        nothing marked the data is exactly that without the argument.
    leesbaar : readable mode for big kaarten: partner and belang nodes get no ``label``
        (the name is the first line of the tooltip; the opgave keeps its label), every
        edge is straight (``smooth: false``, no curves computed), and edges hide while
        dragging or zooming.  None (default) switches it on above :data:`GROOT` partners
        (:func:`leesbare_modus`).

    Returns
    -------
    Plain Python (str, int, float, bool, list, dict; no NaN).  Node ``id`` is the kaart's
    node id (``"opgave"`` or a partner id; belangen get ``"belang:<row>"``), every node has
    ``rol`` (opgave/partner/belang), partners also ``klasse``.  Edge ids are stable:
    ``"s<row>"`` per stroom, ``"a<row>"`` per afhankelijkheid, ``"b<row>"`` per belang;
    edges carry ``laag`` (stroom/afhankelijkheid/belang).  ``"leesbaar"`` says whether
    the readable mode is on.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 1}]})
    >>> d = vis_data(k)
    >>> [n["id"] for n in d["nodes"]], [e["id"] for e in d["edges"]], d["leesbaar"]
    (['opgave', 'a', 'b'], ['s0', 's1'], False)
    >>> d["edges"][0]["title"], d["edges"][0]["color"], d["edges"][0]["width"]
    ('A → B: geld, waarde 2', '#DDAA33', 4.0)
    >>> d["nodes"][1]["color"], d["options"]["physics"]["enabled"]
    ('#D55E00', False)
    >>> e = vis_data(k, gewijzigd=[False, True])["edges"]
    >>> e[1]["title"], e[1]["width"], e[1]["shadow"]["color"], e[0]["shadow"]
    ('B → A: kennis, waarde 1 (gewijzigd in dit scenario)', 5.5, '#00C8FF', False)
    >>> g = vis_data(k, leesbaar=True)
    >>> "label" in g["nodes"][1], g["nodes"][1]["title"], g["edges"][0]["smooth"]
    (False, 'A\\norganisatie\\nBrengt 2 · haalt 1\\nBalans -0,33: geeft veel meer dan er terugkomt', False)
    """
    return uitklappen(
        vis_kolommen(
            kaart,
            drempel=drempel,
            grootte=grootte,
            afhankelijkheden=afhankelijkheden,
            belangen=belangen,
            taal=taal,
            stap=stap,
            gewijzigd=gewijzigd,
            leesbaar=leesbaar,
        )
    )


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
    """Return the data of :func:`vis_data` column by column: compact, fast JSON.

    Parameters are those of :func:`vis_data`.  The nodes and the edges are each a list of
    *blokken*, one per kind (opgave, partners, belangen; stromen, afhankelijkheden,
    belang lines), in drawing order; stromen marked by ``gewijzigd`` split theirs into
    one blok per run of equally marked stromen.  A blok is ``{"aantal": n, "vast": {field:
    value}, "kolommen": {field: column}}``: every one of its ``n`` objects has the
    ``vast`` fields, and from every column its own value.  A column is a list of ``n``
    values or, for a field with a few distinct values that are objects (edge curves), a
    dictionary code ``{"waarden": [...], "codes": [n indices]}``.  Objects are copied per
    item, never shared.  :func:`uitklappen` (Python) and the script of
    :func:`teken_script` (JavaScript) expand it to the vis objects; the result carries
    ``"vorm": "kolommen"`` so a reader can tell it from expanded data.

    ``json.dumps`` writes a few long lists far faster than thousands of small dicts
    (no keys repeated, nothing sorted per object), and the columns are built with
    numpy/pandas without a per-row step.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 2}]})
    >>> d = vis_kolommen(k)
    >>> blok = d["nodes"][1]
    >>> blok["aantal"], blok["vast"], blok["kolommen"]["label"], d["vorm"]
    (2, {'rol': 'partner'}, ['A', 'B'], 'kolommen')
    >>> uitklappen(d)["nodes"] == vis_data(k)["nodes"]
    True
    """
    if grootte not in GROOTTES:
        raise ValueError(f"grootte moet een van {GROOTTES} zijn, niet {grootte!r}")
    if stap not in STAPPEN:
        raise ValueError(f"stap moet een van {STAPPEN} zijn, niet {stap!r}")
    _controleer_taal(taal)
    gemarkeerd = _gemarkeerd(kaart, gewijzigd)
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
        randen += _stroom_randen(stromen, knopen, taal, gemarkeerd)
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


def uitklappen(data: dict[str, Any]) -> dict[str, Any]:
    """Return the data of :func:`vis_kolommen` as vis objects (what :func:`vis_data` gives).

    The Python twin of the few lines of JavaScript in :func:`teken_script`: per blok,
    per item, the ``vast`` fields (objects copied) and the item's value from every
    column.  Data that is already expanded (no ``"vorm": "kolommen"``) comes back as is.

    Example
    -------
    >>> blok = {"aantal": 2, "vast": {"laag": "x", "dashes": [2, 4]},
    ...     "kolommen": {"id": ["e0", "e1"],
    ...                  "smooth": {"waarden": [False, {"type": "curvedCW"}], "codes": [1, 0]}}}
    >>> uit = uitklappen({"vorm": "kolommen", "nodes": [], "edges": [blok], "options": {}})
    >>> uit["edges"]
    [{'laag': 'x', 'dashes': [2, 4], 'id': 'e0', 'smooth': {'type': 'curvedCW'}}, {'laag': 'x', 'dashes': [2, 4], 'id': 'e1', 'smooth': False}]
    >>> uit["edges"][0]["dashes"] is uit["edges"][1]["dashes"], "vorm" in uit
    (False, False)
    """
    if data.get("vorm") != "kolommen":
        return data
    uit = {k: v for k, v in data.items() if k != "vorm"}
    uit["nodes"] = [item for blok in data["nodes"] for item in _blok_items(blok)]
    uit["edges"] = [item for blok in data["edges"] for item in _blok_items(blok)]
    return uit


def json_vloer(kaart: Kaart) -> dict[str, list[dict[str, Any]]]:
    """Return the kaart's nodes and edges as the plain records pyvis would hold.

    The reference ("floor") for the speed of :func:`html`: ``json.dumps`` of these
    records is the least any page that embeds the drawn graph as JSON has to write.
    Nodes have ``id, label, title, color, size, x, y`` (the opgave its colour as a
    string and pyvis's default size 10); edges ``from, to, title, color, width, arrows``
    (``"to"``), for the stromen and the afhankelijkheden, as :func:`vis_data` with its
    defaults (readable mode off, so every node has its label).  Building the records is
    not part of the floor: time ``json.dumps(json_vloer(kaart))`` only.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> v = json_vloer(k)
    >>> sorted(v["nodes"][1]), v["edges"][0]["arrows"], v["nodes"][0]["size"]
    (['color', 'id', 'label', 'size', 'title', 'x', 'y'], 'to', 10)
    """
    data = vis_kolommen(kaart, leesbaar=False)
    opgave, *partners = data["nodes"]  # the defaults draw no belangen
    knoop = opgave["vast"]
    knopen = [
        {
            "id": knoop["id"],
            "label": knoop["label"],
            "title": knoop["title"],
            "color": OPGAVE_KLEUR,
            "size": 10,
            "x": knoop["x"],
            "y": knoop["y"],
        }
    ]
    for blok in partners:
        knopen += _blok_items(_velden(blok, ("id", "label", "title", "color", "size", "x", "y")))
    randen = []
    for blok in data["edges"]:
        randen += _blok_items(_velden(blok, ("from", "to", "title", "color", "width"), arrows="to"))
    return {"nodes": knopen, "edges": randen}


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

    ``leesbaar`` as for :func:`vis_data`; the number of partners is written the way the
    language writes numbers.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}], "stromen": []})
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


@onthoud(maxsize=32)
def html(
    kaart: Kaart,
    *,
    drempel: float = balans_mod.DREMPEL,
    grootte: str = "betrokkenheid",
    afhankelijkheden: bool = True,
    belangen: bool = False,
    taal: str = "nl",
    hoogte: str | int = "100vh",
    kop: bool = True,
    legenda: bool = True,
    gewijzigd: Sequence[bool] | pd.Series | None = None,
    leesbaar: bool | None = None,
) -> str:
    """Return the kaart as one complete, self-contained, offline HTML document.

    Parameters
    ----------
    kaart, drempel, grootte, afhankelijkheden, belangen, taal : as for :func:`vis_data`.
    hoogte : height of the page: pixels (int) or a CSS length such as ``"100vh"``,
        ``"640px"`` (default ``"100vh"``, a standalone file filling the window).
    kop : show the title and the opgave above the map.
    legenda : show the legend (a collapsible panel over the map).
    gewijzigd : the stromen a scenario changed, marked on the map and in the legend
        (as for :func:`vis_data`).
    leesbaar : readable mode (as for :func:`vis_data`); when on, a line above the map
        says so (:func:`leesbaar_melding`).

    Returns
    -------
    ``<!doctype html>`` ... with vis-network 9.1.2 inlined; the page fetches nothing.  The
    same arguments always give the same text, byte for byte.  When drawn, the page sets
    ``window.network`` (the vis Network) and ``window.__graphReady = true``.  The map
    data is embedded column by column (:func:`vis_kolommen`) and expanded in the page.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "<Proef>",
    ...     "partners": [{"id": "a", "naam": "A"}], "stromen": []})
    >>> doc = html(k)
    >>> doc.startswith("<!doctype html>"), "<h1>&lt;Proef&gt;</h1>" in doc
    (True, True)
    >>> 'class="melding"' in doc, 'class="melding"' in html(k, leesbaar=True)
    (False, True)
    """
    data = vis_kolommen(
        kaart,
        drempel=drempel,
        grootte=grootte,
        afhankelijkheden=afhankelijkheden,
        belangen=belangen,
        taal=taal,
        gewijzigd=gewijzigd,
        leesbaar=leesbaar,
    )
    js, css = vis_bestanden()
    titel = html_lib.escape(kaart.titel)
    opgave = html_lib.escape(kaart.opgave or tekst("opgave", taal))
    kopregel = (
        f'<header class="kop"><h1>{titel}</h1>'
        f'<p><span class="label">{html_lib.escape(tekst("opgave", taal))}:</span> {opgave}</p>'
        "</header>"
        if kop
        else ""
    )
    melding = leesbaar_melding(kaart, taal, data["leesbaar"])
    return _SJABLOON.substitute(
        taal=taal,
        titel=titel,
        vis_css=css,
        css=_CSS,
        hoogte=_hoogte(hoogte),
        kop=kopregel,
        melding=f'<p class="melding" role="note">{html_lib.escape(melding)}</p>' if melding else "",
        legenda=_legenda_html(
            legenda_inhoud(
                kaart,
                grootte=grootte,
                afhankelijkheden=afhankelijkheden,
                belangen=belangen,
                taal=taal,
                gewijzigd=gewijzigd,
            )
        )
        if legenda
        else "",
        vis_js=js,
        tekenen=teken_script(data),
    )


def legenda_inhoud(
    kaart: Kaart,
    *,
    grootte: str = "betrokkenheid",
    afhankelijkheden: bool = True,
    belangen: bool = False,
    taal: str = "nl",
    stap: int = 3,
    gewijzigd: Sequence[bool] | pd.Series | None = None,
) -> dict[str, Any]:
    """Return what the map's legend explains, as data: ``{"titel", "regels", "noot"}``.

    Each regel is one of ``{"kop": text}`` (a heading), ``{"stip": colour, "tekst"}`` (a
    node colour), ``{"lijn": colour, "tekst"}`` (an edge colour per soort, only the soorten
    in the kaart), ``{"stippel": colour, "tekst"}`` (the dashed dependency line),
    ``{"lijn": colour, "gloed": colour, "tekst"}`` (stromen changed by a scenario, only when
    ``gewijzigd`` - as for :func:`vis_data` - marks any; a renderer that does not know
    ``gloed`` draws a plain line in that colour) or ``{"teken": symbol, "kleur", "tekst"}``
    (a belang's houding).  The standalone page (:func:`html`) and the app's map component
    draw the same data.  A presentation step
    below 3 leaves out what it does not show yet (the balance colours; at step 1 also the
    stromen and layers).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> [r.get("kop") or r["tekst"] for r in legenda_inhoud(k)["regels"]][:2]
    ['Kleur: balans van brengen en halen', 'geeft veel meer dan er terugkomt']
    >>> [r for r in legenda_inhoud(k, stap=2)["regels"] if "lijn" in r]
    [{'lijn': '#DDAA33', 'tekst': 'geld'}]
    >>> [r["tekst"] for r in legenda_inhoud(k, gewijzigd=[True])["regels"] if "gloed" in r]
    ['Gloed: stroom gewijzigd in dit scenario']
    """
    gemarkeerd = _gemarkeerd(kaart, gewijzigd)
    regels: list[dict[str, Any]] = []
    if stap == 3:
        regels.append({"kop": tekst("legenda.kleur", taal)})
        regels += [
            {"stip": kleur, "tekst": tekst(f"klasse.{klasse_}", taal)}
            for klasse_, kleur in KLASSE_KLEUREN.items()
        ]
    regels.append({"kop": _grootte_kop(grootte, taal)})
    soorten = _soorten_in(kaart)
    if stap >= 2 and soorten:
        regels.append({"kop": tekst("legenda.stromen", taal)})
        regels += [{"lijn": soort_kleur(s), "tekst": woord("soort", s, taal)} for s in soorten]
    if stap >= 2 and gemarkeerd is not None and gemarkeerd.any():
        regels.append(
            {
                "lijn": GEWIJZIGD_KLEUR,
                "gloed": GEWIJZIGD_KLEUR,
                "tekst": tekst("legenda.gewijzigd", taal),
            }
        )
    if stap >= 2 and afhankelijkheden and len(kaart.afhankelijkheden):
        regels.append(
            {"stippel": AFHANKELIJKHEID_KLEUR, "tekst": tekst("legenda.afhankelijkheid", taal)}
        )
    if stap >= 2 and belangen and len(kaart.belangen):
        regels.append({"kop": tekst("legenda.belangen", taal)})
        regels += [
            {"teken": teken, "kleur": kleur, "tekst": tekst(f"weergave.houding.{houding}", taal)}
            for houding, (kleur, _, teken) in HOUDING_STIJL.items()
        ]
    return {
        "titel": tekst("legenda.titel", taal),
        "regels": regels,
        "noot": tekst("legenda.inschatting", taal),
    }


def teken_script(data: dict[str, Any]) -> str:
    """Return the ``<script>`` that draws ``data`` in ``#kaart``.

    ``data`` comes from :func:`vis_kolommen` (expanded in the page by the JavaScript twin
    of :func:`uitklappen`) or from :func:`vis_data`.  Shared by the standalone map page
    (:func:`html`) and the hand-out (:mod:`systeem.weergave.handout`); vis-network itself must be
    loaded before it.  The script fits the map to its box (at most 1.6x zoom), refits on
    resize until the user zooms, and again before printing; it sets ``window.network``
    and, once drawn, ``window.__graphReady = true``.

    Example
    -------
    >>> "window.__graphReady = true" in teken_script({"nodes": [], "edges": [], "options": {}})
    True
    """
    return _TEKENEN.substitute(data=json_literal(data), uitklappen=UITKLAPPEN_JS + ZOOM_JS)


def soort_kleur(soort: str) -> str:
    """Return the colour of a soort: from :data:`SOORT_KLEUREN`, else derived from the word.

    The derived colour is a fixed function of the text (a SHA-256 hash turned into a
    hue at medium saturation and lightness), so it is the same on every machine.

    Example
    -------
    >>> soort_kleur("geld"), soort_kleur("draagvlak") == soort_kleur("draagvlak")
    ('#DDAA33', True)
    """
    if soort in SOORT_KLEUREN:
        return SOORT_KLEUREN[soort]
    return _afgeleide_kleur(soort)


def json_literal(data: Any) -> str:
    """Return ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    Keys sorted, compact, non-ASCII kept; ``<``, ``>``, ``&``, ``'``, U+2028 and U+2029
    become ``\\u`` escapes, so no string in it can end the script or open a comment.

    Example
    -------
    >>> print(json_literal({"b": "</script>", "a": 1}))
    {"a":1,"b":"\\u003c/script\\u003e"}
    """
    tekst_ = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    )
    for teken, vervanging in _JSON_ESCAPES:
        if teken in tekst_:  # a fast scan; replace() would count through the text
            tekst_ = tekst_.replace(teken, vervanging)
    return tekst_


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
        "font": {"color": "#FFFFFF", "size": 28, "strokeWidth": 0, "face": _LETTER},
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


def _grootte_kop(grootte: str, taal: str) -> str:
    """The legend's heading for what node size stands for."""
    if grootte in netwerkmaten.MATEN:
        return tekst("legenda.grootte.maat", taal, maat=tekst(f"maat.{grootte}", taal))
    return tekst(f"legenda.grootte.{grootte}", taal)


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
    stromen: _Stromen, knopen: _Knopen, taal: str, gemarkeerd: np.ndarray | None = None
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
    if gemarkeerd is None or not gemarkeerd.any():
        return [_blok(len(s.van), {"laag": "stroom"}, kolommen)]
    kolommen["width"] = breedte + np.where(gemarkeerd, GEWIJZIGD_EXTRA, 0.0)
    kolommen["title"] = titel + np.where(gemarkeerd, tekst("weergave.gewijzigd", taal), "")
    grenzen = np.flatnonzero(np.diff(gemarkeerd.astype("int8"))) + 1
    blokken = []
    for begin, eind in zip([0, *grenzen], [*grenzen, len(s.van)], strict=True):  # runs only
        gewijzigd = bool(gemarkeerd[begin])
        vast = {
            "laag": "stroom",
            "gewijzigd": gewijzigd,
            "shadow": dict(_GLOED) if gewijzigd else False,
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


def _gemarkeerd(kaart: Kaart, gewijzigd: Sequence[bool] | pd.Series | None) -> np.ndarray | None:
    """``gewijzigd`` checked and turned into a bool array, one entry per stroom (or None).

    Only real booleans count: a list of row numbers or 0/1 would mark the wrong stromen
    without anyone noticing, so it is refused like a wrong length or a missing value.
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
                "face": _LETTER,
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


def _legenda_html(inhoud: dict[str, Any]) -> str:
    """The legend of :func:`legenda_inhoud` as a collapsible HTML panel (every text escaped)."""
    e = html_lib.escape
    delen = [f'<details class="legenda" open><summary>{e(inhoud["titel"])}</summary>']
    lijst = False
    for regel in inhoud["regels"]:
        is_item = "kop" not in regel and "stippel" not in regel and "gloed" not in regel
        if is_item and not lijst:
            delen.append('<ul class="soorten">' if "lijn" in regel else "<ul>")
        elif not is_item and lijst:
            delen.append("</ul>")
        lijst = is_item
        tekst_ = e(regel.get("tekst", regel.get("kop", "")))
        if "kop" in regel:
            delen.append(f'<p class="kopje">{tekst_}</p>')
        elif "stippel" in regel:
            delen.append(
                f'<p class="kopje"><span class="lijn stippel" style="border-color:'
                f'{regel["stippel"]}"></span>{tekst_}</p>'
            )
        elif "gloed" in regel:
            # Inline style: the page's CSS stays the same when nothing is marked.
            delen.append(
                f'<p class="kopje"><span class="lijn" style="border-color:'
                f'{AFHANKELIJKHEID_KLEUR};box-shadow:0 0 6px 3px {regel["gloed"]}"></span>'
                f"{tekst_}</p>"
            )
        elif "stip" in regel:
            delen.append(
                f'<li><span class="stip" style="background:{regel["stip"]}"></span>{tekst_}</li>'
            )
        elif "lijn" in regel:
            delen.append(
                f'<li><span class="lijn" style="border-color:{regel["lijn"]}"></span>{tekst_}</li>'
            )
        else:
            delen.append(
                f'<li><span class="teken" style="color:{regel["kleur"]}">{regel["teken"]}</span>{tekst_}</li>'
            )
    if lijst:
        delen.append("</ul>")
    delen.append(f'<p class="noot">{e(inhoud["noot"])}</p></details>')
    return "".join(delen)


def _soorten_in(kaart: Kaart) -> list[str]:
    """The soorten that occur in the kaart: vocabulary order first, then alphabetical."""
    aanwezig = set(kaart.stromen["soort"].unique())
    bekend = [s for s in SOORTEN if s in aanwezig]
    return bekend + sorted(aanwezig - set(SOORTEN))


def _hoogte(hoogte: str | int) -> str:
    if isinstance(hoogte, int) and not isinstance(hoogte, bool) and hoogte > 0:
        return f"{hoogte}px"
    if isinstance(hoogte, str) and _HOOGTE.fullmatch(hoogte):
        return hoogte
    raise ValueError(f"hoogte moet een aantal pixels of een CSS-lengte zijn, niet {hoogte!r}")


def _controleer_taal(taal: str) -> None:
    if taal not in TALEN:
        raise ValueError(f"taal moet een van {TALEN} zijn, niet {taal!r}")


@functools.cache
def vis_bestanden() -> tuple[str, str]:
    """Return the vis-network 9.1.2 JS and CSS from the pyvis wheel (read once per process).

    The files are found through the import system without importing pyvis itself.  The
    app's interactive map component inlines the same files.

    Example
    -------
    >>> js, css = vis_bestanden()
    >>> "@version 9.1.2" in js, ".vis-network" in css
    (True, True)
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is niet geïnstalleerd: vis-network ontbreekt")
    map_ = Path(spec.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
    js = (map_ / "vis-network.min.js").read_text(encoding="utf-8")
    css = (map_ / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - safety net
        raise RuntimeError("vis-network bevat een afsluitende tag; kan niet inline")
    return js, css


def _afgeleide_kleur(soort: str) -> str:
    hash_ = hashlib.sha256(soort.encode("utf-8")).digest()
    tint = int.from_bytes(hash_[:2], "big") / 65536
    r, g, b = colorsys.hls_to_rgb(tint, 0.42, 0.55)
    return f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"


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


def _velden(blok: dict[str, Any], velden: Sequence[str], **extra: Any) -> dict[str, Any]:
    """A blok with only ``velden`` and then ``extra`` (plain values), all as columns in
    this order; a ``vast`` field of ``blok`` is repeated (for plain values only)."""
    aantal = blok["aantal"]
    vast = {**blok["vast"], **extra}
    return {
        "aantal": aantal,
        "vast": {},
        "kolommen": {
            veld: blok["kolommen"][veld] if veld in blok["kolommen"] else [vast[veld]] * aantal
            for veld in [*velden, *extra]
        },
    }


def _blok_items(blok: dict[str, Any]) -> list[dict[str, Any]]:
    """The vis objects of one blok: the ``vast`` fields (objects copied) and the columns."""
    aantal = blok["aantal"]
    velden = [*blok["vast"], *blok["kolommen"]]
    kolommen: list[Any] = [
        [_kopie(waarde) for _ in range(aantal)]
        if isinstance(waarde, (dict, list))
        else itertools.repeat(waarde, aantal)
        for waarde in blok["vast"].values()
    ]
    for kolom in blok["kolommen"].values():
        if isinstance(kolom, dict):  # a dictionary code
            waarden = kolom["waarden"]
            kolom = [waarden[code] for code in kolom["codes"]]
            if any(isinstance(waarde, (dict, list)) for waarde in waarden):
                kolom = [_kopie(waarde) for waarde in kolom]
        kolommen.append(kolom)
    return [dict(zip(velden, rij, strict=True)) for rij in zip(*kolommen, strict=True)]


def _kopie(waarde: Any) -> Any:
    """A deep copy of a JSON value (dicts and lists rebuilt, the rest shared)."""
    if isinstance(waarde, dict):
        return {k: _kopie(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_kopie(v) for v in waarde]
    return waarde


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


_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("'", "\\u0027"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)

_HOOGTE = re.compile(r"\d{1,5}(\.\d{1,3})?(px|vh|%|em|rem)")

_CSS = """
html,body{margin:0;padding:0;background:#fff;color:#1a1a1a;
  font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.pagina{display:flex;flex-direction:column;position:relative;overflow:hidden}
.kop{padding:10px 20px 8px;border-bottom:1px solid #d0d0d0;flex:none}
.kop h1{margin:0;font-size:clamp(22px,1.6vw,32px);line-height:1.2}
.kop p{margin:2px 0 0;font-size:clamp(17px,1.15vw,24px);color:#333}
.kop .label{color:#555}
.melding{margin:0;padding:4px 20px;flex:none;font-size:clamp(14px,.95vw,19px);color:#333;
  background:#fffef4;border-bottom:1px solid #d0d0d0}
.midden{flex:1 1 auto;min-height:0;display:flex}
.kaart{flex:1 1 auto;min-width:0;position:relative}
.legenda{flex:none;width:clamp(260px,19vw,380px);box-sizing:border-box;overflow:auto;
  background:#fafafa;border-left:1px solid #d0d0d0;padding:10px 14px;
  font-size:clamp(15px,1vw,20px);line-height:1.35}
.legenda:not([open]){width:auto}
.legenda summary{font-weight:600;cursor:pointer;font-size:1.1em}
.legenda .kopje{border:0;padding:0;margin:8px 0 2px;font-weight:600;display:flex;
  align-items:center;gap:8px}
.legenda ul{list-style:none;margin:0;padding:0}
.legenda ul.soorten{columns:2;column-gap:14px}
.legenda li{display:flex;align-items:center;gap:8px;margin:2px 0;break-inside:avoid}
.legenda .stip{width:1em;height:1em;border-radius:50%;flex:none;
  border:1px solid rgba(0,0,0,.4)}
.legenda .lijn{width:1.7em;height:0;border-top:5px solid;flex:none}
.legenda .lijn.stippel{border-top-style:dashed;border-top-width:3px}
.legenda .teken{width:16px;text-align:center;flex:none}
.legenda .noot{margin:10px 0 0;font-size:.88em;color:#444;font-style:italic}
div.vis-tooltip{font-family:inherit;font-size:15px;line-height:1.35;white-space:pre-wrap;
  max-width:440px;padding:8px 10px;color:#1a1a1a;background:#fffef4;border:1px solid #999}
"""

_SJABLOON = string.Template(
    """<!doctype html>
<html lang="${taal}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel}</title>
<style>${vis_css}</style>
<style>${css}</style>
</head>
<body>
<div class="pagina" style="height:${hoogte}">
${kop}
${melding}
<div class="midden">
<div id="kaart" class="kaart"></div>
${legenda}
</div>
</div>
<script>${vis_js}</script>
${tekenen}
</body>
</html>
"""
)


#: The JavaScript twin of :func:`uitklappen`: ``uitklappen(blokken)`` expands the nodes or
#: the edges of :func:`vis_kolommen` into vis objects (``kopie`` copies an object per
#: item).  Used by the standalone page (:func:`teken_script`) and the app's map component.
UITKLAPPEN_JS = """function kopie(w) {
  if (w === null || typeof w !== "object") return w;
  if (Array.isArray(w)) return w.map(kopie);
  var uit = {};
  for (var k in w) uit[k] = kopie(w[k]);
  return uit;
}
function uitklappen(blokken) {
  var uit = [];
  blokken.forEach(function (blok) {
    var vast = Object.keys(blok.vast), velden = Object.keys(blok.kolommen);
    for (var i = 0; i < blok.aantal; i++) {
      var item = {};
      vast.forEach(function (v) { item[v] = kopie(blok.vast[v]); });
      velden.forEach(function (v) {
        var k = blok.kolommen[v];
        item[v] = Array.isArray(k) ? k[i] : kopie(k.waarden[k.codes[i]]);
      });
      uit.push(item);
    }
  });
  return uit;
}
"""


#: The map's zoom control, shared by the app's map component and the standalone page:
#: ``zoombediening(net, houder, teksten, passend, bijZoom)`` puts three buttons (in, out,
#: fit) in the top right corner of ``houder``, zooms around the pointer on Ctrl/Cmd +
#: wheel (and on a touchpad pinch, which browsers report as Ctrl + wheel), and on a plain
#: wheel lets the page scroll and shows ``teksten.hint`` for a moment.  ``bijZoom`` is
#: called after every zoom by the user; the fit button calls ``passend``.  It returns a
#: function that puts new ``teksten`` on the buttons and the hint (a language switch).
ZOOM_JS = """function zoombediening(net, houder, teksten, passend, bijZoom) {
  teksten = teksten || {in: "+", uit: "-", passend: "[ ]", hint: ""};
  if (getComputedStyle(houder).position === "static") houder.style.position = "relative";
  var knoppen = [];
  var balk = document.createElement("div");
  balk.className = "sk-zoom";
  balk.setAttribute("style", "position:absolute;top:8px;right:8px;z-index:4;display:flex;" +
    "flex-direction:column;gap:4px;");
  function schaal(factor, dom) {
    var w = houder.clientWidth, h = houder.clientHeight;
    var p = dom || {x: w / 2, y: h / 2};
    var oud = net.getScale(), nieuw = Math.min(6, Math.max(0.03, oud * factor));
    var c = net.DOMtoCanvas(p);
    net.moveTo({scale: nieuw, animation: false,
      position: {x: c.x - (p.x - w / 2) / nieuw, y: c.y - (p.y - h / 2) / nieuw}});
    if (bijZoom) bijZoom();
  }
  [["+", teksten.in, function () { schaal(1.25); }],
   ["\u2212", teksten.uit, function () { schaal(0.8); }],
   ["\u2922", teksten.passend, function () { passend(); }]].forEach(function (k) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = k[0];
    b.title = k[1];
    b.setAttribute("aria-label", k[1]);
    b.setAttribute("style", "width:34px;height:34px;font-size:20px;line-height:1;cursor:pointer;" +
      "border:1px solid #999;border-radius:4px;background:#fff;color:#1a1a1a;padding:0;");
    b.addEventListener("click", function (e) { e.stopPropagation(); k[2](); });
    balk.appendChild(b);
    knoppen.push(b);
  });
  houder.appendChild(balk);
  var hint = document.createElement("div");
  hint.className = "sk-zoomhint";
  hint.textContent = teksten.hint;
  hint.setAttribute("style", "position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);" +
    "z-index:4;padding:10px 16px;border-radius:6px;background:rgba(0,0,0,.72);color:#fff;" +
    "font-size:16px;pointer-events:none;display:none;");
  houder.appendChild(hint);
  var weg = null;
  houder.addEventListener("wheel", function (e) {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      var r = houder.getBoundingClientRect();
      schaal(Math.exp(-e.deltaY * 0.0025), {x: e.clientX - r.left, y: e.clientY - r.top});
    } else if (teksten.hint) {
      hint.style.display = "block";
      clearTimeout(weg);
      weg = setTimeout(function () { hint.style.display = "none"; }, 1200);
    }
  }, {passive: false, capture: true});
  return function (nieuw) {
    if (!nieuw) return;
    teksten = nieuw;
    [nieuw.in, nieuw.uit, nieuw.passend].forEach(function (t, i) {
      knoppen[i].title = t;
      knoppen[i].setAttribute("aria-label", t);
    });
    hint.textContent = nieuw.hint;
  };
}
"""


_TEKENEN = string.Template(
    """<script>
(function () {
  "use strict";
  var data = ${data};
${uitklappen}  var kolommen = data.vorm === "kolommen";
  var network = new vis.Network(
    document.getElementById("kaart"),
    {
      nodes: new vis.DataSet(kolommen ? uitklappen(data.nodes) : data.nodes),
      edges: new vis.DataSet(kolommen ? uitklappen(data.edges) : data.edges)
    },
    data.options
  );
  window.network = network;
  var aangeraakt = false;
  function passend() { network.fit({ maxZoomLevel: 1.6, animation: false }); }
  network.on("zoom", function () { aangeraakt = true; });
  zoombediening(network, document.getElementById("kaart"), data.zoom, function () {
    aangeraakt = false; passend();
  }, function () { aangeraakt = true; });
  window.addEventListener("resize", function () {
    if (!aangeraakt) { network.redraw(); passend(); }
  });
  window.addEventListener("beforeprint", function () { network.redraw(); passend(); });
  network.once("afterDrawing", function () {
    // Labels have their size only once drawn: fit again so none is cut at the edge.
    if (!aangeraakt) passend();
    window.__graphReady = true;
  });
  passend();
})();
</script>"""
)
