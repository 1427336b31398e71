"""The titel and opgave of the kaart on the Invoeren page, in a fold that is open while
the kaart has no partners; a change applies when the field loses focus."""

from __future__ import annotations

import streamlit as st

from systeem.bestanden import tabellen
from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.invoeren.meldingen import pas_toe, toon_fout
from systeemkaart.teksten import tekst


def kop(kaart: Kaart, taal: str) -> None:
    """Titel and opgave text of ``kaart``, applied (through
    :func:`systeem.bestanden.tabellen.met_kop`) when changed."""
    versie = st.session_state.get(staat.VERSIE, 0)
    with st.expander(tekst("invoeren.kop", taal), expanded=not len(kaart.partners)):
        titel = st.text_input(
            tekst("invoeren.kaart_titel", taal), kaart.titel, key=f"invoeren_titel_{versie}"
        )
        opgave = st.text_area(
            tekst("invoeren.opgave", taal),
            kaart.opgave,
            key=f"invoeren_opgave_{versie}",
            help=tekst("invoeren.opgave_hulp", taal),
            height=80,
        )
        if (titel, opgave) == (kaart.titel, kaart.opgave):
            return
        try:
            nieuw = tabellen.met_kop(kaart, titel, opgave)
        except KaartFout as fout:
            toon_fout(fout, "", taal)
            return
        if nieuw != kaart:
            pas_toe(nieuw, tekst("invoeren.kop_gewijzigd", taal))
