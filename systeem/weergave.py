"""Weergave: a kaart drawn as a network, as vis-network data and as one offline HTML page.

The drawing (the *weergave*) is the map a user and a classroom look at:

- the opgave in the middle as a dark box; every partner a dot at its place from
  :mod:`systeem.layout` (physics off, so nothing moves by itself; nodes stay draggable);
- node colour = balance klasse (:mod:`systeem.balans`), in the colour-blind-safe
  Okabe-Ito colours (:data:`KLASSE_KLEUREN`); node size = betrokkenheid (brengen + halen)
  or invloed (0-5), as an area-true square-root scale between :data:`KLEINSTE` and
  :data:`GROOTSTE` px;
- one arrow per stroom, coloured by soort (:data:`SOORT_KLEUREN`, other soorten a fixed
  colour derived from the word), width ``1 + 1.5 * waarde``;
- stromen that a scenario changed (``gewijzigd``) stand out: a wider line with a glow
  (vis ``shadow``) in :data:`GEWIJZIGD_KLEUR`, a tooltip that says so, and a legend line;
- afhankelijkheden (optional layer) as dashed grey arrows from the dependent partner to
  the partner it depends on; belangen (optional layer) as small satellites around their
  partner, shaped and coloured by houding;
- all edges between the same two nodes (either direction, either layer) are drawn as
  separate clockwise curves: the k-th edge from A to B gets roundness ``0.2 + 0.2 k``,
  and because "clockwise" turns with the direction of travel, B->A curves bend to the
  other side.  An edge alone between its two nodes is straight.

:func:`vis_data` gives the nodes, edges and options as plain JSON-able Python (also for
an interactive component); :func:`html` wraps them in one self-contained document with
a legend.  Text from a kaart reaches vis-network only as JSON string values (labels are
drawn on a canvas, tooltips set with ``innerText`` in vis-network 9), the JSON has
``<``, ``>``, ``&``, ``'``, U+2028 and U+2029 escaped so it cannot end its ``<script>``,
and text placed in the page itself is ``html.escape``-d.

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
from typing import Any

import numpy as np
import pandas as pd

from systeem import balans as balans_mod
from systeem import layout
from systeem.kaart import HOUDINGEN, OPGAVE, SOORTEN, Kaart
from systeem.teksten import TALEN, tekst

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

#: What node size can stand for.
GROOTTES = ("betrokkenheid", "invloed")

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
) -> dict[str, Any]:
    """Return the kaart as vis-network data: ``{"nodes": [...], "edges": [...], "options": {...}}``.

    Parameters
    ----------
    kaart : the kaart; nodes without a positie are placed by :func:`systeem.layout.posities`.
    drempel : the balance threshold for the klasse (node colour).
    grootte : ``"betrokkenheid"`` (brengen + halen) or ``"invloed"`` (0-5): node size.
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

    Returns
    -------
    Plain Python (str, int, float, bool, list, dict; no NaN).  Node ``id`` is the kaart's
    node id (``"opgave"`` or a partner id; belangen get ``"belang:<row>"``), every node has
    ``rol`` (opgave/partner/belang), partners also ``klasse``.  Edge ids are stable:
    ``"s<row>"`` per stroom, ``"a<row>"`` per afhankelijkheid, ``"b<row>"`` per belang;
    edges carry ``laag`` (stroom/afhankelijkheid/belang).

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 1}]})
    >>> d = vis_data(k)
    >>> [n["id"] for n in d["nodes"]], [e["id"] for e in d["edges"]]
    (['opgave', 'a', 'b'], ['s0', 's1'])
    >>> d["edges"][0]["title"], d["edges"][0]["color"], d["edges"][0]["width"]
    ('A → B: geld, waarde 2', '#DDAA33', 4.0)
    >>> d["nodes"][1]["color"], d["options"]["physics"]["enabled"]
    ('#D55E00', False)
    >>> e = vis_data(k, gewijzigd=[False, True])["edges"]
    >>> e[1]["title"], e[1]["width"], e[1]["shadow"]["color"], e[0]["shadow"]
    ('B → A: kennis, waarde 1 (gewijzigd in dit scenario)', 5.5, '#00C8FF', False)
    """
    if grootte not in GROOTTES:
        raise ValueError(f"grootte moet een van {GROOTTES} zijn, niet {grootte!r}")
    if stap not in STAPPEN:
        raise ValueError(f"stap moet een van {STAPPEN} zijn, niet {stap!r}")
    _controleer_taal(taal)
    gemarkeerd = _gemarkeerd(kaart, gewijzigd)
    plek = _plaatsen(kaart)
    namen = _namen(kaart, taal)
    totalen = balans_mod.totalen(kaart)

    partners = _partner_knopen(kaart, plek, drempel, grootte, belangen, taal, stap == 3)
    knopen = [_opgave_knoop(kaart, plek, totalen, taal), *_records(partners)]
    if stap == 1:
        return {"nodes": knopen, "edges": [], "options": _opties(0)}
    lagen = [_stroom_randen(kaart, namen, taal, gemarkeerd)]
    if afhankelijkheden and len(kaart.afhankelijkheden):
        lagen.append(_afhankelijkheid_randen(kaart, namen, taal))
    bochten = _bochten(
        np.concatenate([laag["from"] for laag in lagen]),
        np.concatenate([laag["to"] for laag in lagen]),
    )
    rand_records: list[dict[str, Any]] = []
    for laag in lagen:  # at most two layers
        n = len(laag["id"])
        rand_records += _records({**laag, "smooth": bochten[:n]})
        bochten = bochten[n:]
    if belangen and len(kaart.belangen):
        b_knopen, b_randen = _belangen(kaart, plek, partners, namen, taal)
        knopen += _records(b_knopen)
        rand_records += _records(b_randen)
    return {"nodes": knopen, "edges": rand_records, "options": _opties(len(rand_records))}


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

    Returns
    -------
    ``<!doctype html>`` ... with vis-network 9.1.2 inlined; the page fetches nothing.  The
    same arguments always give the same text, byte for byte.  When drawn, the page sets
    ``window.network`` (the vis Network) and ``window.__graphReady = true``.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "<Proef>",
    ...     "partners": [{"id": "a", "naam": "A"}], "stromen": []})
    >>> doc = html(k)
    >>> doc.startswith("<!doctype html>"), "<h1>&lt;Proef&gt;</h1>" in doc
    (True, True)
    """
    data = vis_data(
        kaart,
        drempel=drempel,
        grootte=grootte,
        afhankelijkheden=afhankelijkheden,
        belangen=belangen,
        taal=taal,
        gewijzigd=gewijzigd,
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
    return _SJABLOON.substitute(
        taal=taal,
        titel=titel,
        vis_css=css,
        css=_CSS,
        hoogte=_hoogte(hoogte),
        kop=kopregel,
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
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> [r.get("kop") or r["tekst"] for r in legenda_inhoud(k)["regels"]][:2]
    ['Kleur: balans van brengen en halen', 'geeft veel meer dan het haalt']
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
    regels.append({"kop": tekst(f"legenda.grootte.{grootte}", taal)})
    soorten = _soorten_in(kaart)
    if stap >= 2 and soorten:
        regels.append({"kop": tekst("legenda.stromen", taal)})
        regels += [{"lijn": soort_kleur(s), "tekst": s} for s in soorten]
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
    """Return the ``<script>`` that draws ``data`` (from :func:`vis_data`) in ``#kaart``.

    Shared by the standalone map page (:func:`html`) and the hand-out
    (:mod:`systeem.handout`); vis-network itself must be loaded before it.  The script
    fits the map to its box (at most 1.6x zoom), refits on resize until the user zooms,
    and again before printing; it sets ``window.network`` and, once drawn,
    ``window.__graphReady = true``.

    Example
    -------
    >>> "window.__graphReady = true" in teken_script({"nodes": [], "edges": [], "options": {}})
    True
    """
    return _TEKENEN.substitute(data=json_literal(data))


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
        tekst_ = tekst_.replace(teken, vervanging)
    return tekst_


# ---------------------------------------------------------------------------
# Nodes.


def _plaatsen(kaart: Kaart) -> pd.DataFrame:
    """Return x, y per node id; the layout is only computed when a node lacks a place."""
    if set(kaart.posities).issuperset(kaart.partners["id"].tolist()):
        plek = {OPGAVE: (0.0, 0.0), **kaart.posities}
    else:
        plek = layout.posities(kaart)
    frame = pd.DataFrame.from_dict(plek, orient="index", columns=["x", "y"])
    return frame.astype("float64")


def _namen(kaart: Kaart, taal: str) -> dict[str, str]:
    namen = kaart.namen()
    namen[OPGAVE] = kaart.opgave or tekst("opgave", taal)
    return namen


def _opgave_knoop(
    kaart: Kaart, plek: pd.DataFrame, totalen: pd.DataFrame, taal: str
) -> dict[str, Any]:
    label = kaart.opgave or tekst("opgave", taal)
    regels = [tekst("opgave", taal)]
    if kaart.opgave:
        regels.append(kaart.opgave)
    regels.append(
        tekst(
            "weergave.brengt_haalt",
            taal,
            brengen=int(totalen.loc[OPGAVE, "brengen"]),
            halen=int(totalen.loc[OPGAVE, "halen"]),
        )
    )
    return {
        "id": OPGAVE,
        "rol": "opgave",
        "label": label,
        "title": "\n".join(regels),
        "x": float(plek.loc[OPGAVE, "x"]),
        "y": float(plek.loc[OPGAVE, "y"]),
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


def _partner_knopen(
    kaart: Kaart,
    plek: pd.DataFrame,
    drempel: float,
    grootte: str,
    belangen: bool,
    taal: str,
    onthul_balans: bool = True,
) -> dict[str, Any]:
    """Return the vis node fields of the partners, one column (array) per field.

    Without ``onthul_balans`` the nodes are neutral grey and their tooltips leave out
    brengen, halen and balans (a presentation that has not reached the balance yet)."""
    b = balans_mod.balans(kaart, drempel)
    p = kaart.partners.set_index("id")
    ids = b.index
    if grootte == "betrokkenheid":
        maat = (b["brengen"] + b["halen"]).astype("float64")
        schaal = max(float(maat.max()) if len(maat) else 0.0, 1.0)
    else:
        maat = p["invloed"].astype("Float64").fillna(0).astype("float64")
        schaal = 5.0
    grootte_px = (KLEINSTE + (GROOTSTE - KLEINSTE) * np.sqrt(maat / schaal)).round(1)

    klasse_label = b["klasse"].map({k: tekst(f"klasse.{k}", taal) for k in balans_mod.KLASSEN})
    getal = b["balans"].map(lambda v: "" if math.isnan(v) else f"{v:+.2f}").astype("str")
    if taal == "nl":
        getal = getal.str.replace(".", ",", regex=False)
    balansregel = np.where(
        b["balans"].isna(),
        klasse_label.to_numpy(dtype=object),
        _vul(tekst("weergave.balans", taal), balans=getal, klasse=klasse_label),
    )
    soortregel = _samen(p["type"], p["sector"], ", ")
    invloed = p["invloed"]
    invloedregel = np.where(
        invloed.isna(),
        "",
        _vul(tekst("weergave.invloed", taal), invloed=invloed.astype("string").fillna("")),
    )
    cijfers = [
        _vul(tekst("weergave.brengt_haalt", taal), brengen=b["brengen"], halen=b["halen"]),
        balansregel,
    ]
    regels = [
        soortregel,
        *(cijfers if onthul_balans else []),
        invloedregel,
        p["toelichting"].to_numpy(dtype=object),
    ]
    if belangen and len(kaart.belangen):
        regels.append(_belangregels(kaart, ids, taal))
    return {
        "id": ids.to_numpy(dtype=object),
        "rol": "partner",
        "label": b["naam"].to_numpy(dtype=object),
        "title": _regels(b["naam"].to_numpy(dtype=object), *regels),
        "x": plek["x"].reindex(ids).to_numpy(),
        "y": plek["y"].reindex(ids).to_numpy(),
        "color": b["klasse"].map(KLASSE_KLEUREN).to_numpy(dtype=object)
        if onthul_balans
        else NEUTRAAL,
        "size": grootte_px.to_numpy(),
        "klasse": b["klasse"].to_numpy(dtype=object) if onthul_balans else "",
    }


def _belangregels(kaart: Kaart, ids: pd.Index, taal: str) -> np.ndarray:
    """Per partner, the "Belangen:" block of its tooltip ("" without belangen)."""
    bel = kaart.belangen
    houding = bel["houding"].map({h: tekst(f"weergave.houding.{h}", taal) for h in HOUDINGEN})
    regel = "• " + bel["omschrijving"] + " (" + houding.fillna(bel["houding"]) + ")"
    blok = regel.groupby(bel["partner"], sort=False).agg("\n".join)
    blok = tekst("weergave.belangen", taal) + "\n" + blok
    return blok.reindex(ids).fillna("").to_numpy(dtype=object)


def _belangen(
    kaart: Kaart, plek: pd.DataFrame, partners: dict[str, Any], namen: dict[str, str], taal: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Satellite nodes for the belangen, fanned out away from the opgave, and their lines."""
    bel = kaart.belangen.reset_index(drop=True)
    voorvoegsel = "belang:"
    while kaart.partners["id"].str.startswith(voorvoegsel).any() or voorvoegsel == OPGAVE:
        voorvoegsel = "~" + voorvoegsel
    ids = voorvoegsel + pd.Series(np.arange(len(bel)), dtype="str")

    px = plek["x"].reindex(bel["partner"]).to_numpy()
    py = plek["y"].reindex(bel["partner"]).to_numpy()
    ox, oy = plek.loc[OPGAVE, "x"], plek.loc[OPGAVE, "y"]
    maat = pd.Series(partners["size"], index=partners["id"]).reindex(bel["partner"]).to_numpy()
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
    partnernaam = bel["partner"].map(namen)
    knopen = {
        "id": ids.to_numpy(dtype=object),
        "rol": "belang",
        "partner": bel["partner"].to_numpy(dtype=object),
        "label": bel["omschrijving"].to_numpy(dtype=object),
        "title": _regels(
            (partnernaam + ": " + bel["omschrijving"]).to_numpy(dtype=object),
            (houding.fillna(bel["houding"]) + ", " + soort).to_numpy(dtype=object),
        ),
        # Wider sideways: a label is wider than it is tall.
        "x": (px + 1.8 * afstand * np.cos(hoek)).round(1),
        "y": (py + afstand * np.sin(hoek)).round(1),
        "shape": stijl.str[1].fillna("dot").to_numpy(dtype=object),
        "color": stijl.str[0].fillna("#AAAAAA").to_numpy(dtype=object),
        "size": 9.0,
        "font": [{"size": 16, "strokeWidth": 4} for _ in range(len(bel))],
        "widthConstraint": [{"maximum": 160} for _ in range(len(bel))],
    }
    randen = {
        "id": ("b" + pd.Series(np.arange(len(bel)), dtype="str")).to_numpy(dtype=object),
        "laag": "belang",
        "from": ids.to_numpy(dtype=object),
        "to": bel["partner"].to_numpy(dtype=object),
        "color": BELANG_LIJN_KLEUR,
        "width": 1.0,
        "dashes": [[2, 4] for _ in range(len(bel))],
        "arrows": [{"to": {"enabled": False}} for _ in range(len(bel))],
        "smooth": False,
    }
    return knopen, randen


# ---------------------------------------------------------------------------
# Edges.


def _stroom_randen(
    kaart: Kaart, namen: dict[str, str], taal: str, gemarkeerd: np.ndarray | None = None
) -> dict[str, Any]:
    s = kaart.stromen.reset_index(drop=True)
    titel = _vul(
        tekst("weergave.stroom", taal),
        van=_naar_naam(s["van"], namen),
        naar=_naar_naam(s["naar"], namen),
        soort=s["soort"],
        waarde=s["waarde"],
    )
    omschrijving = s["omschrijving"].fillna("").to_numpy(dtype=object)
    titel = titel + np.where(omschrijving != "", ", " + omschrijving, "")
    kleuren = {soort: soort_kleur(soort) for soort in s["soort"].unique()}
    randen = {
        "id": ("s" + pd.Series(np.arange(len(s)), dtype="str")).to_numpy(dtype=object),
        "laag": "stroom",
        "from": s["van"].to_numpy(dtype=object),
        "to": s["naar"].to_numpy(dtype=object),
        "soort": s["soort"].to_numpy(dtype=object),
        "waarde": s["waarde"].astype("int64").to_numpy(),
        "color": s["soort"].map(kleuren).to_numpy(dtype=object),
        "width": (1.0 + 1.5 * s["waarde"].astype("float64")).to_numpy(),
        "title": titel,
    }
    if gemarkeerd is not None and gemarkeerd.any():
        randen["gewijzigd"] = gemarkeerd
        randen["width"] = randen["width"] + np.where(gemarkeerd, GEWIJZIGD_EXTRA, 0.0)
        randen["title"] = titel + np.where(gemarkeerd, tekst("weergave.gewijzigd", taal), "")
        randen["shadow"] = [dict(_GLOED) if m else False for m in gemarkeerd]
    return randen


def _afhankelijkheid_randen(kaart: Kaart, namen: dict[str, str], taal: str) -> dict[str, Any]:
    a = kaart.afhankelijkheden.reset_index(drop=True)
    waarvoor = a["waarvoor"].fillna("")
    voor = np.where(
        waarvoor.to_numpy(dtype=object) != "",
        _vul(tekst("signaal.waarvoor", taal), waarvoor=waarvoor),
        "",
    )
    titel = _vul(
        tekst("weergave.afhankelijkheid", taal),
        partner=a["partner"].map(namen),
        van=a["afhankelijk_van"].map(namen),
        waarvoor=pd.Series(voor, dtype=object),
        sterkte=a["sterkte"],
    )
    return {
        "id": ("a" + pd.Series(np.arange(len(a)), dtype="str")).to_numpy(dtype=object),
        "laag": "afhankelijkheid",
        "from": a["partner"].to_numpy(dtype=object),
        "to": a["afhankelijk_van"].to_numpy(dtype=object),
        "sterkte": a["sterkte"].astype("int64").to_numpy(),
        "color": AFHANKELIJKHEID_KLEUR,
        "width": (1.0 + a["sterkte"].astype("float64")).to_numpy(),
        "dashes": [[10, 8] for _ in range(len(a))],
        "title": titel,
    }


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


def _bochten(van: np.ndarray, naar: np.ndarray) -> list[Any]:
    """Give parallel and two-way edges distinct clockwise curves; a lone edge stays straight.

    ``van`` and ``naar`` hold the ends of all edges in drawing order (stromen, then
    afhankelijkheden).  The k-th edge from A to B gets roundness ``0.2 + 0.2 k``.
    Clockwise is relative to the direction of travel, so the edges from B to A bend to
    the other side and never lie on the A-to-B ones.  Returns the vis ``smooth`` value
    per edge.
    """
    van, naar = np.asarray(van, dtype=object), np.asarray(naar, dtype=object)
    eerste = np.where(van < naar, van, naar)
    tweede = np.where(van < naar, naar, van)
    frame = pd.DataFrame({"van": van, "naar": naar, "eerste": eerste, "tweede": tweede})
    per_paar = frame.groupby(["eerste", "tweede"], sort=False)["van"].transform("size")
    k = frame.groupby(["van", "naar"], sort=False).cumcount().to_numpy()
    rondheid = np.round(0.2 + 0.2 * k, 2)
    return [
        {"enabled": True, "type": "curvedCW", "roundness": float(r)} if n > 1 else False
        for r, n in zip(rondheid, per_paar.to_numpy(), strict=True)
    ]


# ---------------------------------------------------------------------------
# Options, legend, page.


def _opties(aantal_randen: int) -> dict[str, Any]:
    veel = aantal_randen > VEEL_RANDEN
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
            "zoomView": True,
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


def _records(kolommen: dict[str, Any]) -> list[dict[str, Any]]:
    """Turn columns (arrays or lists of one length, or one plain value for all) into records.

    ``ndarray.tolist`` gives plain Python values, so the records go straight to JSON.
    """
    lengte = next(len(v) for v in kolommen.values() if isinstance(v, (list, np.ndarray)))
    lijsten = [
        v.tolist()
        if isinstance(v, np.ndarray)
        else v
        if isinstance(v, list)
        else itertools.repeat(v, lengte)
        for v in kolommen.values()
    ]
    sleutels = list(kolommen)
    return [dict(zip(sleutels, rij, strict=True)) for rij in zip(*lijsten, strict=True)]


def _naar_naam(ids: pd.Series, namen: dict[str, str]) -> np.ndarray:
    """Node ids replaced by their display names (vectorised lookup)."""
    plek = pd.Index(list(namen)).get_indexer(ids)
    waarden = np.array(list(namen.values()), dtype=object)
    return np.where(plek >= 0, waarden[plek], ids.to_numpy(dtype=object))


def _samen(a: pd.Series, b: pd.Series, tussen: str) -> np.ndarray:
    """Join two text columns with ``tussen``, leaving out empty parts."""
    a_, b_ = a.fillna("").to_numpy(dtype=object), b.fillna("").to_numpy(dtype=object)
    beide = (a_ != "") & (b_ != "")
    return np.where(beide, a_ + tussen + b_, a_ + b_)


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


_TEKENEN = string.Template(
    """<script>
(function () {
  "use strict";
  var data = ${data};
  var network = new vis.Network(
    document.getElementById("kaart"),
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    data.options
  );
  window.network = network;
  var aangeraakt = false;
  function passend() { network.fit({ maxZoomLevel: 1.6, animation: false }); }
  network.on("zoom", function () { aangeraakt = true; });
  window.addEventListener("resize", function () {
    if (!aangeraakt) { network.redraw(); passend(); }
  });
  window.addEventListener("beforeprint", function () { network.redraw(); passend(); });
  network.once("afterDrawing", function () { window.__graphReady = true; });
  passend();
})();
</script>"""
)
