"""The Pijlers page as a whole: the parts of :mod:`systeemkaart.pijlers` in their places,
the charts of :mod:`systeemkaart.grafieken` (the pijler radar, the dimensies), and the
weakest pijlers beside the radar."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeemkaart import bewaren, staat
from systeemkaart.grafieken.pijlerdimensies import pijlerdimensies
from systeemkaart.grafieken.pijlerradar import pijlerradar, reeks_kleuren
from systeemkaart.opmaak import md
from systeemkaart.pijlers import MELDING, beoordelaars, scoren, spreiding, tabel
from systeemkaart.teksten import getal, tekst


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    st.title(tekst("pijlers.titel", taal))
    st.caption(tekst("pijlers.uitleg", taal))
    st.info(tekst("pijlers.inschatting", taal), icon=":material/info:")
    bewaren.knoppen()
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.toast(md(melding))

    scores = kaart.pijlers
    namen = beoordelaars.namen(scores)
    gekozen = beoordelaars.balk(namen, taal)
    if gekozen is None:
        return
    kleuren = reeks_kleuren(namen, taal)
    gescoord = scores["score"].notna().any()
    links, rechts = st.columns([2, 3], gap="large")
    with links:
        scoren.toon(scores, gekozen, taal)
    with rechts:
        st.subheader(tekst("pijlers.radar.kop", taal))
        if gescoord:
            st.caption(tekst("pijlers.radar.uitleg", taal))
            st.altair_chart(pijlerradar(scores, kleuren, taal), width="content")
            _zwakste(scores, taal)
        else:
            st.info(tekst("pijlers.geen_scores", taal))
    if gescoord:
        links, rechts = st.columns(2, gap="large")
        with links:
            st.subheader(tekst("pijlers.dim.kop", taal))
            st.caption(tekst("pijlers.dim.uitleg", taal))
            st.altair_chart(pijlerdimensies(scores, taal), width="stretch")
        with rechts:
            spreiding.toon(scores, kleuren, taal)
    tabel.toon(kaart, taal)


def _zwakste(scores: pd.DataFrame, taal: str) -> None:
    """The weakest pijlers (:func:`systeem.analyses.pijlers.zwakste`), each with its
    explanation and its dimensie's tension."""
    st.subheader(tekst("pijlers.zwak.kop", taal))
    st.caption(tekst("pijlers.zwak.uitleg", taal))
    for pijler, rij in pijlers.zwakste(scores).iterrows():
        uitleg = pijlers.pijler_tekst(pijler, taal)
        dim = pijlers.dimensie_tekst(rij["dimensie"], taal)
        cijfer = tekst(
            "pijlers.zwak.cijfer",
            taal,
            gemiddelde=getal(rij["gemiddelde"], taal, 1),
            aantal=int(rij["aantal"]),
        )
        with st.container(border=True, key=f"pj_zwak_{pijler}"):
            st.markdown(f"**{uitleg.naam}**: {cijfer}")
            st.markdown(uitleg.uitleg)
            st.caption(f"{dim.naam} · *{dim.spanning}* {dim.uitleg}")
