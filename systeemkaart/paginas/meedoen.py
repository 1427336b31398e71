"""Meedoen: join a werksessie with the trainer's code and a name; once in, the
participant's own page with their name and personal link.

A browser that has not joined sees only this page (:mod:`systeemkaart.toegang`).  A
wrong code, a shut door or a too long name is said next to the field it concerns, and
nothing is stored then.  After joining, the app goes straight to the participant's own
kaart; this page then shows the personal link (text and QR code) to come back with.
"""

from __future__ import annotations

import streamlit as st

from systeem.weergave import qr
from systeemkaart import staat, toegang
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

taal = staat.taal()

# Once in, the page is the participant's own (named as in the navigation), not a join form.
st.title(tekst("meedoen.titel" if toegang.rol() == toegang.GAST else "nav.mijn_werksessie", taal))

if toegang.rol() == toegang.GAST:
    st.markdown(tekst("meedoen.intro", taal))
    with st.form("meedoen", border=True):
        code = st.text_input(
            tekst("meedoen.code", taal), max_chars=12, help=tekst("meedoen.code_hulp", taal)
        )
        naam = st.text_input(
            tekst("meedoen.naam", taal), max_chars=80, help=tekst("meedoen.naam_hulp", taal)
        )
        if st.form_submit_button(tekst("meedoen.knop", taal), type="primary"):
            try:
                toegang.meld_aan(code, naam)
            except staat.OpslagFout as fout:
                veld = {
                    "opslagfout.deelnemer_naam": "meedoen.fout_naam",
                    "opslagfout.code_onbekend": "meedoen.fout_code",
                    "opslagfout.deur_dicht": "meedoen.fout_code",
                }.get(getattr(fout.melding, "code", ""), "meedoen.fout")
                st.error(tekst(veld, taal, reden=md(staat.melding(fout))))
            else:
                st.rerun()
else:
    naam = toegang.naam() or tekst("meedoen.anoniem", taal)
    st.markdown(tekst("meedoen.ben_binnen", taal, naam=md(naam)))
    if toegang.bevroren():
        st.info(tekst("meedoen.bevroren", taal), icon=":material/pan_tool:")
    if st.button(tekst("meedoen.naar_kaart", taal), type="primary"):
        st.switch_page(pagina("kaart"))
    st.subheader(tekst("meedoen.link_kop", taal))
    basis = str(st.context.url or "").split("?")[0].rsplit("/meedoen", 1)[0].rstrip("/")
    link = f"{basis}/?deelnemer={toegang.sleutel()}"
    st.code(link, language=None, wrap_lines=True)
    st.caption(tekst("meedoen.link_uitleg", taal))
    st.image(qr.svg(link), width=220, caption=tekst("meedoen.qr_uitleg", taal))
