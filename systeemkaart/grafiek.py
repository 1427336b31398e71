"""Grafiek: the conventions every chart of the app shares.

Font sizes that stay readable on a projector, how many partners a pair matrix shows
before it becomes a list, and the klasse colours with the words of the map's legend, so
a chart on the Balans page and one on the Interventies page say the same thing in the
same colours.  Numbers are written with :func:`systeem.teksten.getal`.

Every chart with a row per partner (a bar, a heatmap row, a matrix row) is drawn by
:func:`per_partner` with its names on :func:`partner_as`: the plot is :data:`RIJ` pixels
per row high, so it grows with the kaart, and every row gets its own name, level with
its row.  Two settings of Streamlit would undo that, and both are replaced here:

- Streamlit sizes a chart with ``autosize: fit``: legend, axes and titles are squeezed
  into the given height, so a chart with a legend on top kept less than half of its
  height for the rows.  :func:`per_partner` asks for ``fit-x`` instead: the width
  follows the page, the height is the rows' own, legend and axes come on top of it.
  (A colour-scale legend beside the rows would stick out below a short chart: put it
  on top.)
- Streamlit's chart theme sets ``labelOverlap: true`` on every axis, which hides every
  other name as soon as two touch: with the squeezed rows, three names for six bars,
  each looking as if it belonged to the bar beside it.  :func:`partner_as` switches it
  off; with :data:`RIJ` pixels per row no two names touch anyway.

Such a chart is always drawn as SVG (Streamlit switches a chart of many data points to
a canvas), so its names are text: sharp on a projector, found by the browser's search,
and checked by the browser tests.

Also shared: the diverging colours of every heatmap (:func:`divergerend`: giving in the
map's vermillion, taking in its blue), the balans axis from -1 to +1
(:func:`balans_as`) and the klasse legend of a chart (:func:`klasse_legenda`).  The
charts themselves live once each in :mod:`systeemkaart.grafieken`.
"""

from __future__ import annotations

from collections.abc import Iterable

import altair as alt
from pandas.io.formats.style import Styler

from systeem.analyses import balans
from systeem.weergave import KLASSE_KLEUREN
from systeemkaart.teksten import tekst

#: Font sizes that stay readable on a projector.
LETTER = 15
TITEL_LETTER = 16
#: Up to this many partners a pair view is a matrix; above it a list of the largest pairs.
MATRIX_MAX = 25
#: How many pairs such a list shows.
PAREN_MAX = 30
#: Height in px of one partner row: a name of :data:`LETTER` px with air above and below,
#: so no two names touch.
RIJ = 28
#: The smallest plot height in px (a kaart of one or two partners would be a thin strip).
MIN_HOOGTE = 3 * RIJ
#: Width in px after which a partner's name ends in "…" (its tooltip has it whole).
NAAM_BREEDTE = 260
#: Diverging colours of the heatmaps: giving (vermillion, as on the map), even, taking (blue).
GEVEN, NEUTRAAL, HALEN = (
    KLASSE_KLEUREN[balans.GEEFT_VEEL_MEER],
    "#F2F2F2",
    KLASSE_KLEUREN[balans.HAALT_VEEL_MEER],
)
#: The colour of the "in balans" band around 0.
BAND = "#009E73"


def klasse_tekst(klasse: object, taal: str) -> str:
    """The klasse in words, as the legend of the map says it ("" when there is none)."""
    return tekst(f"klasse.{klasse}", taal) if isinstance(klasse, str) else ""


def klasse_schaal(taal: str) -> alt.Scale:
    """The klasse colour scale of the map, with the legend's words as its domain."""
    return alt.Scale(
        domain=[klasse_tekst(k, taal) for k in balans.KLASSEN],
        range=[KLASSE_KLEUREN[k] for k in balans.KLASSEN],
    )


def hoogte(rijen: int) -> int:
    """The plot height in px of a chart with ``rijen`` partner rows: :data:`RIJ` per
    row, at least :data:`MIN_HOOGTE` (legend and axes come on top).

    >>> hoogte(2), hoogte(6), hoogte(150)
    (84, 168, 4200)
    """
    return max(MIN_HOOGTE, RIJ * int(rijen))


