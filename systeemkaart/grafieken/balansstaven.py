"""Balansstaven: what each partner brings (to the left) against what it takes (to the right).

A row per partner, from the most giving to the most taking; the bars in the colour of
the partner's balance klasse exactly as on the map, what it brings a shade lighter, the
number at the end of each bar.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeemkaart.grafiek import (
    LETTER,
    TITEL_LETTER,
    klasse_schaal,
    klasse_tekst,
    partner_as,
    per_partner,
)
from systeemkaart.teksten import tekst


def volgorde(tabel: pd.DataFrame) -> list[str]:
    """Partner names from the most giving to the most taking, those without stromen last.

    >>> volgorde(pd.DataFrame({"naam": ["A", "B", "C"], "balans": [0.5, None, -0.2]}))
    ['C', 'A', 'B']
    """
    return tabel.sort_values("balans", kind="stable", na_position="last")["naam"].tolist()


def staven(tabel: pd.DataFrame, rijen: list[str], taal: str) -> alt.LayerChart:
    """Brengen to the left (negative), halen to the right, a row per partner in ``rijen``.

    ``tabel`` is :func:`systeem.analyses.balans.balans` (``naam, brengen, halen, klasse``).
    """
    brengt, haalt = tekst("balans.staaf.brengt", taal), tekst("balans.staaf.haalt", taal)
    basis = pd.DataFrame(
        {
            "partner": tabel["naam"].to_numpy(),
            "klasse": tabel["klasse"].map(lambda k: klasse_tekst(k, taal)).to_numpy(),
            "brengen": tabel["brengen"].to_numpy(),
            "halen": tabel["halen"].to_numpy(),
        }
    )
    lang = pd.concat(
        [
            basis.assign(kant=brengt, waarde=-basis["brengen"], getal=basis["brengen"]),
            basis.assign(kant=haalt, waarde=basis["halen"], getal=basis["halen"]),
        ],
        ignore_index=True,
    )
    grens = max(int(lang["getal"].max()), 1)
    x = alt.X(
        "waarde:Q",
        title=tekst("balans.staaf.as", taal),
        scale=alt.Scale(domain=[-grens * 1.15, grens * 1.15]),
        axis=alt.Axis(labelExpr="abs(datum.value)", titleFontSize=TITEL_LETTER, grid=True),
    )
    y = alt.Y("partner:N", sort=rijen, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
        alt.Tooltip("kant:N", title=tekst("balans.staaf.kant", taal)),
        alt.Tooltip("getal:Q", title=tekst("balans.staaf.som", taal)),
        alt.Tooltip("klasse:N", title=tekst("balans.staaf.klasse", taal)),
    ]
    legenda = alt.Legend(
        title=None,
        orient="top",
        direction="horizontal",
        labelFontSize=LETTER,
        labelLimit=400,
        symbolSize=200,
        columns=2,
    )
    balken = (
        alt.Chart(lang)
        .mark_bar(cornerRadius=2, height={"band": 0.72})
        .encode(
            x=x,
            y=y,
            color=alt.Color("klasse:N", scale=klasse_schaal(taal), legend=legenda),
            opacity=alt.Opacity(
                "kant:N", scale=alt.Scale(domain=[brengt, haalt], range=[0.55, 1.0]), legend=None
            ),
            tooltip=tooltip,
        )
    )
    opmaak = {"fontSize": LETTER - 1, "fontWeight": "bold", "color": "#333333"}
    links = (
        alt.Chart(lang[lang["waarde"] < 0])
        .mark_text(align="right", dx=-4, **opmaak)
        .encode(x=x, y=y, text="getal:Q")
    )
    rechts = (
        alt.Chart(lang[lang["waarde"] > 0])
        .mark_text(align="left", dx=4, **opmaak)
        .encode(x=x, y=y, text="getal:Q")
    )
    nul = alt.Chart(pd.DataFrame({"waarde": [0]})).mark_rule(color="#333333").encode(x="waarde:Q")
    return per_partner(balken + links + rechts + nul, len(basis))
