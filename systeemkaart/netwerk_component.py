"""The interactive map: a kaart drawn with vis-network as a Streamlit components-v2 component.

The component renders in the app's own page (no iframe), in a shadow root.  Its JS is
the vis-network 9.1.2 bundle from :func:`systeem.weergave.vis_bestanden` followed by a
small ES module; it draws the nodes, edges and options of
:func:`systeem.weergave.vis_kolommen` (sent column by column, expanded in the browser by
:data:`systeem.weergave.UITKLAPPEN_JS`; :func:`systeem.weergave.uitklappen` gives the
same objects in Python) and reports two events back to Python:

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
    # A leading newline keeps Streamlit from mistaking the inline text for a file path.
    return st.components.v2.component(
        NAAM,
        html=_HTML,
        css="\n" + css + "\n" + _CSS,
        js="\n" + js + "\n" + weergave.UITKLAPPEN_JS + "\n" + weergave.ZOOM_JS + "\n" + _JS,
    )


_HTML = """
<div class="sk-omhulsel">
  <div class="sk-netwerk" role="img"></div>
  <div class="sk-legenda"></div>
</div>
"""

_CSS = """
:host { display: block; width: 100%; }
.sk-omhulsel { display: flex; flex-direction: column; width: 100%; height: 70vh;
  min-height: 420px; border: 1px solid #d0d0d0; border-radius: 6px; background: #fff;
  overflow: hidden; box-sizing: border-box;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.sk-netwerk { position: relative; flex: 1 1 auto; min-height: 0; }
.sk-legenda { flex: none; display: flex; flex-wrap: wrap; align-items: center;
  gap: 2px 14px; padding: 6px 10px; border-top: 1px solid #e0e0e0; background: #fafafa;
  font-size: 14px; line-height: 1.3; color: #1a1a1a; max-height: 30%; overflow: auto; }
.sk-legenda .kop { font-weight: 600; }
.sk-legenda .regel { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap;
  max-width: 100%; }
.sk-legenda .regel > span:last-child { white-space: normal; }
.sk-legenda .stip { width: 13px; height: 13px; border-radius: 50%; flex: none;
  border: 1px solid rgba(0,0,0,.4); }
.sk-legenda .lijn { width: 20px; height: 0; border-top: 4px solid; flex: none; }
.sk-legenda .lijn.stippel { border-top-style: dashed; border-top-width: 3px; }
.sk-legenda .teken { width: 14px; text-align: center; flex: none; }
.sk-legenda .noot { flex-basis: 100%; font-size: 12.5px; font-style: italic; color: #444; }
div.vis-tooltip { position: absolute; font-family: inherit; font-size: 15px; line-height: 1.35;
  white-space: pre-wrap; max-width: 420px; padding: 8px 10px; color: #1a1a1a;
  background: #fffef4; border: 1px solid #999; border-radius: 4px; pointer-events: none;
  box-shadow: 0 2px 6px rgba(0,0,0,.15); z-index: 5; }
"""

_JS = r"""
const _systeemkaart = new WeakMap();

function _legenda(lijst, legenda) {
  lijst.setAttribute("aria-label", legenda.titel);
  lijst.replaceChildren();
  for (const r of legenda.regels) {
    const div = document.createElement("div");
    if (r.kop !== undefined) { div.className = "kop"; div.textContent = r.kop; }
    else if (r.noot !== undefined) { div.className = "noot"; div.textContent = r.noot; }
    else {
      div.className = "regel";
      const teken = document.createElement("span");
      if (r.stip) { teken.className = "stip"; teken.style.background = r.stip; }
      else if (r.lijn) { teken.className = "lijn"; teken.style.borderColor = r.lijn; }
      else if (r.stippel) { teken.className = "lijn stippel"; teken.style.borderColor = r.stippel; }
      else { teken.className = "teken"; teken.style.color = r.kleur; teken.textContent = r.teken; }
      const woord = document.createElement("span");
      woord.textContent = r.tekst;
      div.append(teken, woord);
    }
    lijst.append(div);
  }
}

function _bijwerken(set, items) {
  const nieuw = new Set(items.map((i) => i.id));
  const weg = set.getIds().filter((id) => !nieuw.has(id));
  if (weg.length) set.remove(weg);
  set.update(items);
}

function _kies(net, gekozen) {
  if (gekozen && net.body.data.nodes.get(gekozen)) net.selectNodes([gekozen], false);
  // unselectAll draws the whole map at once (0.1 s at 2,000 partners): only when needed.
  else if (net.getSelectedNodes().length || net.getSelectedEdges().length) net.unselectAll();
}

export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  window.__systeemkaartAanroepen = (window.__systeemkaartAanroepen || 0) + 1;
  const omhulsel = parentElement.querySelector(".sk-omhulsel");
  const el = parentElement.querySelector(".sk-netwerk");
  if (!el || !data) return;
  if (omhulsel) omhulsel.style.height = data.hoogte || "";
  _legenda(parentElement.querySelector(".sk-legenda"), data.legenda);
  const kolommen = data.vorm === "kolommen";
  const knopen = kolommen ? uitklappen(data.nodes) : data.nodes;
  const randen = kolommen ? uitklappen(data.edges) : data.edges;
  let s = _systeemkaart.get(parentElement);
  if (s && s.el === el) {
    // Re-invoked with new data: update in place, keep zoom and pan.
    const opties = JSON.stringify(data.options);
    if (opties !== s.opties) { s.net.setOptions(data.options); s.opties = opties; }
    const leesbaar = Boolean(data.leesbaar);
    const aantal = s.nodes.length;
    if (leesbaar !== s.leesbaar) {
      // Readable mode switched: refill (an update would keep the old labels and curves).
      s.edges.clear(); s.nodes.clear();
      s.nodes.add(knopen); s.edges.add(randen);
      s.leesbaar = leesbaar;
    } else {
      _bijwerken(s.nodes, knopen);
      _bijwerken(s.edges, randen);
    }
    // Nodes added or removed while the user has not zoomed: fit, so new ones are in view.
    if (s.nodes.length !== aantal && !s.aangeraakt()) s.passend();
    s.setTriggerValue = setTriggerValue;
    s.zoomteksten(data.zoom);
    _kies(s.net, data.gekozen);
    window.__systeemkaartNetwerk = s.net;
    return s.opruimen;
  }
  if (s) s.net.destroy();
  const nodes = new vis.DataSet(knopen);
  const edges = new vis.DataSet(randen);
  const net = new vis.Network(el, { nodes, edges }, data.options);
  s = {
    el, net, nodes, edges, setTriggerValue,
    opties: JSON.stringify(data.options), leesbaar: Boolean(data.leesbaar),
  };
  s.opruimen = () => {
    if (_systeemkaart.get(parentElement) === s) _systeemkaart.delete(parentElement);
    if (window.__systeemkaartNetwerk === net) {
      // The map left the page (another page, or a map that is drawn anew): tests wait
      // for the next one instead of reading a destroyed network.
      window.__systeemkaartNetwerk = undefined;
      window.__systeemkaartKlaar = false;
    }
    net.destroy();
  };
  _systeemkaart.set(parentElement, s);
  window.__systeemkaartGemaakt = (window.__systeemkaartGemaakt || 0) + 1;

  const rol = (id) => { const n = nodes.get(id); return n ? n.rol : null; };
  net.on("click", (p) => {
    if (p.nodes.length) {
      if (rol(p.nodes[0]) === "partner") s.setTriggerValue("klik", String(p.nodes[0]));
    } else if (!p.edges.length) {
      s.setTriggerValue("klik", "");
    }
  });
  net.on("dragEnd", (p) => {
    if (!p.nodes.length) return;
    const id = p.nodes[0];
    const r = rol(id);
    if (r !== "partner" && r !== "opgave") return;
    const plek = net.getPositions([id])[id];
    const oud = nodes.get(id);
    if (Math.abs(plek.x - oud.x) < 0.5 && Math.abs(plek.y - oud.y) < 0.5) return;
    nodes.update({ id, x: plek.x, y: plek.y });
    s.setTriggerValue("verplaatst", { id: String(id), x: plek.x, y: plek.y });
  });
  net.on("afterDrawing", () => {
    window.__systeemkaartTekeningen = (window.__systeemkaartTekeningen || 0) + 1;
  });
  const passend = () => net.fit({ maxZoomLevel: 1.3, animation: false });
  let aangeraakt = false;
  s.passend = passend;
  s.aangeraakt = () => aangeraakt;
  net.on("zoom", () => { aangeraakt = true; });
  s.zoomteksten = zoombediening(net, el, data.zoom, () => { aangeraakt = false; passend(); },
    () => { aangeraakt = true; });
  net.once("afterDrawing", () => {
    // Labels have their size only once drawn: fit again so none is cut at the edge.
    if (!aangeraakt) passend();
    window.__systeemkaartKlaar = true;
  });
  net.on("dragStart", (p) => { if (!p.nodes.length) aangeraakt = true; });
  if (typeof ResizeObserver !== "undefined" && omhulsel) {
    // Observing reports the current size at once: redraw only when it really changed
    // (a drawing of 2,000 partners costs about 0.1 s).
    let maat = omhulsel.clientWidth + "x" + omhulsel.clientHeight;
    const ro = new ResizeObserver(() => {
      const nu = omhulsel.clientWidth + "x" + omhulsel.clientHeight;
      if (nu === maat) return;
      maat = nu;
      if (aangeraakt) net.redraw(); else passend();
    });
    ro.observe(omhulsel);
    const destroy = s.opruimen;
    s.opruimen = () => { ro.disconnect(); destroy(); };
  }
  passend();
  _kies(net, data.gekozen);
  window.__systeemkaartNetwerk = net;
  return s.opruimen;
}
"""
