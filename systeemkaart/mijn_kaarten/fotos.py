"""The Foto's tab of Mijn kaarten: save a named, dated snapshot of the open kaart, list
the open kaart's foto's, compare two moments (:mod:`.vergelijken`) and look at one foto
read-only, to put it back or delete it.

An example kaart has no foto's yet: its first foto stores it as the user's own kaart
(:func:`systeemkaart.staat.maak_foto`)."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from systeem import weergave
from systeemkaart import staat
from systeemkaart.bewaren import tijd
from systeemkaart.mijn_kaarten import vergelijken
from systeemkaart.mijn_kaarten.acties import MELDING
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon(taal: str) -> None:
    """Draw the tab for the open kaart."""
    kaart = staat.kaart()
    st.subheader(tekst("foto.kop", taal, titel=md(kaart.titel)))
    st.caption(tekst("foto.uitleg", taal))
    kid = st.session_state.get(staat.KAART_ID)
    if kid is None:
        st.caption(tekst("foto.voorbeeld", taal))
    _maak(taal)
    if kid is None:
        return
    lijst = staat.fotos(kid)
    if lijst.empty:
        st.info(tekst("foto.geen", taal))
        return
    labels = {
        int(i): f"{n} · {tijd(g, taal)}"
        for i, n, g in zip(lijst["id"], lijst["naam"], lijst["gemaakt"], strict=True)
    }
    st.dataframe(
        pd.DataFrame(
            {
                tekst("foto.lijst.naam", taal): lijst["naam"],
                tekst("foto.lijst.gemaakt", taal): [tijd(g, taal) for g in lijst["gemaakt"]],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    vergelijken.toon(labels, taal)
    _bekijk(labels, taal)


def _maak(taal: str) -> None:
    """The form that saves a foto, named by the user or by the date and time."""
    with st.form("mijn_foto", border=True):
        standaard = tekst(
            "foto.naam_standaard", taal, datum=tijd(datetime.now().astimezone(), taal)
        )
        naam = st.text_input(tekst("foto.naam", taal), placeholder=standaard, key="mijn_foto_naam")
        if st.form_submit_button(tekst("foto.maak", taal), icon=":material/photo_camera:"):
            naam = naam.strip() or standaard
            if staat.maak_foto(naam) is not None:
                st.session_state[MELDING] = tekst("foto.gemaakt", taal, naam=naam)
            st.rerun()


def _bekijk(labels: dict[int, str], taal: str) -> None:
    """One foto read-only, on a map, with the buttons to put it back or delete it."""
    st.subheader(tekst("foto.bekijk", taal))
    gekozen = st.selectbox(
        tekst("foto.kies", taal),
        list(labels),
        format_func=labels.get,
        index=None,
        placeholder=tekst("foto.kies", taal),
        key="mijn_foto_bekijk",
    )
    if gekozen is None:
        return
    try:
        foto = staat.foto(gekozen)
    except staat.OpslagFout as fout:
        st.error(md(staat.melding(fout)))
        return
    st.info(tekst("foto.alleen_lezen", taal, tijd=tijd(foto.gemaakt, taal)), icon=":material/lock:")
    st.iframe(
        weergave.html(foto.kaart, drempel=staat.drempel(), taal=taal, hoogte=520, kop=True),
        height=560,
    )
    links, rechts, _ = st.columns([1.6, 1.2, 3])
    if links.button(
        tekst("foto.terugzetten", taal), key="mijn_foto_terug", icon=":material/history:"
    ):
        if staat.zet_kaart(foto.kaart.met(titel=staat.kaart().titel)):
            st.session_state[MELDING] = tekst("foto.teruggezet", taal)
        st.rerun()
    if rechts.button(tekst("foto.verwijder", taal), key="mijn_foto_weg", icon=":material/delete:"):
        try:
            staat.verwijder_foto(foto.id)
        except staat.OpslagFout as fout:
            st.error(md(staat.melding(fout)))
            return
        st.session_state.pop("mijn_foto_bekijk", None)
        st.rerun()