def partner_as(**opties: object) -> alt.Axis:
    """An axis of partner names that draws every name, level with its row.

    ``opties`` are further :class:`altair.Axis` settings (``orient``, ``labelAngle``,
    ``labelFontSize`` for a smaller matrix).  No label is ever dropped because two would
    touch (``labelOverlap`` stays off), and a long name ends in "…" after
    ``labelLimit`` px.

    >>> a = partner_as(orient="top", labelOverlap=True).to_dict()
    >>> a["orient"], a["labelOverlap"], a["labelLimit"]
    ('top', False, 260)
    """
    return alt.Axis(
        **{
            "labelFontSize": LETTER,
            "labelLimit": NAAM_BREEDTE,
            "labelPadding": 6,
            **opties,
            "labelOverlap": False,
        }
    )


def per_partner(grafiek: alt.TopLevelMixin, rijen: int) -> alt.TopLevelMixin:
    """``grafiek`` with a row per partner, sized by its rows.

    The plot is :func:`hoogte` of ``rijen`` high and as wide as the page
    (``autosize: fit-x``; show it with ``st.altair_chart(..., width="stretch")`` and no
    ``height``, which would squeeze it again); it is drawn as SVG.  Put the names on
    :func:`partner_as`.
    """
    return grafiek.properties(
        height=hoogte(rijen),
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        usermeta={"embedOptions": {"renderer": "svg"}},
    )


def divergerend(grens: float, geven_is_positief: bool = False) -> alt.Scale:
    """Vermillion (giving) - light grey (even) - blue (taking), symmetric around 0 up to
    ``grens``; giving is the negative side unless ``geven_is_positief``.

    >>> divergerend(4).to_dict()["domain"], divergerend(4, True).to_dict()["range"][0] == HALEN
    ([-4, 0, 4], True)
    """
    kleuren = [HALEN, NEUTRAAL, GEVEN] if geven_is_positief else [GEVEN, NEUTRAAL, HALEN]
    return alt.Scale(domain=[-grens, 0, grens], range=kleuren, clamp=True)


def balans_as(taal: str) -> alt.Axis:
    """The balans axis -1 .. +1, with a decimal comma in Dutch.

    >>> balans_as("nl").to_dict()["labelExpr"]
    "replace(format(datum.value, '+.1f'), '.', ',')"
    """
    label = "format(datum.value, '+.1f')"
    return alt.Axis(
        values=[-1, -0.5, 0, 0.5, 1],
        labelExpr=f"replace({label}, '.', ',')" if taal == "nl" else label,
        titleFontSize=TITEL_LETTER,
        labelFontSize=LETTER,
    )


def klasse_legenda(klassen: Iterable[object], taal: str) -> alt.Legend:
    """The klasse legend below a chart, listing only the klassen in ``klassen``.

    >>> klasse_legenda(["in_balans", None], "en").to_dict()["values"]
    ['in balance']
    """
    aanwezig = {k for k in klassen if isinstance(k, str)}
    return alt.Legend(
        title=None,
        orient="bottom",
        direction="horizontal",
        columns=2,
        labelFontSize=LETTER - 1,
        labelLimit=260,
        symbolSize=180,
        values=[klasse_tekst(k, taal) for k in balans.KLASSEN if k in aanwezig],
    )


def klasse_kleur(veld: str, klassen: Iterable[object], taal: str) -> alt.Color:
    """The colour of a mark by the klasse (in words) in ``veld``, with the legend of the
    klassen in ``klassen``.

    >>> klasse_kleur("klasse", ["in_balans"], "nl").to_dict()["field"]
    'klasse'
    """
    return alt.Color(f"{veld}:N", scale=klasse_schaal(taal), legend=klasse_legenda(klassen, taal))


def klasse_kleuren(opmaak: Styler, kolommen: list[str], taal: str) -> Styler:
    """A table's style with every klasse (in words) in ``kolommen`` on its map colour, in
    white, and no index; for ``st.table``.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"k": [klasse_tekst("in_balans", "nl"), "–"]})
    >>> "background-color" in klasse_kleuren(t.style, ["k"], "nl").to_html()
    True
    """
    kleur = {klasse_tekst(k, taal): KLASSE_KLEUREN[k] for k in balans.KLASSEN}
    return opmaak.apply(
        lambda k: k.map(
            lambda w: f"background-color: {kleur[w]}; color: white" if w in kleur else ""
        ),
        subset=kolommen,
    ).hide(axis="index")
