"""The interactive map: a kaart drawn with vis-network as a Streamlit components-v2 component.

The component renders in the app's own page (no iframe), in a shadow root.  Its JS is
the vis-network 9.1.2 bundle from :func:`systeem.weergave.vis_bestanden`, the expansion
and the zoom control the standalone page uses too (:data:`systeem.weergave.UITKLAPPEN_JS`,
:data:`systeem.weergave.ZOOM_JS`), then the ES module ``systeemkaart/static/netwerk.js``
(with ``netwerk.html`` and ``netwerk.css``, read through :mod:`importlib.resources`); it
draws the nodes, edges and options of :func:`systeem.weergave.vis_kolommen` (sent column
by column, expanded in the browser) and reports two events back to Python:

- ``klik``: the id of the partner that was clicked (``""`` for a click on empty canvas);
- ``verplaatst``: ``{"id", "x", "y"}`` when the user dropped a partner (or the opgave)
  at a new place.

:func:`netwerk` mounts the component and handles both events in ``on_*_change``
callbacks, which run *before* the page script: a click selects the partner
(``st.session_state[staat.GESELECTEERD]``) and a drop stores the place in the kaart
(``kaart.met(posities=...)`` and :func:`systeemkaart.staat.zet_kaart`), so the rerun that follows
already draws the node where it was dropped.

Reruns and the viewport.  Streamlit re-invokes the module's default export every time
the ``data`` changes (measured in Chromium: once per rerun with changed data, never on a
rerun with identical data; the cleanup it returned is only called when the element
leaves the page).  The module therefore keeps one vis ``Network`` per mount point and,
on a re-invocation, only updates its DataSets (changed, added and removed nodes and
edges) and options; zoom and pan stay as the user left them.  Only the first drawing
fits the map to the window.

Big kaarten.  Above :data:`systeem.weergave.GROOT` partners the data comes in readable
mode (``data["leesbaar"]``: no partner labels, straight edges, edges hidden while
dragging or zooming; the Kaart page says so).  When a rerun switches between the two
modes, the module refills its DataSets instead of updating them: an update merges
fields, so the labels and curves of the old mode would stay.

Safety.  User text (names, soorten, descriptions) travels only inside ``data``;
vis-network draws labels on a canvas and sets tooltips with ``innerText``, and the
legend is built with ``textContent``; nothing is written with ``innerHTML``.

For browser tests the module sets ``window.__systeemkaartNetwerk`` (the vis Network),
``window.__systeemkaartKlaar = true`` once drawn, and counts invocations and network
creations in ``window.__systeemkaartAanroepen`` / ``window.__systeemkaartGemaakt``, and the
drawings of the map in ``window.__systeemkaartTekeningen`` (the benchmark reports it: a
drawing of 2,000 partners costs about 0.1 s, so the module redraws on a resize only when
the size really changed).
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from typing import Any

import streamlit as st

from systeem import weergave
from systeem.model.kaart import OPGAVE, Kaart
from systeemkaart import staat

#: The key of the mounted component in ``st.session_state``.
SLEUTEL = "kaartnetwerk"

#: Name under which the component is registered with Streamlit.
NAAM = "systeemkaart_netwerk"

#: Height of the map.
HOOGTE = "70vh"


def netwerk(
    kaart: Kaart, *, gekozen: str | None = None, stap: int = 3, hoogte: str | None = None
) -> Any:
    """Draw ``kaart`` as the interactive map and return the component's result.

    Parameters
    ----------
    kaart : the kaart to draw (nodes without a place are placed by the layout).
    gekozen : the id of the selected partner; it is shown selected on the map.
    stap : how much to reveal (presenter mode): 1 partners, 2 also stromen, 3 all.
    hoogte : a CSS height for the map (``"480px"``); :data:`HOOGTE` when absent.

    Returns
    -------
    The component result: ``.klik`` and ``.verplaatst`` hold this run's event, if any.
    Both events have already been applied to the session state by the callbacks;
    :func:`verwerk` applies them again (idempotent), which is what makes a seeded
    state in ``AppTest`` (no browser, no callbacks) take effect.
    """
    taal = staat.taal()
    data = weergave.vis_kolommen(
        kaart,
        drempel=staat.drempel(),
        grootte=st.session_state.get(staat.GROOTTE, "betrokkenheid"),
        afhankelijkheden=bool(st.session_state.get(staat.LAAG_AFHANKELIJKHEDEN, True)),
        belangen=bool(st.session_state.get(staat.LAAG_BELANGEN, False)),
        taal=taal,
        stap=stap,
    )
    data["gekozen"] = gekozen
    data["hoogte"] = hoogte
    data["legenda"] = weergave.legenda_inhoud(
        kaart,
        grootte=st.session_state.get(staat.GROOTTE, "betrokkenheid"),
        afhankelijkheden=bool(st.session_state.get(staat.LAAG_AFHANKELIJKHEDEN, True)),
        belangen=bool(st.session_state.get(staat.LAAG_BELANGEN, False)),
        taal=taal,
        stap=stap,
    )
    return _component()(
        data=data,
        key=SLEUTEL,
        on_klik_change=_bij_klik,
        on_verplaatst_change=_bij_verplaatsen,
    )


def verwerk(resultaat: Any) -> None:
    """Apply the click and the drop in ``resultaat`` to the session state (idempotent)."""
    if resultaat is None:
        return
    klik = getattr(resultaat, "klik", None)
    if klik is not None:
        kies(klik)
    verplaatst = getattr(resultaat, "verplaatst", None)
    if verplaatst is not None:
        verplaats(verplaatst)


def kies(partner_id: Any, sleutel: str = staat.GESELECTEERD) -> None:
    """Select the partner ``partner_id`` under ``sleutel`` (the pages' shared selection
    unless a page keeps its own); ``""`` clears it, unknown ids are ignored."""
    if partner_id == "":
        st.session_state[sleutel] = None
    elif isinstance(partner_id, str) and partner_id in set(staat.kaart().partners["id"]):
        st.session_state[sleutel] = partner_id


def verplaats(plek: Any) -> bool:
    """Store a dropped node's place ``{"id", "x", "y"}`` in the open kaart.

    Returns ``True`` when the kaart changed.  A place for an unknown node, or with
    coordinates that are not finite numbers, is ignored (it can only come from a
    stale or tampered browser message); a place equal to the stored one changes nothing.
    """
    kaart = staat.kaart()
    if not isinstance(plek, dict):
        return False
    knoop = plek.get("id")
    if knoop != OPGAVE and knoop not in set(kaart.partners["id"]):
        return False
    try:
        x, y = round(float(plek["x"]), 1), round(float(plek["y"]), 1)
    except (KeyError, TypeError, ValueError):
        return False
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    oud = kaart.posities.get(knoop)
    if oud is not None and (round(float(oud[0]), 1), round(float(oud[1]), 1)) == (x, y):
        return False
    staat.zet_kaart(kaart.met(posities={**kaart.posities, knoop: (x, y)}))
    return True


# ---------------------------------------------------------------------------
# Callbacks: run before the page script, so the rerun already shows the result.


def _bij_klik() -> None:
    _verwerk_gebeurtenis("klik", kies)


def _bij_verplaatsen() -> None:
    _verwerk_gebeurtenis("verplaatst", verplaats)


def _verwerk_gebeurtenis(naam: str, doe: Any) -> None:
    waarde = st.session_state.get(SLEUTEL) or {}
    gebeurtenis = waarde.get(naam) if isinstance(waarde, dict) else None
    if gebeurtenis is not None:
        doe(gebeurtenis)


# ---------------------------------------------------------------------------
# The component itself: registered once per process.


@functools.cache
def _component() -> Any:
    js, css = weergave.vis_bestanden()
    eigen = resources.files("systeemkaart").joinpath("static")
    html, eigen_css, eigen_js = (
        eigen.joinpath(f"netwerk.{soort}").read_text("utf-8") for soort in ("html", "css", "js")
    )
    # A leading newline keeps Streamlit from mistaking the inline text for a file path.
    return st.components.v2.component(
        NAAM,
        html="\n" + html,
        css="\n" + css + "\n" + eigen_css,
        js="\n" + js + "\n" + weergave.UITKLAPPEN_JS + "\n" + weergave.ZOOM_JS + "\n" + eigen_js,
    )
