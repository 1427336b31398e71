"""Werksessie: the trainer's page (only the trainer's navigation has it).

No werksessie running: the form that starts one.  One running: the join code, address
and QR code for the projector with the trainer's controls, then the gallery, the
comparison and the class summary in tabs.  The parts are in :mod:`systeemkaart.werksessie`.
"""

from __future__ import annotations

import streamlit as st

from systeemkaart import staat, toegang
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst
from systeemkaart.werksessie import beheer, deelnemers, galerij, klas, starten, vergelijken

taal = staat.taal()
beheer.melding()
try:
    opslag = toegang.opslag()
    sessie = opslag.actieve_werksessie()
    tabel = None if sessie is None else deelnemers.galerij(opslag, sessie.id, taal)
except staat.OpslagFout as fout:
    st.title(tekst("nav.werksessie", taal))
    st.error(tekst("werksessie.fout", taal, reden=md(fout.in_taal(taal))))
    st.stop()

if sessie is None or tabel is None:
    st.title(tekst("nav.werksessie", taal))
    starten.toon(opslag, taal)
else:
    titel = tekst("nav.werksessie", taal)
    st.title(f"{titel}: {md(sessie.titel)}" if sessie.titel else titel)
    st.session_state[galerij.AANTAL] = len(tabel)  # the gallery reruns the page on a change
    beheer.toon(opslag, sessie, len(tabel), taal)
    tab_galerij, tab_vergelijken, tab_klas = st.tabs(
        [tekst(f"werksessie.tab.{t}", taal) for t in ("galerij", "vergelijken", "klas")]
    )
    with tab_galerij:
        galerij.toon(opslag, sessie.id, taal)
    with tab_vergelijken:
        vergelijken.toon(tabel, taal)
    with tab_klas:
        klas.toon(tabel, taal)
