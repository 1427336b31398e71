"""Pagina: a kaart's map as one self-contained, offline HTML document.

:func:`html` gives the standalone map page: the titel and opgave, the map (vis-network
9.1.2 inlined, the data of :func:`systeem.weergave.visdata.vis_kolommen` embedded and
expanded in the page) and its legend.  :func:`document` is the skeleton it shares with
the hand-out (:mod:`systeem.weergave.handout`): ``static/pagina.html`` with the
vis-network files, a stylesheet, a body and the script of :func:`teken_script`.  The
markup, style and script are files in ``static/`` (:mod:`systeem.weergave.bronnen`).

Safety: text placed in the page is ``html.escape``-d; data inside the script is
:func:`json_literal`, which has ``<``, ``>``, ``&``, ``'``, U+2028 and U+2029 escaped so
it cannot end its ``<script>``; the templates are :class:`string.Template`, which never
reads a placeholder inside a filled-in value.  The page fetches nothing.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.model.geheugen import onthoud
from systeem.model.kaart import Kaart
from systeem.teksten import tekst
from systeem.weergave.bronnen import UITKLAPPEN_JS, ZOOM_JS, sjabloon, statisch, vis_bestanden
from systeem.weergave.legenda import legenda_html, legenda_inhoud
from systeem.weergave.visdata import leesbaar_melding, vis_kolommen


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
    kaart, drempel, grootte, afhankelijkheden, belangen, taal : as for
        :func:`systeem.weergave.visdata.vis_kolommen`.
    hoogte : height of the page: pixels (int) or a CSS length such as ``"100vh"``,
        ``"640px"`` (default ``"100vh"``, a standalone file filling the window).
    kop : show the title and the opgave above the map.
    legenda : show the legend (a collapsible panel beside the map).
    gewijzigd : the stromen a scenario changed, marked on the map and in the legend.
    leesbaar : readable mode; when on, a line above the map says so
        (:func:`systeem.weergave.visdata.leesbaar_melding`).

    Returns
    -------
    ``<!doctype html>`` ... with vis-network 9.1.2 inlined; the page fetches nothing.  The
    same arguments always give the same text, byte for byte.  When drawn, the page sets
    ``window.network`` (the vis Network) and ``window.__graphReady = true``.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> doc = html(Kaart(titel="<Proef>"))
    >>> doc.startswith("<!doctype html>"), "<h1>&lt;Proef&gt;</h1>" in doc
    (True, True)
    >>> 'class="melding"' in doc, 'class="melding"' in html(Kaart(titel="T"), leesbaar=True)
    (False, True)
    """
    e = html_lib.escape
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
    kopregel = (
        f'<header class="kop"><h1>{e(kaart.titel)}</h1>'
        f'<p><span class="label">{e(tekst("opgave", taal))}:</span> '
        f"{e(kaart.opgave or tekst('opgave', taal))}</p></header>"
        if kop
        else ""
    )
    melding = leesbaar_melding(kaart, taal, data["leesbaar"])
    inhoud = legenda_inhoud(
        kaart,
        grootte=grootte,
        afhankelijkheden=afhankelijkheden,
        belangen=belangen,
        taal=taal,
        gewijzigd=gewijzigd,
    )
    lichaam = sjabloon("kaart.html").substitute(
        hoogte=_hoogte(hoogte),
        kop=kopregel,
        melding=f'<p class="melding" role="note">{e(melding)}</p>' if melding else "",
        legenda=legenda_html(inhoud) if legenda else "",
    )
    return document(taal, kaart.titel, statisch("kaart.css"), lichaam, data)


def document(taal: str, titel: str, css: str, lichaam: str, data: dict[str, Any]) -> str:
    """Return a self-contained page that draws the map ``data`` in its ``#kaart`` element.

    The skeleton of the map page and the hand-out (``static/pagina.html``): the head
    with the escaped ``titel``, the vis-network stylesheet and ``css``; the body
    ``lichaam`` (already escaped HTML, holding an element ``id="kaart"``); vis-network
    and the script of :func:`teken_script`.

    Parameters
    ----------
    taal : the page's language (``lang``).
    titel : plain text for the ``<title>`` (escaped here).
    css : the page's own stylesheet.
    lichaam : the body's HTML.
    data : the map, as :func:`systeem.weergave.visdata.vis_kolommen` gives it.

    Example
    -------
    >>> doc = document("nl", "<T>", "", '<div id="kaart"></div>', {"nodes": [], "edges": []})
    >>> doc.startswith('<!doctype html>\\n<html lang="nl">'), "<title>&lt;T&gt;</title>" in doc
    (True, True)
    """
    js, vis_css = vis_bestanden()
    pagina = sjabloon("pagina.html").substitute(
        taal=taal,
        titel=html_lib.escape(titel),
        vis_css=vis_css,
        css=css,
        inhoud=lichaam,
        vis_js=js,
        tekenen=teken_script(data),
    )
    return pagina + "\n"


def teken_script(data: dict[str, Any]) -> str:
    """Return the ``<script>`` that draws ``data`` in ``#kaart``.

    ``data`` comes from :func:`systeem.weergave.visdata.vis_kolommen` (expanded in the
    page by ``static/uitklappen.js``) or is already expanded.  The script
    (``static/tekenen.html`` around ``static/tekenen.js``) is shared by the standalone map
    page and the hand-out; vis-network itself must be loaded before it.  It fits the map
    to its box (at most 1.6x zoom), refits on resize until the user zooms, and again
    before printing; it sets ``window.network`` and, once drawn,
    ``window.__graphReady = true``.

    Example
    -------
    >>> "window.__graphReady = true" in teken_script({"nodes": [], "edges": [], "options": {}})
    True
    """
    scripts = UITKLAPPEN_JS + ZOOM_JS + statisch("tekenen.js")
    return sjabloon("tekenen.html").substitute(data=json_literal(data), scripts=scripts)


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


_JSON_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("'", "\\u0027"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)

#: A height the page accepts: a number of px, vh, %, em or rem (nothing else reaches CSS).
_HOOGTE = re.compile(r"\d{1,5}(\.\d{1,3})?(px|vh|%|em|rem)")


def _hoogte(hoogte: str | int) -> str:
    """``hoogte`` as a CSS length: an int as pixels, a string only if it is a plain length."""
    if isinstance(hoogte, int) and not isinstance(hoogte, bool) and hoogte > 0:
        return f"{hoogte}px"
    if isinstance(hoogte, str) and _HOOGTE.fullmatch(hoogte):
        return hoogte
    raise ValueError(f"hoogte moet een aantal pixels of een CSS-lengte zijn, niet {hoogte!r}")
