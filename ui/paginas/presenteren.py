"""Presenteren: the kaart for a room, on a projector.

Opening this page is presenter mode: large type, no editing widgets, and the app's
navigation, header and sidebar hidden; "Stoppen" goes back to the Kaart page.  The
trainer clicks through three steps
(the partners around the opgave, then the stromen, then the balance colours with the
partners out of balance) and can hide who is who behind pseudonyms for a real case.
Clicking a partner still shows what it brings and takes; dragging still places it.
"""

from __future__ import annotations

import streamlit as st

from systeem import balans, signalen
from systeem.pseudoniemen import pseudoniemen
from systeem.teksten import tekst
from ui import staat
from ui.netwerk_component import netwerk, verwerk
from ui.opmaak import md

taal = staat.taal()
echt = staat.kaart()
kaart = (
    pseudoniemen(echt, tekst("presenteren.partner", taal))
    if st.session_state[staat.PSEUDONIEMEN]
    else echt
)

# Large type, and none of Streamlit's own chrome: this page is for the room.
st.html(
    """<style>
    [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
    [data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
    .block-container { padding-top: 1.2rem; max-width: 100% !important; }
    [data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.35rem; }
    h1 { font-size: 2.1rem !important; padding: 0.2rem 0 0 !important; }
    </style>"""
)

knoppen = st.columns([3, 2, 1.2, 1])
with knoppen[0]:
    st.segmented_control(
        tekst("presenteren.stap", taal),
        [1, 2, 3],
        key=staat.STAP,
        format_func=lambda s: tekst(f"presenteren.stap.{s}", taal),
        label_visibility="collapsed",
    )
with knoppen[1]:
    st.toggle(tekst("presenteren.pseudoniemen", taal), key=staat.PSEUDONIEMEN)
with knoppen[2]:
    st.radio(
        tekst("ui.taal", taal),
        ["nl", "en"],
        key="presenteren_taal",
        index=["nl", "en"].index(taal),
        on_change=lambda: st.session_state.update(
            {staat.TAAL: st.session_state["presenteren_taal"]}
        ),
        format_func={"nl": "NL", "en": "EN"}.__getitem__,
        horizontal=True,
        label_visibility="collapsed",
    )
with knoppen[3]:
    if st.button(tekst("presenteren.stoppen", taal)):
        st.switch_page("ui/paginas/kaart.py")

stap = st.session_state.get(staat.STAP) or 3
st.title(md(kaart.titel))
st.markdown(f"**{tekst('opgave', taal)}:** {md(kaart.opgave)}")

kaartkolom, zijkolom = st.columns([3, 1]) if stap == 3 else (st.container(), None)
with kaartkolom:
    verwerk(netwerk(kaart, gekozen=st.session_state.get(staat.GESELECTEERD), stap=stap))
    st.caption(tekst("legenda.inschatting", taal))

if zijkolom is not None:
    tabel = balans.balans(kaart, staat.drempel())
    with zijkolom:
        st.subheader(tekst("presenteren.uit_balans", taal))
        uit = [
            s
            for s in signalen.signalen(kaart, staat.drempel(), taal, tabel)
            if s.code in balans.UIT_BALANS
        ]
        if not uit:
            st.markdown(tekst("presenteren.niemand_uit_balans", taal))
        for signaal in uit:
            rij = tabel.loc[signaal.partners[0]]
            with st.container(border=True):
                st.markdown(f"**{md(rij['naam'])}**")
                st.markdown(tekst(f"klasse.{rij['klasse']}", taal))
                st.markdown(
                    tekst("presenteren.cijfers", taal, brengen=rij["brengen"], halen=rij["halen"])
                )
