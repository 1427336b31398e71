"""Opmaak: user text made safe for Streamlit markdown, and the layout on a phone.

Streamlit renders markdown: a partner named ``![x](http://...)`` would become an image
that the browser fetches, and ``[klik](...)`` a link.  Every piece of kaart text that a
page shows through ``st.markdown`` (or any widget label that renders markdown) goes
through :func:`md` first.  Tables (``st.dataframe``) and ``st.text`` show text as it is
and need nothing.

:func:`telefoon` adds the app's phone layout (``systeemkaart/static/telefoon.css``, only
below 640 px wide): the Kaart page shows its map first, undo and redo share a row, and
wide tables scroll inside their own box.  ``app.py`` calls it once per run, for every page.
"""

from __future__ import annotations

import functools
import string
from importlib import resources

import streamlit as st

_LEESTEKENS = str.maketrans({t: "\\" + t for t in string.punctuation})


def md(tekst: object) -> str:
    """Escape text for Streamlit markdown: every ASCII punctuation mark gets a backslash.

    Example
    -------
    >>> md("*A* [b](c)")
    '\\\\*A\\\\* \\\\[b\\\\]\\\\(c\\\\)'
    """
    return str(tekst).translate(_LEESTEKENS)


@functools.cache
def telefoon_css() -> str:
    """The phone layout's CSS: rules inside one ``@media (max-width: 640px)``.

    Example
    -------
    >>> "@media (max-width: 640px)" in telefoon_css()
    True
    """
    return resources.files("systeemkaart").joinpath("static", "telefoon.css").read_text("utf-8")


def telefoon() -> None:
    """Add the phone layout (:func:`telefoon_css`) to the page; it takes no room."""
    st.html(f"<style>{telefoon_css()}</style>")
