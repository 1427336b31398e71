"""The pijler radar: the eight pijlers on spokes, a polygon per beoordelaar and their
average (thick), rings at the scores 1-5 (the Pijlers page); and the colours of those
series (:func:`reeks_kleuren`), which :mod:`~systeemkaart.grafieken.pijlerspreiding` shares.

Altair has no polar line mark, so the chart is drawn with plain marks on x and y; every
point, piece of line, spoke, ring and label position comes from the core
(:func:`systeem.analyses.pijlers.radar_punten`, :func:`~systeem.analyses.pijlers.radar_lijnen`,
:func:`~systeem.analyses.pijlers.radar_spaken`, :func:`~systeem.analyses.pijlers.radar_ringen`,
:func:`~systeem.analyses.pijlers.radar_ringgetallen`); this module only draws them.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import pijlers
from systeem.analyses.pijlers import PIJLERS
from systeemkaart.grafiek import LETTER
from systeemkaart.teksten import tekst

#: The outer ring, where the spokes end, and the distance of the labels, in score units.
RING = pijlers.HOOGST
LABEL_STRAAL = 5.65
#: Half the width and half the height of the drawing in score units (their ratio is the
#: chart's width / height), and the width in px.
HALF_BREED, HALF_HOOG = 10.0, 6.6
RADAR_BREED = 740
#: How Vega aligns a label on the side :func:`systeem.analyses.pijlers.radar_spaken` names.
UITLIJNING = {1: "left", -1: "right", 0: "center"}
#: The average, and the beoordelaars in their order (Okabe-Ito, then more).
GEMIDDELD_KLEUR = "#222222"
KLEUREN = (
    "#E69F00",
    "#0072B2",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#8C6D31",
    "#7F7F7F",
    "#B07AA1",
    "#4E79A7",
)


def reeks_kleuren(namen: list[str], taal: str) -> alt.Scale:
    """The colour scale of the average (named in ``taal``) and of the beoordelaars
    ``namen``, the same in every pijler chart; after ten beoordelaars the colours repeat."""
    domein = [tekst("pijlers.gemiddeld", taal), *namen]
    kleuren = [GEMIDDELD_KLEUR, *(KLEUREN[i % len(KLEUREN)] for i in range(len(namen)))]
    return alt.Scale(domain=domein, range=kleuren)


def pijlerradar(scores: pd.DataFrame, kleuren: alt.Scale, taal: str) -> alt.LayerChart:
    """The radar of ``scores``: a polygon per beoordelaar and their average (thick), rings
    at the scores 1-5 and a spoke per pijler with its short name; ``kleuren`` is
    :func:`reeks_kleuren` of the beoordelaars."""
    gemiddeld = tekst("pijlers.gemiddeld", taal)
    matrix = pijlers.per_beoordelaar(scores).astype("Float64")
    matrix.insert(0, gemiddeld, pijlers.per_pijler(scores)["gemiddelde"])
    punten = pijlers.radar_punten(matrix)
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    punten = punten.assign(naam=punten["pijler"].map(korte))
    lijnen = pijlers.radar_lijnen(punten)

    x = alt.X("x:Q", scale=alt.Scale(domain=[-HALF_BREED, HALF_BREED]), axis=None)
    y = alt.Y("y:Q", scale=alt.Scale(domain=[-HALF_HOOG, HALF_HOOG]), axis=None)
    kleur = alt.Color(
        "reeks:N",
        scale=kleuren,
        legend=alt.Legend(
            title=None,
            orient="bottom",
            direction="horizontal",
            labelFontSize=LETTER,
            labelLimit=240,
            symbolStrokeWidth=4,
            symbolSize=260,
            columns=4,
        ),
    )
    is_gem = lijnen["reeks"] == gemiddeld
    stippen = (
        alt.Chart(punten)
        .mark_circle(size=110, opacity=1)
        .encode(
            x=x,
            y=y,
            color=kleur,
            tooltip=[
                alt.Tooltip("reeks:N", title=tekst("pijlers.kolom.beoordelaar", taal)),
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.pijler", taal)),
                alt.Tooltip("score:Q", title=tekst("pijlers.kolom.score", taal), format=".1f"),
            ],
        )
    )
    lagen = [
        *_raster(x, y, korte),
        _lijn(lijnen[is_gem], x, y, kleur, breedte=5, dekking=0.85),
        _lijn(lijnen[~is_gem], x, y, kleur, breedte=2.5, dekking=0.9),
        stippen,
    ]
    return (
        alt.layer(*lagen)
        # "pad": the drawing is exactly this size and the legend comes on top, so a ring
        # stays a circle (Streamlit's default "fit" would squeeze it around the legend).
        .properties(
            width=RADAR_BREED,
            height=round(RADAR_BREED * HALF_HOOG / HALF_BREED),
            autosize=alt.AutoSizeParams(type="pad", contains="padding"),
        )
        .configure_view(stroke=None)
    )


def _raster(x: alt.X, y: alt.Y, korte: dict[str, str]) -> list[alt.Chart]:
    """The rings, the spokes, the ring numbers and the pijlers' short names."""
    ringen = (
        alt.Chart(pijlers.radar_ringen())
        .mark_line(color="#BBBBBB", strokeWidth=1)
        .encode(x=x, y=y, detail="ring:N", order="volgorde:Q")
    )
    # A spoke runs from the centre (x, y) to its end on the outer ring (x2, y2).
    eind = pijlers.radar_spaken(RING).rename(columns={"x": "x2", "y": "y2"})
    spaken = (
        alt.Chart(eind.assign(x=0.0, y=0.0))
        .mark_rule(color="#BBBBBB", strokeWidth=1)
        .encode(x=x, y=y, x2="x2:Q", y2="y2:Q")
    )
    getallen = (
        alt.Chart(pijlers.radar_ringgetallen())
        .mark_text(fontSize=LETTER - 3, color="#888888", dx=4, dy=-6)
        .encode(x=x, y=y, text="ring:N")
    )
    labels = pijlers.radar_spaken(LABEL_STRAAL)
    labels = labels.assign(tekst=labels["pijler"].map(korte))
    namen = [
        alt.Chart(labels[labels["kant"] == kant])
        .mark_text(align=UITLIJNING[kant], baseline="middle", fontSize=LETTER, fontWeight="bold")
        .encode(x=x, y=y, text="tekst:N")
        for kant in (1, -1, 0)
        if (labels["kant"] == kant).any()
    ]
    return [ringen, spaken, getallen, *namen]


def _lijn(
    stukken: pd.DataFrame, x: alt.X, y: alt.Y, kleur: alt.Color, breedte: float, dekking: float
) -> alt.Chart:
    """The pieces of line of some series (:func:`systeem.analyses.pijlers.radar_lijnen`)."""
    return (
        alt.Chart(stukken)
        .mark_line(strokeWidth=breedte, opacity=dekking)
        .encode(x=x, y=y, color=kleur, detail="stuk:N", order="volgorde:Q")
    )
