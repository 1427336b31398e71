"""Grafiek: the conventions every chart of the app shares.

Font sizes that stay readable on a projector, how many partners a pair matrix shows
before it becomes a list, and the klasse colours with the words of the map's legend, so
a chart on the Balans page and one on the Interventies page say the same thing in the
same colours.  Numbers are written with :func:`systeem.teksten.getal`.
"""

from __future__ import annotations

import altair as alt

from systeem import balans
from systeem.teksten import tekst
from systeem.weergave import KLASSE_KLEUREN

#: Font sizes that stay readable on a projector.
LETTER = 15
TITEL_LETTER = 16
#: Up to this many partners a pair view is a matrix; above it a list of the largest pairs.
MATRIX_MAX = 25
#: How many pairs such a list shows.
PAREN_MAX = 30


def klasse_tekst(klasse: object, taal: str) -> str:
    """The klasse in words, as the legend of the map says it ("" when there is none)."""
    return tekst(f"klasse.{klasse}", taal) if isinstance(klasse, str) else ""


def klasse_schaal(taal: str) -> alt.Scale:
    """The klasse colour scale of the map, with the legend's words as its domain."""
    return alt.Scale(
        domain=[klasse_tekst(k, taal) for k in balans.KLASSEN],
        range=[KLASSE_KLEUREN[k] for k in balans.KLASSEN],
    )
