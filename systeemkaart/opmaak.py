"""Opmaak: user text made safe for Streamlit markdown.

Streamlit renders markdown: a partner named ``![x](http://...)`` would become an image
that the browser fetches, and ``[klik](...)`` a link.  Every piece of kaart text that a
page shows through ``st.markdown`` (or any widget label that renders markdown) goes
through :func:`md` first.  Tables (``st.dataframe``) and ``st.text`` show text as it is
and need nothing.
"""

from __future__ import annotations

import string

_LEESTEKENS = str.maketrans({t: "\\" + t for t in string.punctuation})


def md(tekst: object) -> str:
    """Escape text for Streamlit markdown: every ASCII punctuation mark gets a backslash.

    Example
    -------
    >>> md("*A* [b](c)")
    '\\\\*A\\\\* \\\\[b\\\\]\\\\(c\\\\)'
    """
    return str(tekst).translate(_LEESTEKENS)
