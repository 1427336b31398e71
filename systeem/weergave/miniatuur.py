"""Miniatuur: a kaart drawn as a small static picture, for a tile in a gallery.

The trainer's werksessie page shows every participant's kaart side by side; a tile is
too small for labels, so the miniature keeps only the shape of the map:

- every node at its place on the big map (:func:`systeem.weergave.layout.posities`:
  stored places kept, the others laid out the same way), the opgave a dark dot in
  :data:`~systeem.weergave.kleuren.OPGAVE_KLEUR` and every partner a dot in the colour
  of its balance klasse (:data:`~systeem.weergave.kleuren.KLASSE_KLEUREN`, the legend's);
- every stroom a thin grey line between its two ends (one line per pair of nodes,
  whichever way and however many stromen run between them), drawn under the dots;
- the whole scaled to fit the box with a margin, the same scale both ways, the opgave
  in the middle of the box; a kaart whose nodes all stand on one point has them all in
  the middle;
- a ``<title>`` in every dot (its name and, for a partner, its klasse), which a browser
  shows on hover; no other text.

The SVG is self-contained: no script, no link, no external reference, no namespace
declaration (an SVG inline in HTML needs none; Streamlit's ``st.image`` adds it for an
SVG string).  Every text from the kaart is escaped, so a name like
``<script>alert(1)</script>`` is shown as that text and never runs.
"""

from __future__ import annotations

import html
import re

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.model.kaart import Kaart
from systeem.teksten import tekst
from systeem.weergave import layout
from systeem.weergave.kleuren import KLASSE_KLEUREN, OPGAVE_KLEUR

#: Colour of a stroom's line.
LIJN_KLEUR = "#9AA0A6"


def svg(
    kaart: Kaart,
    *,
    drempel: float = balans_mod.DREMPEL,
    breedte: int = 220,
    hoogte: int = 150,
    taal: str = "nl",
) -> str:
    """Return the kaart as a small SVG picture (see the module docstring).

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold for the partners' colours.
    breedte, hoogte : the size of the picture in px.
    taal : language of the hover texts (the klasse, the opgave without a text).

    Returns
    -------
    The ``<svg>`` element as text: ``1 + len(kaart.partners)`` circles, the opgave
    first, then the partners in kaart order.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 3, b>a kennis 1")
    >>> s = svg(k.met(partners=k.partners.assign(naam=["<b>A</b>", "B"])))
    >>> s.startswith("<svg"), s.count("<circle"), s.count("<line"), "&lt;b&gt;A&lt;/b&gt;" in s
    (True, 3, 2, True)
    """
    plek = layout.posities(kaart)  # the opgave first, then the partners in kaart order
    xy = _in_vak(np.array(list(plek.values()), dtype="float64").reshape(-1, 2), breedte, hoogte)
    straal = max(2.5, min(breedte, hoogte) / 36)
    index = pd.Index(list(plek), dtype=object)

    tabel = balans_mod.balans(kaart, drempel)
    klasse = tabel["klasse"].astype(object)
    namen = pd.Series(
        [kaart.opgave or tekst("opgave", taal), *tabel["naam"].astype(object)], dtype=object
    )
    titels = _tekst(
        namen
        + pd.Series(["", *klasse.map(lambda k: ": " + tekst(f"klasse.{k}", taal))], dtype=object)
    )
    kleuren = pd.Series([OPGAVE_KLEUR, *klasse.map(KLASSE_KLEUREN)], dtype=object)
    stralen = np.full(len(index), straal)
    stralen[0] = 1.5 * straal
    stippen = (
        '<circle cx="'
        + _getallen(xy[:, 0])
        + '" cy="'
        + _getallen(xy[:, 1])
        + '" r="'
        + _getallen(stralen)
        + '" fill="'
        + kleuren
        + '" stroke="#FFFFFF" stroke-width="1"><title>'
        + titels
        + "</title></circle>"
    )

    van = index.get_indexer(kaart.stromen["van"].astype(object))
    naar = index.get_indexer(kaart.stromen["naar"].astype(object))
    paren = np.unique(np.sort(np.column_stack([van, naar]), axis=1), axis=0)
    paren = paren[(paren[:, 0] >= 0) & (paren[:, 0] != paren[:, 1])]
    a, b = xy[paren[:, 0]], xy[paren[:, 1]]
    lijnen = (
        pd.Series('<line x1="', index=range(len(paren)), dtype=object)
        + _getallen(a[:, 0])
        + '" y1="'
        + _getallen(a[:, 1])
        + '" x2="'
        + _getallen(b[:, 0])
        + '" y2="'
        + _getallen(b[:, 1])
        + '"/>'
    )
    return (
        f'<svg class="miniatuur" role="img" aria-label="{_tekst(pd.Series([kaart.titel])).iloc[0]}" '
        f'width="{breedte}" height="{hoogte}" viewBox="0 0 {breedte} {hoogte}">'
        f'<g stroke="{LIJN_KLEUR}" stroke-width="0.8" stroke-linecap="round">'
        f"{lijnen.str.cat()}</g>{stippen.str.cat()}</svg>"
    )


def _in_vak(xy: np.ndarray, breedte: float, hoogte: float) -> np.ndarray:
    """The places ``xy`` (the opgave's first) scaled, one factor both ways, so that the
    opgave stands in the middle of the box and every other place fits inside it with a
    margin; places that are no finite number count as the opgave's.

    Example
    -------
    >>> _in_vak(np.array([[0.0, 0.0], [100.0, 0.0], [-50.0, 10.0]]), 120, 60).tolist()
    [[60.0, 30.0], [114.0, 30.0], [33.0, 35.4]]
    """
    if not len(xy):
        return xy
    xy = np.where(np.isfinite(xy), xy, xy[0] if np.isfinite(xy[0]).all() else 0.0)
    midden = np.array([breedte, hoogte], dtype="float64") / 2
    marge = max(6.0, min(breedte, hoogte) / 12)
    omvang = np.abs(xy - xy[0]).max(axis=0)  # the farthest place each way from the opgave
    ruimte = np.maximum(midden - marge, 0.0)
    schaal = np.divide(ruimte, omvang, out=np.full(2, np.inf), where=omvang > 0).min()
    return (xy - xy[0]) * (float(schaal) if np.isfinite(schaal) else 0.0) + midden


def _tekst(teksten: pd.Series) -> pd.Series:
    """The texts escaped for XML, without the characters XML cannot hold (control
    characters, lone surrogates, U+FFFE and U+FFFF), so the SVG stays well-formed.

    Example
    -------
    >>> _tekst(pd.Series(['<a href="x">' + chr(1)])).tolist()
    ['&lt;a href=&quot;x&quot;&gt;']
    """
    return teksten.map(lambda t: html.escape(_ONMOGELIJK.sub("", str(t)))).astype(object)


#: Characters an XML 1.0 document cannot hold.
_ONMOGELIJK = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _getallen(waarden: np.ndarray) -> pd.Series:
    """The numbers as text with one decimal (a column of strings for concatenation)."""
    return pd.Series(np.char.mod("%.1f", np.asarray(waarden, dtype="float64")), dtype=object)
