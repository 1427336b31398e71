"""The Mijn kaarten page as a whole: the last action's message and the three tabs
(:mod:`systeemkaart.mijn_kaarten` says what each holds)."""

from __future__ import annotations

import streamlit as st

from systeemkaart import staat
from systeemkaart.mijn_kaarten import fotos, kaarten, prullenbak
from systeemkaart.mijn_kaarten.acties import MELDING
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon() -> None:
    """Draw the page; without a usable store, only why."""
    taal = staat.taal()
    st.title(tekst("mijn.titel", taal))
    st.caption(tekst("mijn.uitleg", taal))
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.success(md(melding), icon=":material/check_circle:")
    try:
        in_gebruik, weg = staat.kaarten(), staat.kaarten(prullenbak=True)
    except staat.OpslagFout as fout:  # also when the store cannot be used at all
        st.error(tekst("mijn.geen_opslag", taal, reden=md(staat.melding(fout))))
        return
    tab_kaarten, tab_fotos, tab_bak = st.tabs(
        [
            tekst("mijn.tab.kaarten", taal),
            tekst("mijn.tab.fotos", taal),
            tekst("mijn.tab.prullenbak", taal, aantal=len(weg)),
        ]
    )
    with tab_kaarten:
        kaarten.nieuw(taal)
        kaarten.lijst(in_gebruik, taal)
        st.caption(tekst("mijn.bestand", taal, pad=md(staat.opslag_pad())))
    with tab_fotos:
        fotos.toon(taal)
    with tab_bak:
        prullenbak.toon(weg, taal)
