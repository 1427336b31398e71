"""The spread of the Pijlers page: per pijler the range of the scores, the widest range
first (:func:`systeem.analyses.pijlers.per_pijler`, drawn by
:mod:`systeemkaart.grafieken.pijlerspreiding`); a sentence naming the pijlers where the
views differ most, where the conversation is; and the figures as a table."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeem.analyses.pijlers import PIJLERS
from systeemkaart.grafieken.pijlerspreiding import heel, pijlerspreiding
from systeemkaart.teksten import getal, tekst


def toon(scores: pd.DataFrame, kleuren: alt.Scale, taal: str) -> None:
    """Draw the heading, the chart, the sentence and the table of ``scores``; ``kleuren``
    is :func:`systeemkaart.grafieken.pijlerradar.reeks_kleuren` of the beoordelaars."""
    st.subheader(tekst("pijlers.spreiding.kop", taal))
    st.caption(tekst("pijlers.spreiding.uitleg", taal))
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    volgorde = pijlers.per_pijler(scores).sort_values(
        "spreiding", ascending=False, kind="stable", na_position="last"
    )
    st.altair_chart(pijlerspreiding(scores, volgorde, kleuren, taal), width="stretch")
    _gesprek(scores, volgorde, korte, taal)
    _tabel(volgorde, korte, taal)


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
            laagste=heel(r["laagste"]),
            hoogste=heel(r["hoogste"]),
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
                kolom["laagste"]: [heel(g) for g in volgorde["laagste"]],
                kolom["hoogste"]: [heel(g) for g in volgorde["hoogste"]],
                kolom["spreiding"]: [heel(g) for g in volgorde["spreiding"]],
                kolom["aantal"]: [str(int(a)) for a in volgorde["aantal"]],
            }
        ),
        hide_index=True,
    )
