"""A button that downloads the map as it is on screen, as a PNG, made in the browser.

The interactive map (:mod:`systeemkaart.netwerk_component`) exposes its vis Network as
``window.__systeemkaartNetwerk``.  This small component (Streamlit components v2, which
run in the page itself, not in an iframe) draws the network's canvas onto a white
canvas of the same size (the vis canvas is transparent) and downloads
``canvas.toDataURL("image/png")`` under the kaart's name.  Nothing goes to the server.
When no map is on screen it says so instead.  Its HTML, CSS and JavaScript are
``systeemkaart/static/png_knop.*``, read through :mod:`importlib.resources`.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import streamlit as st

NAAM = "systeemkaart_png"


def png_knop(label: str, bestandsnaam: str, geen_kaart: str, *, key: str = "png_knop") -> Any:
    """Draw the download button; ``geen_kaart`` is shown when no map is on screen."""
    return _component()(data={"label": label, "bestand": bestandsnaam, "geen": geen_kaart}, key=key)


@functools.cache
def _component() -> Any:
    eigen = resources.files("systeemkaart").joinpath("static")
    html, css, js = (
        eigen.joinpath(f"png_knop.{soort}").read_text("utf-8") for soort in ("html", "css", "js")
    )
    # A leading newline keeps Streamlit from mistaking the inline text for a file path.
    return st.components.v2.component(NAAM, html="\n" + html, css="\n" + css, js="\n" + js)
