"""Kwadranten: each partner's invloed (0-5, up) against its balans (-1..1, right).

A dot per partner in the colour of its klasse, with its name; dashed lines at balans 0
and between invloed ``HOOG - 1`` and ``HOOG`` cut the plane into the four kwadranten of
:mod:`systeem.analyses.kwadrant`, each titled in its corner.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import kwadrant
from systeemkaart.grafiek import (
    LETTER,
    TITEL_LETTER,
    balans_as,
    klasse_kleur,
    klasse_tekst,
)
from systeemkaart.teksten import tekst


def kwadranten(geplaatst: pd.DataFrame, taal: str) -> alt.LayerChart:
    """The partners of ``geplaatst`` (the rows of :func:`systeem.analyses.kwadrant.kwadranten`
    with a kwadrant) in their kwadrant."""
    data = pd.DataFrame(
        {
            "naam": geplaatst["naam"].to_numpy(),
            "balans": geplaatst["balans"].to_numpy(dtype="float64"),
            "invloed": geplaatst["invloed"].astype("float64").to_numpy(),
            "klasse": geplaatst["klasse"].map(lambda k: klasse_tekst(k, taal)).to_numpy(),
            "titel": geplaatst["titel"].to_numpy(),
        }
    )
    # Partners on the same spot share one label; along a row of equal invloed the labels
    # go alternately above and below their dot, so neighbours do not write over each other.
    labels = (
        data.assign(plek=data["balans"].round(3))
        .groupby(["invloed", "plek"], sort=False)
        .agg(naam=("naam", ", ".join), balans=("balans", "first"))
        .reset_index()
        .sort_values(["invloed", "balans"], kind="stable")
    )
    boven = labels.groupby("invloed").cumcount().to_numpy() % 2 == 0
    x = alt.X(
        "balans:Q",
        scale=alt.Scale(domain=[-1, 1]),
        title=tekst("interventies.kwadrant.as_balans", taal),
        axis=balans_as(taal),
    )
    y = alt.Y(
        "invloed:Q",
        scale=alt.Scale(domain=[-0.4, 5.6]),
        title=tekst("interventies.kwadrant.as_invloed", taal),
        axis=alt.Axis(values=[0, 1, 2, 3, 4, 5], titleFontSize=TITEL_LETTER, labelFontSize=LETTER),
    )
    lijn = {"color": "#555555", "strokeDash": [6, 4], "strokeWidth": 1.5}
    verticaal = alt.Chart(pd.DataFrame({"balans": [0.0]})).mark_rule(**lijn).encode(x=x)
    horizontaal = (
        alt.Chart(pd.DataFrame({"invloed": [kwadrant.HOOG - 0.5]})).mark_rule(**lijn).encode(y=y)
    )
    hoeken = pd.DataFrame(
        {
            "balans": [-0.98, 0.98, -0.98, 0.98],
            "invloed": [5.45, 5.45, -0.25, -0.25],
            "tekst": [kwadrant.debrief(c, taal)[0] for c in kwadrant.KWADRANTEN],
            "uitlijning": ["left", "right", "left", "right"],
        }
    )
    opschrift = [
        alt.Chart(hoeken[hoeken["uitlijning"] == kant])
        .mark_text(align=kant, fontSize=LETTER, fontWeight="bold", color="#666666")
        .encode(x=x, y=y, text="tekst:N")
        for kant in ("left", "right")
    ]
    punten = (
        alt.Chart(data)
        .mark_circle(size=320, opacity=0.95, stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=klasse_kleur("klasse", geplaatst["klasse"], taal),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("interventies.kolom.partner", taal)),
                alt.Tooltip("invloed:Q", title=tekst("interventies.kwadrant.as_invloed", taal)),
                alt.Tooltip(
                    "balans:Q", title=tekst("interventies.kolom.balans", taal), format="+.2f"
                ),
                alt.Tooltip("klasse:N", title=tekst("interventies.kolom.klasse", taal)),
                alt.Tooltip("titel:N", title=tekst("interventies.kwadrant.kwadrant", taal)),
            ],
        )
    )
    namen = [
        alt.Chart(labels[kant])
        .mark_text(align="left", dx=11, dy=dy, fontSize=LETTER - 1, color="#222222")
        .encode(x=x, y=y, text="naam:N")
        for kant, dy in ((boven, -11), (~boven, 13))
    ]
    return alt.layer(verticaal, horizontaal, *opschrift, punten, *namen)
