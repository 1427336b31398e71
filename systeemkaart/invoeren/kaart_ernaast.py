"""The map beside the Invoeren page's forms: the open kaart as it stands, smaller than on
the Kaart page, drawn after every entry; click selects, drag places (both handled by
:mod:`systeemkaart.netwerk_component`)."""

from __future__ import annotations

import streamlit as st

from systeem import weergave
from systeemkaart import netwerk_component, staat
from systeemkaart.teksten import tekst

#: Height of the map beside the forms.
KAART_HOOGTE = "520px"


def kaart_ernaast(taal: str) -> None:
    """The map of the open kaart, with a line about its readable mode on a big kaart."""
    kaart = staat.kaart()
    st.markdown(f"**{tekst('invoeren.kaart', taal)}**")
    if melding := weergave.leesbaar_melding(kaart, taal):
        st.caption(melding)
    resultaat = netwerk_component.netwerk(
        kaart, gekozen=st.session_state.get(staat.GESELECTEERD), hoogte=KAART_HOOGTE
    )
    netwerk_component.verwerk(resultaat)
    st.caption(tekst("invoeren.kaart_uitleg", taal))
