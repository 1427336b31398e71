"""Presenteren: the kaart for a room, on a projector.

Opening this page is presenter mode: large type, no editing widgets, and the app's
navigation, header and sidebar hidden; "Stoppen" goes back to the Kaart page.  Before
anything of the kaart is shown, the trainer chooses real names or pseudonyms (a real
case must not give away who is who on the first frame).  Then the trainer clicks
through three steps, always starting at step 1 (the partners around the opgave, then
the stromen, then the balance colours with the partners out of balance).  A partner
selected on the Kaart page is not highlighted here: the page keeps its own selection,
so "Partner B" in bold cannot betray who it is.  Clicking a partner still shows what it
brings and takes; dragging still places it.
"""

from __future__ import annotations

import streamlit as st

from systeem.analyses import balans, signalen
from systeem.model.pseudoniemen import pseudoniemen
from systeemkaart import staat, toegang
from systeemkaart.navigatie import pagina
from systeemkaart.netwerk_component import kies, netwerk, verplaats
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

taal = staat.taal()

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


def _kies_namen(verbergen: bool) -> None:
    st.session_state[staat.PSEUDONIEMEN] = verbergen
    st.session_state[staat.PRESENTATIE_KEUZE] = True
    st.session_state[staat.STAP] = 1


gekozen = bool(st.session_state.get(staat.PRESENTATIE_KEUZE))
knoppen = st.columns([3, 2, 1.2, 1])
if gekozen:
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
        # The trainer of a werksessie came from the gallery and goes back there.
        st.switch_page(pagina("werksessie" if toegang.rol() == toegang.TRAINER else "kaart"))

if not gekozen:
    # Nothing of the kaart yet: first the choice of names, the last one offered first.
    st.title(tekst("presenteren.keuze.titel", taal))
    st.markdown(tekst("presenteren.keuze.uitleg", taal))
    verbergen = bool(st.session_state[staat.PSEUDONIEMEN])
    for kolom, (pseudo, sleutel) in zip(
        st.columns(2),
        ((True, "presenteren.keuze.pseudoniemen"), (False, "presenteren.keuze.echt")),
        strict=True,
    ):
        kolom.button(
            tekst(sleutel, taal),
            type="primary" if pseudo == verbergen else "secondary",
            on_click=_kies_namen,
            args=(pseudo,),
            width="stretch",
        )
    st.stop()

echt = staat.kaart()
kaart = (
    pseudoniemen(echt, tekst("presenteren.partner", taal))
    if st.session_state[staat.PSEUDONIEMEN]
    else echt
)
stap = st.session_state.get(staat.STAP) or 1
st.title(md(kaart.titel))
st.markdown(f"**{tekst('opgave', taal)}:** {md(kaart.opgave)}")

kaartkolom, zijkolom = st.columns([3, 1]) if stap == 3 else (st.container(), None)
with kaartkolom:
    resultaat = netwerk(kaart, gekozen=st.session_state.get(staat.PRESENTATIE_GEKOZEN), stap=stap)
    # This page's own selection: a partner selected on the Kaart page stays unmarked here.
    kies(getattr(resultaat, "klik", None), staat.PRESENTATIE_GEKOZEN)
    verplaats(getattr(resultaat, "verplaatst", None))
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
