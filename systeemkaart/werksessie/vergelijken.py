"""Vergelijken: two or more participants' kaarten side by side.

The trainer chooses participants by name; the page shows their key figures in one table
(:func:`systeem.analyses.klas.kerncijfers_tabel`), then per kaart, side by side, the
balance table of the Balans page (:mod:`systeemkaart.balans.partnertabel`: what each
partner brings and takes, and its klasse) and the kaart's signals
(:func:`systeem.analyses.signalen.signalen`) under it.  Nothing is computed here.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import balans, signalen
from systeem.analyses.klas import kerncijfers_tabel
from systeem.model.kaart import Kaart
from systeemkaart import staat
from systeemkaart.balans import partnertabel
from systeemkaart.grafieken import balansstaven
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst
from systeemkaart.werksessie import deelnemers

#: At most this many kaarten stand side by side; more continue on the next row.
NAAST_ELKAAR = 2


def toon(tabel: pd.DataFrame, taal: str) -> None:
    """Draw the comparison of the participants of gallery ``tabel`` (:func:`deelnemers.galerij`)."""
    kaarten = deelnemers.met_kaart(tabel)
    if len(kaarten) < 2:
        st.info(tekst("werksessie.vergelijk.te_weinig", taal))
        return
    gekozen = st.multiselect(
        tekst("werksessie.vergelijk.kies", taal),
        list(kaarten),
        format_func=lambda w: tabel.at[w, "label"] if w in tabel.index else "",
        placeholder=tekst("werksessie.vergelijk.hint", taal),
        key="ws_vergelijk",
    )
    gekozen = [w for w in gekozen if w in kaarten]  # one who emptied their bin meanwhile
    if len(gekozen) < 2:
        st.caption(tekst("werksessie.vergelijk.hint", taal))
        return
    drempel = staat.drempel()
    st.subheader(tekst("werksessie.vergelijk.kerncijfers", taal))
    cijfers = kerncijfers_tabel({w: kaarten[w] for w in gekozen}, drempel)
    st.dataframe(_kerncijfers(cijfers, tabel, taal), hide_index=True)
    for begin in range(0, len(gekozen), NAAST_ELKAAR):
        rij = gekozen[begin : begin + NAAST_ELKAAR]
        for kolom, werkruimte in zip(st.columns(NAAST_ELKAAR), rij, strict=False):
            with kolom:
                _kaart(tabel.loc[werkruimte], kaarten[werkruimte], drempel, taal)


def _kerncijfers(cijfers: pd.DataFrame, tabel: pd.DataFrame, taal: str) -> pd.DataFrame:
    """The key figures as a table to read: a row per participant, columns in ``taal``."""
    return pd.DataFrame(
        {
            tekst("werksessie.kolom.deelnemer", taal): tabel.loc[cijfers.index, "label"],
            tekst("werksessie.kolom.titel", taal): tabel.loc[cijfers.index, "titel"],
            tekst("werksessie.kolom.partners", taal): cijfers["partners"],
            tekst("werksessie.kolom.stromen", taal): cijfers["stromen"],
            tekst("werksessie.kolom.uit_balans", taal): cijfers["uit_balans"],
            tekst("werksessie.kolom.grootste_onbalans", taal): cijfers["grootste_onbalans"].map(
                lambda v: getal(v, taal)
            ),
            tekst("werksessie.kolom.grootste_partner", taal): cijfers["grootste_partner"].fillna(
                "–"
            ),
        }
    )


def _kaart(rij: pd.Series, kaart: Kaart, drempel: float, taal: str) -> None:
    """One participant's column: who, the kaart's title, its balance table and signals."""
    st.markdown(f"#### {md(rij['label'])}")
    st.caption(md(rij["titel"]))
    tabel = balans.balans(kaart, drempel)
    gevonden = signalen.signalen(kaart, drempel, taal, balans_tabel=tabel)
    if len(kaart.stromen):
        # Without its signal column, so two tables fit side by side; the signals follow.
        partnertabel.toon(tabel, balansstaven.volgorde(tabel), None, taal)
    else:
        st.info(tekst("werksessie.vergelijk.geen_stromen", taal))
    st.markdown(f"**{tekst('werksessie.vergelijk.signalen', taal)}**")
    if not gevonden:
        st.caption(tekst("werksessie.vergelijk.geen_signalen", taal))
    else:
        st.markdown("\n".join(f"- {md(s.tekst)}" for s in gevonden))
