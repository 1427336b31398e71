"""The Kaart page: the collaboration as a network, and where it is out of balance.

Left the interactive map (:mod:`systeemkaart.netwerk_component`): click a partner to open its
panel, drag a partner to move it (the place is kept in the kaart).  Right the panel of
the selected partner and the list of partners out of balance with the signal and the
suggested moves.  Above the map the settings (on a phone: below it).  The parts live in
:mod:`systeemkaart.kaartpagina`; this script lays them out.
"""

from __future__ import annotations

import streamlit as st

from systeem import weergave
from systeem.analyses import balans, groepering, signalen
from systeem.model.kaart import Kaart
from systeemkaart import bewaren, netwerk_component, staat
from systeemkaart.kaartpagina.instellingen import instellingen, per_sector
from systeemkaart.kaartpagina.paneel import paneel
from systeemkaart.kaartpagina.uit_balans import uit_balans
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon() -> None:
    """Draw the Kaart page for the open kaart."""
    taal = staat.taal()
    kaart = staat.kaart()
    bewaren.knoppen()
    _kop(kaart, taal)
    # The keys let the phone layout put the map above the settings (systeemkaart.opmaak).
    with st.container(key="kaart_instellingen"):
        instellingen(taal)

    links, rechts = st.columns([2.3, 1], gap="medium")
    with links, st.container(key="kaart_links"):
        if melding := weergave.leesbaar_melding(kaart, taal):  # a big kaart: readable mode
            st.caption(melding)
        if per_sector(kaart):
            _per_sector(kaart, taal)
        else:
            resultaat = netwerk_component.netwerk(
                kaart, gekozen=st.session_state.get(staat.GESELECTEERD)
            )
            netwerk_component.verwerk(resultaat)
        st.caption(tekst("kaart.inschatting", taal))
    kaart = staat.kaart()  # a drop may have stored a new place
    tabel = balans.balans(kaart, staat.drempel())
    alle = signalen.signalen(kaart, staat.drempel(), taal, tabel)
    with rechts:
        paneel(kaart, tabel, alle, taal)
        st.divider()
        uit_balans(tabel, alle, taal)


def _kop(kaart: Kaart, taal: str) -> None:
    """The titel and opgave, and a hint while the kaart is empty."""
    regel = f"**{md(kaart.titel)}**"
    if kaart.opgave:
        regel += f" · {tekst('opgave', taal)}: {md(kaart.opgave)}"
    st.markdown(regel)
    if not len(kaart.partners):
        st.info(tekst("kaart.geen_partners", taal))
    elif not len(kaart.stromen):
        st.info(tekst("kaart.leeg", taal))


def _per_sector(kaart: Kaart, taal: str) -> None:
    """One node per sector, stromen summed: an overview, not editable (a static page)."""
    groep = groepering.per_sector(kaart, taal=taal)
    aantallen = {"sectoren": len(groep.partners), "partners": len(kaart.partners)}
    st.caption(tekst("kaart.per_sector.uitleg", taal, **aantallen))
    html = weergave.html(groep, drempel=staat.drempel(), taal=taal, hoogte=640, kop=False)
    st.iframe(html, height=660)


toon()
