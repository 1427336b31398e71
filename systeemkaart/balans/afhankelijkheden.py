"""Afhankelijkheden: who has power, who depends on one other alone, and how unequal each
pair depends on the other (:mod:`systeem.analyses.afhankelijkheid`)."""

from __future__ import annotations

import streamlit as st

from systeem.analyses import afhankelijkheid, signalen
from systeem.model.kaart import Kaart
from systeemkaart.grafieken import macht
from systeemkaart.grafieken.paren import grootste
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon(kaart: Kaart, gevonden: list[signalen.Signaal], taal: str) -> None:
    """Power per partner as bars, the one-sided dependencies among the signals
    ``gevonden``, and every pair's asymmetry in a table, the most unequal first."""
    if not len(kaart.afhankelijkheden):
        st.info(tekst("balans.afh.leeg", taal))
        return
    st.caption(tekst("balans.afh.uitleg", taal))
    links, rechts = st.columns([3, 2])
    with links:
        st.altair_chart(macht.staven(kaart, taal), width="stretch")
    with rechts:
        st.markdown(f"**{tekst('balans.afh.eenzijdig', taal)}**")
        eenzijdig = [s for s in gevonden if s.code == "eenzijdige_afhankelijkheid"]
        if not eenzijdig:
            st.success(tekst("balans.afh.geen_eenzijdig", taal))
        for s in eenzijdig:
            st.warning(md(s.tekst))
    st.markdown(f"**{tekst('balans.afh.paren', taal)}**")
    namen = kaart.namen()
    paren = afhankelijkheid.asymmetrie(kaart)
    paren = grootste(paren.assign(a=paren["a"].map(namen), b=paren["b"].map(namen)), "asymmetrie")
    cc = st.column_config
    st.dataframe(
        paren,
        hide_index=True,
        width="stretch",
        column_config={
            "a": cc.TextColumn(tekst("balans.paren.a", taal)),
            "b": cc.TextColumn(tekst("balans.paren.b", taal)),
            "a_op_b": cc.NumberColumn(tekst("balans.afh.a_op_b", taal), width="small"),
            "b_op_a": cc.NumberColumn(tekst("balans.afh.b_op_a", taal), width="small"),
            "asymmetrie": cc.NumberColumn(
                tekst("balans.afh.asymmetrie", taal),
                format="%+d",
                help=tekst("balans.afh.asymmetrie_hulp", taal),
            ),
        },
    )
