"""Warmtekaart: a heatmap of rows by columns, its number in every cell.

The pair matrices (:mod:`systeemkaart.grafieken.paren`) and the partner x soort chart
(:mod:`systeemkaart.grafieken.soorten`) are this one chart: a cell per row and column in
a diverging colour (:func:`systeemkaart.grafiek.divergerend`) with its signed number on it,
white on the darkest cells.  A colour legend goes on top: beside the rows it would stick
out below a short chart.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeemkaart.grafiek import LETTER


def warmtekaart(
    data: pd.DataFrame,
    x: alt.X,
    y: alt.Y,
    veld: str,
    schaal: alt.Scale,
    grens: float,
    *,
    legenda: str | None,
    tooltip: list[alt.Tooltip],
    letter: int = LETTER - 1,
    nullen: bool = True,
) -> alt.LayerChart:
    """The cells of ``data`` at ``x`` and ``y``, coloured by the number ``veld`` on ``schaal``.

    Parameters
    ----------
    grens : the number from which a cell is dark: above 0.6 of it the number is white.
    legenda : the title of the colour legend on top; None: no legend.
    letter : the font size of the numbers.
    nullen : also write the number on cells of 0.

    >>> d = pd.DataFrame({"r": ["a", "b"], "k": ["b", "a"], "n": [2, -2]})
    >>> w = warmtekaart(d, alt.X("k:N"), alt.Y("r:N"), "n", alt.Scale(), 2, legenda=None, tooltip=[])
    >>> [laag["mark"]["type"] for laag in w.to_dict()["layer"]]
    ['rect', 'text']
    """
    kleur = alt.Color(
        f"{veld}:Q",
        scale=schaal,
        legend=None
        if legenda is None
        else alt.Legend(
            title=legenda,
            orient="top",
            direction="horizontal",
            titleFontSize=LETTER - 2,
            gradientLength=240,
        ),
    )
    vakken = (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(x=x, y=y, color=kleur, tooltip=tooltip)
    )
    getallen = (
        alt.Chart(data if nullen else data[data[veld] != 0])
        .mark_text(fontSize=letter)
        .encode(
            x=x,
            y=y,
            text=alt.Text(f"{veld}:Q", format="+d"),
            color=alt.condition(
                f"abs(datum.{veld}) > {grens * 0.6}", alt.value("white"), alt.value("#222222")
            ),
        )
    )
    return vakken + getallen
