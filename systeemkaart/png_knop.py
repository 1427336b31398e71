"""A button that downloads the map as it is on screen, as a PNG, made in the browser.

The interactive map (:mod:`systeemkaart.netwerk_component`) exposes its vis Network as
``window.__systeemkaartNetwerk``.  This small component (Streamlit components v2, which
run in the page itself, not in an iframe) draws the network's canvas onto a white
canvas of the same size (the vis canvas is transparent) and downloads
``canvas.toDataURL("image/png")`` under the kaart's name.  Nothing goes to the server.
When no map is on screen it says so instead.
"""

from __future__ import annotations

import functools
from typing import Any

import streamlit as st

NAAM = "systeemkaart_png"


def png_knop(label: str, bestandsnaam: str, geen_kaart: str, *, key: str = "png_knop") -> Any:
    """Draw the download button; ``geen_kaart`` is shown when no map is on screen."""
    return _component()(data={"label": label, "bestand": bestandsnaam, "geen": geen_kaart}, key=key)


@functools.cache
def _component() -> Any:
    return st.components.v2.component(NAAM, html=_HTML, css="\n" + _CSS, js="\n" + _JS)


_HTML = """<div class="sk-png"><button type="button" class="sk-png-knop"></button>
<span class="sk-png-melding" role="status"></span></div>"""

_CSS = """
.sk-png { display: flex; align-items: center; gap: 12px; font-family: inherit; }
.sk-png-knop { font: inherit; padding: 6px 14px; border: 1px solid rgba(49,51,63,.25);
  border-radius: 8px; background: #fff; cursor: pointer; }
.sk-png-knop:hover { border-color: #0072B2; color: #0072B2; }
.sk-png-melding { color: #8a4b00; font-size: 14px; }
"""

_JS = r"""
export default function (component) {
  const { data, parentElement } = component;
  const knop = parentElement.querySelector(".sk-png-knop");
  const melding = parentElement.querySelector(".sk-png-melding");
  if (!knop || !data) return;
  knop.textContent = data.label;
  knop.onclick = () => {
    melding.textContent = "";
    const net = window.__systeemkaartNetwerk;
    const bron = net && net.canvas && net.canvas.frame && net.canvas.frame.canvas;
    if (!bron || !bron.isConnected || !bron.width) { melding.textContent = data.geen; return; }
    const doek = document.createElement("canvas");
    doek.width = bron.width;
    doek.height = bron.height;
    const ctx = doek.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, doek.width, doek.height);
    ctx.drawImage(bron, 0, 0);
    const a = document.createElement("a");
    a.href = doek.toDataURL("image/png");
    a.download = data.bestand;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
}
"""
