"""The spread of the Pijlers page: per pijler the range from the lowest to the highest
score, every beoordelaar's score as a dot and the average as a tick, the widest range
first (:func:`systeem.analyses.pijlers.per_pijler`); a sentence naming the pijlers where
the views differ most, where the conversation is; and the figures as a table."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeem.analyses.pijlers import PIJLERS, SCORES
from systeemkaart.grafiek import LETTER, TITEL_LETTER
from systeemkaart.pijlers.kleuren import GEMIDDELD_KLEUR
from systeemkaart.teksten import getal, tekst

#: The score axis, with room right of 5 for the difference in words.
DOMEIN = [0.6, 6.2]
#: Where the difference is written, in score units.
RECHTS = 5.3


def toon(scores: pd.DataFrame, kleuren: alt.Scale, taal: str) -> None:
    """Draw the heading, the chart, the sentence and the table of ``scores``;
    ``kleuren`` is the page's colour scale (:func:`systeemkaart.pijlers.kleuren.schaal`)."""
    st.subheader(tekst("pijlers.spreiding.kop", taal))
    st.caption(tekst("pijlers.spreiding.uitleg", taal))
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    volgorde = pijlers.per_pijler(scores).sort_values(
        "spreiding", ascending=False, kind="stable", na_position="last"
    )
    st.altair_chart(_grafiek(scores, volgorde, korte, kleuren, taal), width="stretch")
    _gesprek(scores, volgorde, korte, taal)
    _tabel(volgorde, korte, taal)


def _heel(x: float) -> str:
    return "–" if x is None or pd.isna(x) else str(int(x))


def _grafiek(
    scores: pd.DataFrame,
    volgorde: pd.DataFrame,
    korte: dict[str, str],
    kleuren: alt.Scale,
    taal: str,
) -> alt.LayerChart:
    namen = [korte[p] for p in volgorde.index]
    staven = pd.DataFrame(
        {
            "naam": namen,
            "laagste": volgorde["laagste"].to_numpy(),
            "hoogste": volgorde["hoogste"].to_numpy(),
            "gemiddelde": volgorde["gemiddelde"].to_numpy(),
            "verschil": [
                tekst("pijlers.spreiding.verschil", taal, verschil=_heel(s))
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


def _gesprek(
    scores: pd.DataFrame, volgorde: pd.DataFrame, korte: dict[str, str], taal: str
) -> None:
    """Where the views differ most (or that they agree, or that one view is no spread)."""
    if len(pijlers.beoordelaars(scores)) < 2:
        st.caption(tekst("pijlers.spreiding.een", taal))
        return
    grootste = volgorde[volgorde["spreiding"] == volgorde["spreiding"].max()]
    if not (len(grootste) and grootste["spreiding"].iloc[0] > 0):
        st.caption(tekst("pijlers.spreiding.eens", taal))
        return
    van_tot = [
        tekst(
            "pijlers.spreiding.van_tot",
            taal,
            naam=korte[p],
            laagste=_heel(r["laagste"]),
            hoogste=_heel(r["hoogste"]),
        )
        for p, r in grootste.iterrows()
    ]
    st.markdown(tekst("pijlers.spreiding.gesprek", taal, pijlers=", ".join(van_tot)))


def _tabel(volgorde: pd.DataFrame, korte: dict[str, str], taal: str) -> None:
    """The figures per pijler, in the order of the chart."""
    kolom = {
        k: tekst(f"pijlers.kolom.{k}", taal)
        for k in ("pijler", "gemiddelde", "laagste", "hoogste", "spreiding", "aantal")
    }
    st.table(
        pd.DataFrame(
            {
                kolom["pijler"]: [korte[p] for p in volgorde.index],
                kolom["gemiddelde"]: [getal(g, taal, 1) for g in volgorde["gemiddelde"]],
                kolom["laagste"]: [_heel(g) for g in volgorde["laagste"]],
                kolom["hoogste"]: [_heel(g) for g in volgorde["hoogste"]],
                kolom["spreiding"]: [_heel(g) for g in volgorde["spreiding"]],
                kolom["aantal"]: [str(int(a)) for a in volgorde["aantal"]],
            }
        ),
        hide_index=True,
    )
