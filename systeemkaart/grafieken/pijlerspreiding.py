"""The pijler spread: per pijler the range from the lowest to the highest score, every
beoordelaar's score as a dot and the average as a tick, and the difference in words
(the Pijlers page, :mod:`systeemkaart.pijlers.spreiding`)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import pijlers
from systeem.analyses.pijlers import PIJLERS, SCORES
from systeemkaart.grafiek import LETTER, TITEL_LETTER
from systeemkaart.grafieken.pijlerradar import GEMIDDELD_KLEUR
from systeemkaart.teksten import tekst

#: The score axis, with room right of 5 for the difference in words.
DOMEIN = [0.6, 6.2]
#: Where the difference is written, in score units.
RECHTS = 5.3


def heel(x: float) -> str:
    """A whole score as text; a dash for none."""
    return "–" if x is None or pd.isna(x) else str(int(x))


def pijlerspreiding(
    scores: pd.DataFrame, volgorde: pd.DataFrame, kleuren: alt.Scale, taal: str
) -> alt.LayerChart:
    """The spread of ``scores``, a row per pijler in the order of ``volgorde`` (rows of
    :func:`systeem.analyses.pijlers.per_pijler`); ``kleuren`` is
    :func:`~systeemkaart.grafieken.pijlerradar.reeks_kleuren` of the beoordelaars."""
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    namen = [korte[p] for p in volgorde.index]
    staven = pd.DataFrame(
        {
            "naam": namen,
            "laagste": volgorde["laagste"].to_numpy(),
            "hoogste": volgorde["hoogste"].to_numpy(),
            "gemiddelde": volgorde["gemiddelde"].to_numpy(),
            "verschil": [
                tekst("pijlers.spreiding.verschil", taal, verschil=heel(s))
                if not pd.isna(s)
                else ""
                for s in volgorde["spreiding"]
            ],
        }
    ).assign(rechts=RECHTS)
    lang = (
        pijlers.per_beoordelaar(scores)
        .rename_axis(index="pijler", columns="reeks")
        .astype("Float64")
        .stack(future_stack=True)
        .rename("score")
        .reset_index()
        .dropna(subset=["score"])
    )
    lang = lang.assign(naam=lang["pijler"].map(korte), score=lang["score"].astype("float64"))
    schaal = alt.Scale(domain=DOMEIN)
    x = alt.X(
        "laagste:Q",
        scale=schaal,
        title=tekst("pijlers.kolom.score", taal),
        axis=alt.Axis(
            values=list(SCORES),
            format="d",
            titleFontSize=TITEL_LETTER,
            labelFontSize=LETTER,
            grid=True,
        ),
    )
    y = alt.Y("naam:N", sort=namen, title=None, axis=alt.Axis(labelFontSize=LETTER, labelLimit=220))
    band = (
        alt.Chart(staven)
        .mark_bar(color="#C9C9C9", height={"band": 0.5}, cornerRadius=4)
        .encode(x=x, x2="hoogste:Q", y=y)
    )
    streep = (
        alt.Chart(staven)
        .mark_tick(color=GEMIDDELD_KLEUR, thickness=3, size=26)
        .encode(x=alt.X("gemiddelde:Q", scale=schaal), y=y)
    )
    stippen = (
        alt.Chart(lang)
        .mark_circle(size=170, opacity=0.95, stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("score:Q", scale=schaal),
            y=y,
            yOffset=alt.YOffset("reeks:N", scale=alt.Scale(paddingOuter=1)),
            color=alt.Color("reeks:N", scale=kleuren, legend=None),
            tooltip=[
                alt.Tooltip("reeks:N", title=tekst("pijlers.kolom.beoordelaar", taal)),
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.pijler", taal)),
                alt.Tooltip("score:Q", title=tekst("pijlers.kolom.score", taal)),
            ],
        )
    )
    cijfer = (
        alt.Chart(staven)
        .mark_text(align="left", fontSize=LETTER, fontWeight="bold", color="#333333")
        .encode(x=alt.X("rechts:Q", scale=schaal), y=y, text="verschil:N")
    )
    return alt.layer(band, streep, stippen, cijfer).properties(height=44 * len(PIJLERS) + 50)
