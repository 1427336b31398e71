"""The four pijler dimensies as a 2 x 2 of quadrants, each coloured by its average
(:func:`systeem.analyses.pijlers.per_dimensie`) and naming its tension and the averages
of its two pijlers: our own rendering of the model (the Pijlers page)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import pijlers
from systeem.analyses.pijlers import DIMENSIES, PIJLERS_VAN, SCORES
from systeemkaart.grafiek import LETTER
from systeemkaart.teksten import getal, tekst

#: Quadrant fill from weak (1) through middling (3) to strong (5); grey when unscored.
ZWAK, MIDDEN, STERK, ONGESCOORD = "#F19C73", "#F4F4F4", "#7CC4A4", "#E4E4E4"


def pijlerdimensies(scores: pd.DataFrame, taal: str) -> alt.LayerChart:
    """The quadrants of ``scores``; an unscored dimensie stays grey."""
    vakken = _vakken(scores, taal)
    x = alt.X("kol:O", axis=None, scale=alt.Scale(paddingInner=0.04))
    y = alt.Y("rij:O", axis=None, scale=alt.Scale(paddingInner=0.06))
    grond = alt.Chart(vakken).mark_rect(color=ONGESCOORD, cornerRadius=6).encode(x=x, y=y)
    kleur = (
        alt.Chart(vakken[vakken["gemiddelde"].notna()])
        .mark_rect(cornerRadius=6)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "gemiddelde:Q",
                scale=alt.Scale(domain=[1, 3, 5], range=[ZWAK, MIDDEN, STERK], clamp=True),
                legend=alt.Legend(
                    title=tekst("pijlers.gemiddeld", taal),
                    orient="bottom",
                    titleFontSize=LETTER - 1,
                    labelFontSize=LETTER - 1,
                    values=list(SCORES),
                ),
            ),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.dimensie", taal)),
                alt.Tooltip("spanning:N", title=tekst("pijlers.kolom.spanning", taal)),
                alt.Tooltip("cijfer:N", title=tekst("pijlers.gemiddeld", taal)),
            ],
        )
    )
    opschrift = [
        alt.Chart(vakken)
        .mark_text(fontSize=grootte, dy=dy, color="#222222", **extra)
        .encode(x=x, y=y, text=f"{veld}:N")
        for veld, grootte, dy, extra in (
            ("naam", 22, -58, {"fontWeight": "bold"}),
            ("spanning", 17, -30, {"fontStyle": "italic"}),
            ("cijfer", 26, 8, {"fontWeight": "bold"}),
            ("pijlers", LETTER, 46, {}),
        )
    ]
    return alt.layer(grond, kleur, *opschrift).properties(height=440).configure_view(stroke=None)


def _vakken(scores: pd.DataFrame, taal: str) -> pd.DataFrame:
    """One row per dimensie: its place in the 2 x 2, its texts and its average."""
    per_pijler = pijlers.per_pijler(scores)
    regels = [
        " · ".join(
            f"{pijlers.pijler_tekst(p, taal).kort} {getal(per_pijler.loc[p, 'gemiddelde'], taal, 1)}"
            for p in PIJLERS_VAN[d]
        )
        for d in DIMENSIES
    ]
    teksten = [pijlers.dimensie_tekst(d, taal) for d in DIMENSIES]
    gem = pijlers.per_dimensie(scores)["gemiddelde"].to_numpy()
    return pd.DataFrame(
        {
            "kol": [0, 1, 0, 1],
            "rij": [0, 0, 1, 1],
            "naam": [t.naam for t in teksten],
            "spanning": [t.spanning for t in teksten],
            "gemiddelde": gem,
            "cijfer": [
                tekst("pijlers.dim.cijfer", taal, gemiddelde=getal(g, taal, 1))
                if not pd.isna(g)
                else tekst("pijlers.niet_gescoord", taal)
                for g in gem
            ],
            "pijlers": regels,
        }
    )
