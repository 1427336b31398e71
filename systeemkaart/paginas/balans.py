"""Balans: the page that shows who gives and who takes in the collaboration.

From top to bottom: the whole-system figures (:func:`systeem.analyses.balans.systeem`) as
metrics; a diverging bar chart of brengen (left) against halen (right) per partner,
coloured by balance klasse exactly as on the map; a table with each partner's klasse
and signaal; a partner x soort heatmap of the saldo (where the imbalance sits); the net
flow between pairs (:mod:`systeem.analyses.wederkerigheid`); the dependency view
(:mod:`systeem.analyses.afhankelijkheid`: power, one-sided dependencies, asymmetry per pair); a
sortable table of the network measures of every node (:mod:`systeem.analyses.netwerkmaten`), each
column explained in its header's help; and the influence x dependence view (MICMAC) as a
scatter chart with the four roles as labelled quadrants.

The page reads the state, calls the core and lays out; the parts are in
:mod:`systeemkaart.balans`, the charts in :mod:`systeemkaart.grafieken`.  Every chart is
Altair with its data inline, so it renders offline (Streamlit bundles Vega).  The page
says that the weights are the mapper's perception.
"""

from __future__ import annotations

import streamlit as st

from systeem.analyses import balans, netwerkmaten, signalen
from systeemkaart import staat
from systeemkaart.balans import afhankelijkheden, cijfers, paren, partnertabel
from systeemkaart.balans import netwerkmaten as maten_tabel
from systeemkaart.grafieken import balansstaven, soorten
from systeemkaart.teksten import getal, tekst


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    drempel = staat.drempel()
    st.title(tekst("balans.titel", taal))
    st.caption(tekst("balans.uitleg", taal, drempel=getal(drempel, taal)))
    st.info(tekst("balans.inschatting", taal), icon=":material/info:")

    tabel = balans.balans(kaart, drempel)
    gevonden = signalen.signalen(kaart, drempel, taal, balans_tabel=tabel)
    cijfers.toon(balans.systeem(kaart, drempel), taal)
    if not len(kaart.stromen):
        st.info(tekst("balans.leeg", taal))
    else:
        volgorde = balansstaven.volgorde(tabel)
        st.subheader(tekst("balans.staaf.kop", taal))
        st.caption(tekst("balans.staaf.uitleg", taal))
        st.altair_chart(balansstaven.staven(tabel, volgorde, taal), width="stretch")

        st.subheader(tekst("balans.tabel.kop", taal))
        partnertabel.toon(tabel, volgorde, gevonden, taal)

        st.subheader(tekst("balans.soort.kop", taal))
        st.caption(tekst("balans.soort.uitleg", taal))
        st.altair_chart(soorten.per_soort(kaart, volgorde, taal), width="stretch")

        st.subheader(tekst("balans.paren.kop", taal))
        paren.toon(kaart, taal)

    st.subheader(tekst("balans.afh.kop", taal))
    afhankelijkheden.toon(kaart, gevonden, taal)

    maten = netwerkmaten.maten(kaart)
    st.subheader(tekst("balans.maten.kop", taal))
    maten_tabel.tabel(kaart, maten, taal)
    st.subheader(tekst("balans.micmac.kop", taal))
    maten_tabel.rollen(kaart, maten, taal)


toon()
