"""Start: open an example kaart in one click, or start an empty one.

A trainer opens an example and walks through it; a participant names the shared task
and a first partner and builds from there on the Invoeren page.
"""

from __future__ import annotations

import streamlit as st

from systeem.bestanden import voorbeelden
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

taal = staat.taal()

st.title(tekst("start.titel", taal))
st.markdown(tekst("start.intro", taal))
st.caption(tekst("start.inschatting", taal))

st.subheader(tekst("start.voorbeelden", taal))
kolommen = st.columns(2)
for i, naam in enumerate(voorbeelden.namen()):
    voorbeeld = voorbeelden.laad(naam)
    with kolommen[i % 2].container(border=True):
        st.markdown(f"**{md(voorbeeld.titel)}**")
        st.text(voorbeeld.opgave)
        # The first sentence says the weights are illustrative; the rest tells the story.
        st.caption(voorbeeld.toelichting.split(". ", 1)[-1])
        if st.button(tekst("start.open", taal), key=f"open_{naam}", type="primary"):
            staat.open_voorbeeld(naam)
            st.switch_page(pagina("kaart"))

st.subheader(tekst("start.nieuw", taal))
with st.form("nieuwe_kaart"):
    titel = st.text_input(
        tekst("start.nieuw.titel", taal), placeholder=tekst("start.nieuw.titel_voorbeeld", taal)
    )
    opgave = st.text_input(
        tekst("start.nieuw.opgave", taal), placeholder=tekst("start.nieuw.opgave_voorbeeld", taal)
    )
    partner = st.text_input(
        tekst("start.nieuw.partner", taal), placeholder=tekst("start.nieuw.partner_voorbeeld", taal)
    )
    if st.form_submit_button(tekst("start.nieuw.maak", taal), type="primary"):
        if not opgave.strip() or not partner.strip():
            st.error(tekst("start.nieuw.leeg", taal))
        else:
            try:
                staat.nieuwe_kaart(titel, opgave, partner)
            except KaartFout as fout:
                st.error("\n".join(p.rij_tekst(taal) for p in fout.problemen))
            else:
                st.switch_page(pagina("invoeren"))
