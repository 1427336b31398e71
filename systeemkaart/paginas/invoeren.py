"""Invoeren: the page where a user fills in the kaart.

On a wide screen two columns: left the titel and opgave and the quick forms, right the
map as it stands, drawn after every entry; under both the four tables as editable
grids.  The parts live in :mod:`systeemkaart.invoeren` (see there); this script lays
them out.

The grids run first (they sit below): an edit applied from a grid becomes the open kaart
in the same run, so the forms and the map drawn after it, into columns made before,
show it, with no second run while someone types.
"""

from __future__ import annotations

import streamlit as st

from systeemkaart import bewaren, staat
from systeemkaart.invoeren.formulieren import snel
from systeemkaart.invoeren.kaart_ernaast import kaart_ernaast
from systeemkaart.invoeren.kop import kop
from systeemkaart.invoeren.meldingen import melding
from systeemkaart.invoeren.rasters import rasters
from systeemkaart.teksten import tekst


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    st.title(tekst("invoeren.titel", taal))
    st.caption(tekst("invoeren.uitleg", taal))
    boven = st.container()
    links, rechts = st.columns([3, 2], gap="medium")
    rasters(staat.kaart(), taal)
    kaart = staat.kaart()
    with boven:
        bewaren.knoppen()
        melding()
    with links:
        kop(kaart, taal)
        snel(kaart, taal)
    with rechts:
        kaart_ernaast(taal)


toon()
